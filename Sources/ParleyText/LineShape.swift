/// Surface facts about one line or paragraph, used to decide its role.
///
/// Computed in one pass over the bytes, without copying them; a paragraph that grows by a
/// wrapped line adds that line's counts instead of counting itself again.
struct LineShape {
    var words = 0
    var capitalizedWords = 0
    var lowercaseContentWords = 0
    var endsSentence = false
    var endsWithColon = false
    /// False when the text is only closing quotes and brackets, so its end marks lie before it.
    private var tailFound = false

    static let phraseTestLimit = 25

    static let minorWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with",
        "from", "as", "vs", "via", "into", "over", "after", "up", "is", "are", "its", "s",
    ]
    static let minorWordBytes = WordSet(minorWords)

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
            tailFound = true
            break
        }
    }

    /// The shape of `p[start..<end]`, which is the paragraph `self` (ending at `gapStart`)
    /// followed by the line `next` (starting at `gapEnd`). Equal to `LineShape(p, start, end)`:
    /// the counts add up when only word separators lie between the two, as words are then the
    /// same; otherwise the whole range is counted again.
    func extended(
        _ p: UnsafeBufferPointer<UInt8>, start: Int, gapStart: Int, gapEnd: Int, next: LineShape, end: Int
    ) -> LineShape {
        var k = gapStart
        while k < gapEnd, isSeparator(p, k) { k += separatorLength(p, k) }
        guard k == gapEnd, next.tailFound else { return LineShape(p, start, end) }
        var shape = next
        shape.words += words
        shape.capitalizedWords += capitalizedWords
        shape.lowercaseContentWords += lowercaseContentWords
        return shape
    }

    private mutating func countWord(_ p: UnsafeBufferPointer<UInt8>, _ s0: Int, _ e0: Int) {
        var s = s0
        var e = e0
        // Trim punctuation at both ends.
        while s < e {
            let b = p[s]
            if b < 0x80 {
                guard LineShape.isEdgePunctuation(UInt32(b)) else { break }
                s += 1
            } else {
                let scalar = Scalars.decode(p, s)
                guard LineShape.isEdgePunctuation(scalar.value) else { break }
                s += scalar.length
            }
        }
        while e > s {
            var b = e - 1
            while b > s, p[b] & 0xC0 == 0x80 { b -= 1 }
            if LineShape.isEdgePunctuation(p[b] < 0x80 ? UInt32(p[b]) : Scalars.decode(p, b).value) {
                e = b
            } else {
                break
            }
        }
        guard s < e else { return }
        words += 1
        let b0 = p[s]
        if b0 < 0x80 {
            if (b0 >= 0x41 && b0 <= 0x5A) || (b0 >= 0x30 && b0 <= 0x39) {
                capitalizedWords += 1
            } else if e - s > 5 {
                lowercaseContentWords += 1
            } else if p.isASCII(s, e) {
                if !LineShape.minorWordBytes.contains(p, s, e, foldingCase: true) { lowercaseContentWords += 1 }
            } else {
                countShortWord(p, s, e)
            }
            return
        }
        let first = Scalars.decode(p, s).value
        if Scalars.isUpper(first) {
            capitalizedWords += 1
        } else if e - s > 5 {
            lowercaseContentWords += 1
        } else {
            countShortWord(p, s, e)
        }
    }

    /// A short lowercase word that is not ASCII, compared as the String it is.
    @inline(never)
    private mutating func countShortWord(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) {
        let word = String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self).lowercased()
        if !LineShape.minorWords.contains(word) { lowercaseContentWords += 1 }
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
        if p[i] > 0x20 && p[i] != 0xC2 { return false }
        return p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D || (p[i] == 0xC2 && i + 1 < p.count && p[i + 1] == 0xA0)
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
