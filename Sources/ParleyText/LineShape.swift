/// Surface facts about one line or paragraph, used to decide its role.
///
/// Computed in one pass over the bytes; the lowercase copy used for phrase tests is made
/// only for short paragraphs, since boilerplate is short.
struct LineShape {
    var words = 0
    var capitalizedWords = 0
    var lowercaseContentWords = 0
    var endsSentence = false
    var endsWithColon = false
    /// The paragraph lowercased (ASCII apostrophes), for phrase tests; empty when long.
    var folded: [UInt8] = []
    /// The paragraph as written; empty when long.
    var original: [UInt8] = []

    static let phraseTestLimit = 25

    static let minorWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with",
        "from", "as", "vs", "via", "into", "over", "after", "up", "is", "are", "its", "s",
    ]

    init(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var i = start
        while i < end {
            while i < end, isSeparator(p, i) { i += separatorLength(p, i) }
            guard i < end else { break }
            var j = i
            while j < end, !isSeparator(p, j) { j += 1 }
            countWord(p, i, j)
            i = j
        }
        // Last scalar that is not a closing quote or bracket.
        var k = end
        while k > start {
            var s = k - 1
            while s > start, p[s] & 0xC0 == 0x80 { s -= 1 }
            let v = Scalars.decode(p, s).value
            if v == 0x22 || v == 0x27 || v == 0x29 || v == 0x5D || v == 0x201D || v == 0x2019 {
                k = s
                continue
            }
            endsSentence = v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026
            endsWithColon = v == 0x3A
            break
        }
        if words <= LineShape.phraseTestLimit {
            original = Array(p[start..<end])
            let lowered = String(decoding: original, as: UTF8.self).lowercased()
            folded = Array(lowered.utf8)
            LineShape.foldApostrophes(&folded)
        }
    }

    private mutating func countWord(_ p: UnsafeBufferPointer<UInt8>, _ s0: Int, _ e0: Int) {
        var s = s0
        var e = e0
        // Trim punctuation at both ends.
        while s < e, LineShape.isEdgePunctuation(Scalars.decode(p, s).value) { s += Scalars.decode(p, s).length }
        while e > s {
            var b = e - 1
            while b > s, p[b] & 0xC0 == 0x80 { b -= 1 }
            if LineShape.isEdgePunctuation(Scalars.decode(p, b).value) { e = b } else { break }
        }
        guard s < e else { return }
        words += 1
        let first = Scalars.decode(p, s).value
        if Scalars.isUpper(first) || (first >= 0x30 && first <= 0x39) {
            capitalizedWords += 1
        } else if e - s > 5 {
            lowercaseContentWords += 1
        } else {
            let word = String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self).lowercased()
            if !LineShape.minorWords.contains(word) { lowercaseContentWords += 1 }
        }
    }

    static func isEdgePunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x2C, 0x3B, 0x3A, 0x2E, 0x21, 0x3F, 0x201C, 0x201D,
            0x2018, 0x2019:
            return true
        default: return false
        }
    }

    @inline(__always) private func isSeparator(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D || (p[i] == 0xC2 && i + 1 < p.count && p[i + 1] == 0xA0)
    }

    @inline(__always) private func separatorLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        p[i] == 0xC2 ? 2 : 1
    }

    /// Replaces U+2019 (E2 80 99) with an ASCII apostrophe.
    static func foldApostrophes(_ bytes: inout [UInt8]) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                out.append(0x27)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        bytes = out
    }

    /// Most content words capitalised, as in a headline or section heading.
    var isTitleCase: Bool {
        words >= 1 && capitalizedWords >= 1 && lowercaseContentWords == 0
            || (words >= 6 && lowercaseContentWords * 5 <= capitalizedWords && capitalizedWords >= 4)
    }
}

/// Byte-level phrase tests over a short paragraph.
enum Phrase {
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80 }

    /// Whether `needle` occurs in `text` as whole words.
    static func contains(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count
        guard n > 0, n <= text.count else { return false }
        let first = needle[0]
        for i in 0...(text.count - n) where text[i] == first {
            var k = 1
            while k < n, text[i + k] == needle[k] { k += 1 }
            if k == n && (i == 0 || !isLetter(text[i - 1])) && (i + n == text.count || !isLetter(text[i + n])) {
                return true
            }
        }
        return false
    }

    static func hasPrefix(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        text.starts(with: needle)
    }

    /// Whether the text ends with `needle`, ignoring trailing punctuation and arrows.
    static func endsWith(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        var end = text.count
        while end > 0, !isLetter(text[end - 1]) { end -= 1 }
        guard end >= needle.count else { return false }
        let start = end - needle.count
        return text[start..<end].elementsEqual(needle) && (start == 0 || !isLetter(text[start - 1]))
    }
}
