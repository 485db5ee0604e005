import Testing

@testable import ParleyText

/// The byte-level tables agree with the word lists and Unicode facts they stand for.
struct ByteTableTests {
    func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(s.utf8).withUnsafeBufferPointer(body)
    }

    @Test func asciiClassTableMatchesTheScalarRules() {
        for b in UInt32(0)..<0x80 {
            let expected: ScalarClass
            switch b {
            case 0x61...0x7A, 0x41...0x5A: expected = .letter
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: expected = .space
            case 0x30...0x39: expected = .digit
            case 0x2D: expected = .hyphen
            case 0x27: expected = .apostrophe
            case 0x22: expected = .quote
            default: expected = .other
            }
            #expect(Scalars.classify(b) == expected, "byte \(b)")
        }
    }

    @Test func minorWordKeysAreTheMinorWords() {
        for word in LineShape.minorWords {
            #expect(withBytes(word) { LineShape.isMinorWord($0, 0, $0.count) } == true, "\(word)")
            #expect(withBytes(word.uppercased()) { LineShape.isMinorWord($0, 0, $0.count) } == true, "\(word)")
        }
        for word in ["ab", "thee", "x", "it", "ths", "afte", "bu", "of1", "ano"] {
            #expect(withBytes(word) { LineShape.isMinorWord($0, 0, $0.count) } == false, "\(word)")
        }
        #expect(withBytes("thé") { LineShape.isMinorWord($0, 0, $0.count) } == nil)
    }

    @Test func wordSetsAnswerLikeTheirStringSets() {
        let abbreviations = Abbreviations.prefixing.union(Abbreviations.terminal)
        for word in abbreviations {
            #expect(withBytes(word) { Abbreviations.isAbbreviation($0, 0, $0.count) }, "\(word)")
        }
        for word in Abbreviations.sentenceStarters {
            #expect(withBytes(word) { Abbreviations.isSentenceStarter($0, 0, $0.count) }, "\(word)")
        }
        for word in ["mr", "MR", "Inco", "In", "Thee", "", "US"] {
            #expect(withBytes(word) { Abbreviations.isAbbreviation($0, 0, $0.count) } == abbreviations.contains(word), "\(word)")
        }
        // Canonical equivalence, as String comparison has it: a Kelvin sign is a "K".
        #expect(withBytes("\u{212A}y") { Abbreviations.isAbbreviation($0, 0, $0.count) })
    }

    @Test func phraseIndexIgnoresASCIICaseAndKeepsOffsets() {
        let hits = withBytes("Please SIGN UP for our Newsletter") { Boilerplate.phrases.hits(in: $0) }
        #expect(hits.map { [$0.start, $0.end] } == [[7, 14], [7, 18], [23, 33]])
    }
}
