import Foundation
import Testing

@testable import ParleyIngest

// Inputs that crashed a reader under the fuzz targets in Fuzz/ (scripts/fuzz.sh); each test
// failed (the test process trapped) before the fix it names.

/// A chunked HTTP body that ends inside a chunk-size line, as in a `WARC-Truncated` record:
/// `dechunk` built the range `start..<end` with `start` past the end and trapped
/// ("Range requires lowerBound <= upperBound"). Found with FuzzWARC.
@Test func warcChunkedBodyCutInsideTheSizeLine() throws {
    let block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n1f4"
    let record =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://cut.example/\r\nWARC-Truncated: length\r\n"
        + "Content-Length: \(block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
    let path = try temporaryFile("cut.warc", Array(record.utf8))
    let (articles, errors) = try readAll(WARCReader(path: path))
    #expect(articles.isEmpty)
    #expect(errors.map(\.code) == ["no-text"])
    #expect(errors.first?.origin == RecordOrigin(file: path, record: 1, offset: 0))
}

/// The other sizes that made the same range invalid or overflowed `start + size`.
@Test func dechunkSurvivesDamagedSizes() {
    func dechunk(_ s: String) -> String { String(decoding: HTTPPayload.dechunk(Array(s.utf8)), as: UTF8.self) }
    #expect(dechunk("1f4") == "")  // cut inside the first size line
    #expect(dechunk("5\r\nhello\r\n3") == "hello")  // cut inside a later one
    #expect(dechunk("5\r\nhello\r\n0\r\n\r\n") == "hello")
    #expect(dechunk("a\r\nshort") == "short")  // chunk cut short
    #expect(dechunk("7fffffffffffffff\r\nrest of the body") == "rest of the body")  // start + size overflowed
    #expect(dechunk("-5\r\nnot chunked after all") == "-5\r\nnot chunked after all")  // negative size: raw bytes
}
