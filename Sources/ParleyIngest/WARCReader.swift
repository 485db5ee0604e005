import ParleyText

/// WARC files (ISO 28500), plain or gzip-compressed per record as in Common Crawl's CC-NEWS:
/// each `response` record with an HTML payload becomes an article, dated by `WARC-Date` and
/// located by `WARC-Target-URI`. Other records are skipped; damaged ones are reported.
public struct WARCReader: ArticleReader {
    public let path: String
    static let maxRecord = 64 << 20

    public init(path: String) { self.path = path }

    public func read(_ emit: (Result<RawArticle, IngestError>) throws -> Void) throws {
        var reader = BufferedReader(try InputSource.open(path))
        var record = 0
        do {
            while true {
                // Find the version line (skipping the blank lines between records).
                var offset = reader.offset
                var line: [UInt8]? = try reader.nextLine()
                while let l = line, l.isEmpty {
                    offset = reader.offset
                    line = try reader.nextLine()
                }
                guard let version = line else { return }
                record += 1
                let origin = RecordOrigin(file: path, record: record, offset: offset)
                guard version.starts(with: Array("WARC/".utf8)) else {
                    try emit(.failure(IngestError(origin: origin, code: "bad-warc", message: "expected a WARC/1.x version line")))
                    // Resynchronise on the next version line.
                    while let l = try reader.nextLine() {
                        if l.starts(with: Array("WARC/".utf8)) { break }
                    }
                    continue
                }
                let headers = try Self.headers(&reader)
                guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
                    try emit(.failure(IngestError(origin: origin, code: "bad-warc", message: "missing or invalid Content-Length")))
                    continue
                }
                let type = headers["warc-type"]?.lowercased()
                guard type == "response" || type == "resource", length <= Self.maxRecord else {
                    try reader.skip(count: length)
                    continue
                }
                let block = try reader.read(count: length)
                if block.count < length {
                    try emit(.failure(IngestError(origin: origin, code: "truncated-warc", message: "record ends after \(block.count) of \(length) bytes")))
                    return
                }
                let url = headers["warc-target-uri"].map { $0.trimming("<>") }
                let date = DateNormalizer.normalize(headers["warc-date"])
                let payload: [UInt8]
                if type == "response" {
                    guard let p = HTTPPayload.decode(block, origin: origin) else { continue }
                    switch p {
                    case .success(let bytes): payload = bytes
                    case .failure(let e):
                        try emit(.failure(e))
                        continue
                    }
                } else {
                    guard (headers["content-type"] ?? "").contains("html") else { continue }
                    payload = block
                }
                try emit(HTMLReader.article(payload, origin: origin, url: url, date: date))
            }
        } catch let e as SourceError {
            try emit(
                .failure(
                    IngestError(origin: RecordOrigin(file: path, record: record + 1, offset: reader.offset), code: "truncated-gzip", message: e.description)))
        }
    }

    /// Header lines up to the blank line, names lower-cased.
    static func headers(_ reader: inout BufferedReader) throws -> [String: String] {
        var out: [String: String] = [:]
        while let line = try reader.nextLine(maxLength: 1 << 16), !line.isEmpty {
            guard let colon = line.firstIndex(of: 0x3A) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingSpaces
            out[name] = value
        }
        return out
    }
}

/// The body of an HTTP response inside a WARC record, when it is an HTML page.
enum HTTPPayload {
    /// nil when the response is not a 200 HTML page (skipped, not an error).
    static func decode(_ block: [UInt8], origin: RecordOrigin) -> Result<[UInt8], IngestError>? {
        var reader = BufferedReader(MemorySource(block))
        guard let status = try? reader.nextLine(), status.starts(with: Array("HTTP/".utf8)) else {
            return .failure(IngestError(origin: origin, code: "bad-warc", message: "response record without an HTTP status line"))
        }
        let parts = String(decoding: status, as: UTF8.self).split(separator: " ")
        guard parts.count >= 2, parts[1] == "200" else { return nil }
        guard let headers = try? WARCReader.headers(&reader) else { return nil }
        guard (headers["content-type"] ?? "text/html").lowercased().contains("html") else { return nil }
        var body = (try? reader.readAll(limit: block.count).bytes) ?? []
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            body = dechunk(body)
        }
        if let enc = headers["content-encoding"]?.lowercased(), enc.contains("gzip") {
            do {
                var r = BufferedReader(try GzipSource(MemorySource(body), name: origin.file))
                body = try r.readAll(limit: 64 << 20).bytes
            } catch {
                return .failure(IngestError(origin: origin, code: "bad-content-encoding", message: "gzip body cannot be decoded: \(error)"))
            }
        }
        return .success(body)
    }

    /// Undoes HTTP/1.1 chunked transfer coding; returns what it could on damage.
    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            var j = i
            while j < bytes.count && bytes[j] != 0x0A { j += 1 }
            let sizeText = String(decoding: bytes[i..<j], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimming(" \r"), radix: 16), size >= 0 else { return bytes }
            let start = j + 1
            // The last chunk, or a body cut inside a size line (WARC-Truncated records).
            if size == 0 || start >= bytes.count { break }
            // A size past the end (a cut chunk, or one near Int.max) takes what is there.
            let end = start + min(size, bytes.count - start)
            out.append(contentsOf: bytes[start..<end])
            i = end + 2
        }
        return out
    }
}

extension StringProtocol {
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
