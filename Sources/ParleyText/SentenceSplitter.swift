/// Splits the tokens of one paragraph into sentences.
///
/// A sentence ends at ".", "!", "?" or an ellipsis (with any closing quotes and brackets
/// that follow) when the next token can start a sentence. Abbreviations and initials do
/// not end sentences, except that "U.S.", "Inc." and similar can when the next word is
/// one that typically opens a sentence ("… in the U.S. The talks …").
public enum SentenceSplitter {
    /// Returns the end (exclusive token index) of each sentence in `tokens[range]`.
    public static func split(
        _ p: UnsafeBufferPointer<UInt8>, _ tokens: [ByteToken], range: Range<Int>
    ) -> [Int] {
        var ends: [Int] = []
        tokens.withUnsafeBufferPointer { split(p, $0, range: range, into: &ends) }
        return ends
    }

    /// `split`, appending the ends to `ends` (so one array serves every paragraph).
    static func split(
        _ p: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<ByteToken>, range: Range<Int>,
        into ends: inout [Int]
    ) {
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            if endsSentence(p, t) {
                var j = i + 1
                while j < range.upperBound, isClosing(p, tokens[j], after: tokens[j - 1]) { j += 1 }
                if j >= range.upperBound { break }
                if canStart(p, tokens[j]) && (!isAbbreviationToken(p, t) || abbreviationEnds(p, t, tokens[j]))
                {
                    ends.append(j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        ends.append(range.upperBound)
    }

    static func first(_ p: UnsafeBufferPointer<UInt8>, _ t: ByteToken) -> UInt32 {
        Scalars.decode(p, t.start).value
    }

    @inline(__always)
    static func endsSentence(_ p: UnsafeBufferPointer<UInt8>, _ t: ByteToken) -> Bool {
        switch t.kind {
        case .word:
            return p[t.end - 1] == 0x2E
        case .punctuation:
            let b = p[t.start]
            if b < 0x80 { return b == 0x2E || b == 0x21 || b == 0x3F }
            return first(p, t) == 0x2026
        default:
            return false
        }
    }

    static func isAbbreviationToken(_ p: UnsafeBufferPointer<UInt8>, _ t: ByteToken) -> Bool {
        t.kind == .word && p[t.end - 1] == 0x2E
    }

    /// Whether an abbreviation such as "U.S." also ends the sentence before `next`.
    static func abbreviationEnds(_ p: UnsafeBufferPointer<UInt8>, _ t: ByteToken, _ next: ByteToken)
        -> Bool
    {
        if Abbreviations.isPrefixing(p, t.start, t.end - 1) { return false }
        if t.end - t.start == 2 { return false }  // an initial: "J. Smith"
        if isOpeningQuote(p, next) { return true }
        return Abbreviations.isSentenceStarter(p, next.start, next.end)
    }

    static func isOpeningQuote(_ p: UnsafeBufferPointer<UInt8>, _ t: ByteToken) -> Bool {
        let v = first(p, t)
        return v == 0x201C || v == 0x2018 || v == 0x22 || v == 0xAB || isTypewriterQuote(p, t)
    }

    /// '' or `` as one token.
    static func isTypewriterQuote(_ p: UnsafeBufferPointer<UInt8>, _ t: ByteToken) -> Bool {
        t.end - t.start == 2 && (p[t.start] == 0x27 || p[t.start] == 0x60) && p[t.start + 1] == p[t.start]
    }

    static func isClosing(_ p: UnsafeBufferPointer<UInt8>, _ t: ByteToken, after prev: ByteToken)
        -> Bool
    {
        guard t.kind == .punctuation else { return false }
        let v = first(p, t)
        switch v {
        case 0x201D, 0x2019, 0xBB, 0x29, 0x5D, 0x7D: return true
        case 0x22, 0x27: return t.start == prev.end  // straight quote attached to the mark
        default: return false
        }
    }

    static func canStart(_ p: UnsafeBufferPointer<UInt8>, _ t: ByteToken) -> Bool {
        let v = first(p, t)
        if Scalars.isUpper(v) { return true }
        switch t.kind {
        case .number, .handle, .hashtag, .emoji, .url: return true
        case .punctuation:
            return v == 0x201C || v == 0x2018 || v == 0x22 || v == 0x28 || v == 0x5B || v == 0xAB
                || v == 0x2014 || v == 0x2013 || isTypewriterQuote(p, t)
        default: return false
        }
    }
}
