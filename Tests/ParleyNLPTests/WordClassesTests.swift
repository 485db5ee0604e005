import Foundation
import Testing

@testable import ParleyNLP

@Suite struct WordClassesTests {
    func table() throws -> WordClasses {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parley-wc-\(getpid()).tsv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "the\t1\t10\t100\nyen\t2\t20\t200\nguilder\t2\t20\t201\n".write(toFile: path, atomically: true, encoding: .utf8)
        return try WordClasses.load(table: path)
    }

    @Test func looksUpFoldedFormsAndMarksUnknownWords() throws {
        let wc = try table()
        #expect(wc.count == 3)
        var out = [UInt64]()
        wc.fill(TaggerTraining.lexical(for: ["The", "GUILDER", "zloty"]), into: &out)
        #expect(out == [
            WordClasses.value(0, 1), WordClasses.value(1, 10), WordClasses.value(2, 100),
            WordClasses.value(0, 2), WordClasses.value(1, 20), WordClasses.value(2, 201),
            WordClasses.unknown(0), WordClasses.unknown(1), WordClasses.unknown(2),
        ])
    }

    @Test func roundTripsThroughTheModelFile() throws {
        let wc = try table()
        var w = ModelWriter()
        wc.write(&w)
        var r = try ModelReader(bytes: w.fileBytes(kind: "test"), file: "t.bin", kind: "test")
        let back = try WordClasses.read(&r)
        #expect(r.atEnd)
        let lex = TaggerTraining.lexical(for: ["yen", "the", "x"])
        var a = [UInt64](), b = [UInt64]()
        wc.fill(lex, into: &a)
        back.fill(lex, into: &b)
        #expect(a == b)
    }

    @Test func malformedLinesAreRejected() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parley-wc-bad-\(getpid()).tsv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "the\t1\t10\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ModelError.self) { _ = try WordClasses.load(table: path) }
    }
}
