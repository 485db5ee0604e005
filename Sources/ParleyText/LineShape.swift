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
    /// The paragraph with ASCII letters lowercased (same byte offsets as `original`); empty when long.
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
            // ASCII lowercasing keeps byte positions aligned with `original`.
            folded = original.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
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

    /// Most content words capitalised, as in a headline or section heading.
    var isTitleCase: Bool {
        words >= 1 && capitalizedWords >= 1 && lowercaseContentWords == 0
            || (words >= 6 && lowercaseContentWords * 5 <= capitalizedWords && capitalizedWords >= 4)
    }
}

/// Byte-level phrase tests over a short paragraph.
enum Phrase {
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80
    }

    static func hasPrefix(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        text.starts(with: needle)
    }
}

/// Phrases indexed by their first word, so a paragraph is matched in one pass over its
/// words instead of one scan per phrase.
struct PhraseIndex<Category: Sendable>: Sendable {
    struct Entry: Sendable {
        var bytes: [UInt8]
        var category: Category
    }

    struct Hit {
        var start: Int
        var end: Int
        var category: Category
        var phrase: [UInt8]
    }

    private var byFirstWord: [UInt64: [Entry]] = [:]

    init(_ groups: [(Category, [String])]) {
        for (category, phrases) in groups {
            for phrase in phrases {
                let bytes = Array(phrase.utf8)
                let key = PhraseIndex.wordHash(bytes, 0).hash
                byFirstWord[key, default: []].append(Entry(bytes: bytes, category: category))
            }
        }
    }

    /// FNV-1a hash of the word starting at `i` (letters, digits and apostrophes) and its end.
    @inline(__always) static func wordHash(_ text: [UInt8], _ i: Int) -> (hash: UInt64, end: Int) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var j = i
        while j < text.count, Phrase.isLetter(text[j]) || text[j] == 0x27 || (text[j] >= 0x30 && text[j] <= 0x39) {
            h = (h ^ UInt64(text[j])) &* 0x100_0000_01b3
            j += 1
        }
        if j == i, i < text.count {  // a lone symbol such as "©"
            h = (h ^ UInt64(text[i])) &* 0x100_0000_01b3
            j = i + 1
        }
        return (h, j)
    }

    /// Every whole-word occurrence of an indexed phrase in `text`.
    func hits(in text: [UInt8]) -> [Hit] {
        var found: [Hit] = []
        var i = 0
        while i < text.count {
            let b = text[i]
            guard Phrase.isLetter(b) || b >= 0x30 && b <= 0x39 else {
                i += 1
                continue
            }
            let (hash, wordEnd) = PhraseIndex.wordHash(text, i)
            if let entries = byFirstWord[hash] {
                for e in entries where i + e.bytes.count <= text.count {
                    let end = i + e.bytes.count
                    if text[i..<end].elementsEqual(e.bytes), end == text.count || !Phrase.isLetter(text[end]) {
                        found.append(Hit(start: i, end: end, category: e.category, phrase: e.bytes))
                    }
                }
            }
            i = max(wordEnd, i + 1)
        }
        return found
    }
}
