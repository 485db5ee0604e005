import ParleyModel
import Testing

@testable import ParleyText

struct DecoderTests {
    @Test func dropsByteOrderMark() throws {
        let doc = try TextPipeline.analyze([0xEF, 0xBB, 0xBF] + Array("Hello world.".utf8))
        #expect(doc.text == "Hello world.")
    }

    @Test func repairsInvalidUTF8WithAWarning() throws {
        let bytes: [UInt8] = Array("Bad ".utf8) + [0xC3, 0x28] + Array(" byte and ".utf8) + [0xFF] + Array(" here.".utf8)
        let doc = try TextPipeline.analyze(bytes, metadata: ArticleMetadata(date: "2016-02-10"), inputName: "bad.txt")
        #expect(doc.text == "Bad \u{FFFD}( byte and \u{FFFD} here.")
        #expect(doc.warnings.count == 1)
        #expect(doc.warnings[0].code == "invalid-utf8")
        #expect(doc.warnings[0].offset == 4)
        #expect(doc.warnings[0].message.contains("bad.txt"))
        #expect(doc.warnings[0].message.contains("2 invalid"))
    }

    @Test func refusesEmptyInput() {
        #expect(throws: TextError.empty(input: "e.txt")) { try TextPipeline.analyze(Array(" \n\t\n".utf8), inputName: "e.txt") }
        #expect(throws: TextError.empty(input: "e.txt")) { try TextPipeline.analyze([], inputName: "e.txt") }
    }

    @Test func refusesBinaryInput() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: TextError.binary(input: "x.png", offset: 8, reason: "NUL byte")) {
            try TextPipeline.analyze(png, inputName: "x.png")
        }
        let noise = (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919 | 0x80) }
        #expect(throws: TextError.self) { try TextPipeline.analyze(noise, inputName: "noise") }
    }

    @Test func refusesTooLargeInput() {
        let big = [UInt8](repeating: 0x61, count: TextDecoder.maximumBytes + 1)
        #expect(throws: TextError.tooLarge(input: "big", bytes: big.count, limit: TextDecoder.maximumBytes)) {
            try TextPipeline.analyze(big, inputName: "big")
        }
    }

    @Test func contentHashIsSHA256OfTheText() {
        #expect(SHA256.hexDigest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigest([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
