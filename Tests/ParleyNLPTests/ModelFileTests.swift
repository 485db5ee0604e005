import Foundation
import Testing

@testable import ParleyNLP

@Suite struct ModelFileTests {
    func sample() -> [UInt8] {
        var w = ModelWriter()
        w.strings(["NN", "VB"])
        w.array([UInt32(1), 2, 3])
        return w.fileBytes(kind: "test")
    }

    @Test func roundTripsArraysAndStrings() throws {
        var r = try ModelReader(bytes: sample(), file: "t.bin", kind: "test")
        #expect(try r.strings() == ["NN", "VB"])
        #expect(try r.array(UInt32.self) == [1, 2, 3])
    }

    @Test func truncatedFileIsReportedWithItsName() {
        let bytes = Array(sample().dropLast(5))
        #expect(throws: ModelError.truncated(file: "t.bin", offset: bytes.count)) {
            _ = try ModelReader(bytes: bytes, file: "t.bin", kind: "test")
        }
    }

    @Test func flippedByteFailsTheChecksum() {
        var bytes = sample()
        bytes[bytes.count - 3] ^= 0x40
        #expect(throws: ModelError.corrupt(file: "t.bin", reason: "checksum mismatch")) {
            _ = try ModelReader(bytes: bytes, file: "t.bin", kind: "test")
        }
    }

    @Test func otherFilesAreRejected() {
        #expect(throws: ModelError.badMagic(file: "x.bin")) {
            _ = try ModelReader(bytes: Array("hello world, not a model".utf8), file: "x.bin", kind: "test")
        }
        #expect(throws: ModelError.self) { _ = try ModelReader(bytes: sample(), file: "t.bin", kind: "parser") }
        #expect(throws: ModelError.missing(file: "/nonexistent/parser.bin")) {
            _ = try ShippedModels.loadParser("/nonexistent/parser.bin")
        }
    }

    @Test func truncatedShippedModelNamesTheFile() throws {
        let dir = ShippedModels.resourceDirectory
        let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/tagger.bin"))
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("parley-nlp-test-\(getpid())")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let path = tmp.appendingPathComponent("tagger.bin").path
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        do {
            _ = try ShippedModels.loadTagger(path)
            Issue.record("a truncated tagger loaded")
        } catch let e as ModelError {
            #expect(e.description.hasPrefix("tagger.bin: model file truncated"))
        }
    }

    @Test func shippedModelsLoadFast() throws {
        let t0 = Date()
        let m = try ShippedModels.load(directory: ShippedModels.resourceDirectory)
        let elapsed = Date().timeIntervalSince(t0)
        #expect(m.analyzer.parser.labels.contains("nsubj"))
        // Generous for debug builds on a shared machine; release loads in well under 200 ms.
        #expect(elapsed < 2.0)
    }
}
