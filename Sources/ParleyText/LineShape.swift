/// Surface facts about one line or paragraph, used to decide its role.
///
/// Computed without copying the bytes: the word count and the end marks in one pass, the
/// capitalisation counts (a second pass, the costly one) only when `isTitleCase` is asked,
/// which prose paragraphs rarely need. A paragraph that grows by a wrapped line adds that
/// line's counts instead of counting itself again.
struct LineShape {
    /// Capitalised words (or numbers) and lowercase content words.
    struct CaseCounts {
        var capitalized = 0
        var lowercaseContent = 0
    }

    /// Words, counted up to `wordLimit`: every rule compares the count with 30 or less, so
    /// a long paragraph is not read to its end for it.
    var words = 0
    var endsSentence = false
    var endsWithColon = false
    /// False when the text is only closing quotes and brackets, so its end marks lie before it.
    private var tailFound = false
    private var start: Int
    private var end: Int
    /// Filled by `countCase`; kept so that an extended paragraph need not count again.
    private var caseCounts: CaseCounts? = nil

    static let phraseTestLimit = 25
    static let wordLimit = 31

    static let minorWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with",
        "from", "as", "vs", "via", "into", "over", "after", "up", "is", "are", "its", "s",
    ]

    init(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        self.start = start
        self.end = end
        words = LineShape.countWords(p, start, end)
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

    /// The words of `p[start..<end]`, up to `wordLimit`: runs of bytes between separators that
    /// are not only edge punctuation (which countWord trims away). Eight bytes at a time where
    /// they are ASCII with no byte below 0x21 but spaces, as in most prose: a word starts at
    /// each byte that is no space and follows one.
    static func countWords(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        guard start < end, let base = p.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        var words = 0
        var afterSeparator = true  // the range starts with a word, if not with a separator
        var i = start
        while i < end && words < wordLimit {
            if i + 8 <= end {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // Per ASCII byte, exactly: below 0x21, and equal to 0x20 (a zero byte of y).
                let low = ~(x &+ ones &* 0x5F) & high
                let y = x ^ (ones &* 0x20)
                let space = ~(((y & ~high) &+ ~high) | y) & high
                if x & high == 0 && low == space {
                    var starts = ~space & high & (space << 8 | (afterSeparator ? 0x80 : 0))
                    while starts != 0 {
                        let k = i + starts.trailingZeroBitCount / 8
                        if !isEdgeASCII(p[k]) || !isOnlyEdgePunctuation(p, k, wordEnd(p, k, end)) { words += 1 }
                        starts &= starts - 1
                    }
                    afterSeparator = space >> 56 != 0
                    i += 8
                    continue
                }
            }
            let b = p[i]
            if (b <= 0x20 || b == 0xC2) && isSeparator(p, i) {
                i += separatorLength(p, i)
                afterSeparator = true
                continue
            }
            if afterSeparator && (b >= 0x80 || isEdgeASCII(b)) {
                if !isOnlyEdgePunctuation(p, i, wordEnd(p, i, end)) { words += 1 }
            } else if afterSeparator {
                words += 1
            }
            afterSeparator = false
            i += 1
        }
        return Swift.min(words, wordLimit)
    }

    /// The first separator after `i`, or `end`.
    private static func wordEnd(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var j = p.separatorCandidate(from: i + 1, to: end)
        while j < end && !isSeparator(p, j) { j = p.separatorCandidate(from: j + 1, to: end) }
        return j
    }

    private static func isOnlyEdgePunctuation(_ p: UnsafeBufferPointer<UInt8>, _ s0: Int, _ e: Int) -> Bool {
        var s = s0
        while s < e {
            let scalar = Scalars.decode(p, s)
            guard isEdgePunctuation(scalar.value) else { return false }
            s += scalar.length
        }
        return true
    }

    /// The shape of `p[start..<end]`, which is the paragraph `self` (ending at `gapStart`)
    /// followed by the line `next` (starting at `gapEnd`). Equal to `LineShape(p, start, end)`:
    /// the counts add up when only word separators lie between the two, as words are then the
    /// same; otherwise the whole range is counted again.
    func extended(_ p: UnsafeBufferPointer<UInt8>, by next: LineShape) -> LineShape {
        var k = end
        while k < next.start, LineShape.isSeparator(p, k) { k += LineShape.separatorLength(p, k) }
        guard k == next.start, next.tailFound else { return LineShape(p, start, next.end) }
        var shape = next
        shape.start = start
        shape.words = Swift.min(shape.words + words, LineShape.wordLimit)
        if let mine = caseCounts {
            let theirs = next.caseCounts ?? LineShape.countCase(p, next.start, next.end)
            shape.caseCounts = CaseCounts(
                capitalized: mine.capitalized + theirs.capitalized,
                lowercaseContent: mine.lowercaseContent + theirs.lowercaseContent)
        } else {
            shape.caseCounts = nil
        }
        return shape
    }

    /// Most content words capitalised, as in a headline or section heading.
    func isTitleCase(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let c = caseCounts ?? LineShape.countCase(p, start, end)
        return words >= 1 && c.capitalized >= 1 && c.lowercaseContent == 0
            || (words >= 6 && c.lowercaseContent * 5 <= c.capitalized && c.capitalized >= 4)
    }

    /// `isTitleCase`, keeping the counts for later questions and extensions.
    mutating func titleCase(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        if caseCounts == nil { caseCounts = LineShape.countCase(p, start, end) }
        return isTitleCase(p)
    }

    static func countCase(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> CaseCounts {
        var counts = CaseCounts()
        var i = start
        while i < end {
            let b = p[i]
            if (b <= 0x20 || b == 0xC2) && isSeparator(p, i) {
                i += separatorLength(p, i)
                continue
            }
            var j = p.separatorCandidate(from: i + 1, to: end)
            while j < end && !isSeparator(p, j) { j = p.separatorCandidate(from: j + 1, to: end) }
            countWord(p, i, j, &counts)
            i = j
        }
        return counts
    }

    @inline(__always)
    private static func countWord(_ p: UnsafeBufferPointer<UInt8>, _ s0: Int, _ e0: Int, _ counts: inout CaseCounts) {
        var s = s0
        var e = e0
        // Trim punctuation at both ends.
        while s < e {
            let b = p[s]
            if b < 0x80 {
                guard LineShape.isEdgeASCII(b) else { break }
                s += 1
            } else {
                let scalar = Scalars.decode(p, s)
                guard LineShape.isEdgePunctuation(scalar.value) else { break }
                s += scalar.length
            }
        }
        while e > s {
            let last = p[e - 1]
            if last < 0x80 {
                guard LineShape.isEdgeASCII(last) else { break }
                e -= 1
                continue
            }
            var b = e - 1
            while b > s, p[b] & 0xC0 == 0x80 { b -= 1 }
            guard LineShape.isEdgePunctuation(Scalars.decode(p, b).value) else { break }
            e = b
        }
        guard s < e else { return }
        let b0 = p[s]
        if b0 >= 0x80 {
            countNonASCIIWord(p, s, e, &counts)
        } else if (b0 >= 0x41 && b0 <= 0x5A) || (b0 >= 0x30 && b0 <= 0x39) {
            counts.capitalized += 1
        } else if e - s > 5 {
            counts.lowercaseContent += 1
        } else if let minor = LineShape.isMinorWord(p, s, e) {
            if !minor { counts.lowercaseContent += 1 }
        } else {
            countShortWord(p, s, e, &counts)
        }
    }

    /// Whether the ASCII word `p[s..<e]` (at most 8 bytes) is one of `minorWords` in any case;
    /// nil when it has other bytes. The keys are the words' bytes, first byte lowest
    /// (a test checks them against `minorWords`).
    @inline(__always)
    static func isMinorWord(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool? {
        var key: UInt64 = 0
        var shift: UInt64 = 0
        var k = s
        while k < e {
            var b = p[k]
            if b >= 0x80 { return nil }
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            key |= UInt64(b) << shift
            shift += 8
            k += 1
        }
        switch key {
        case 0x61, 0x73,  // a s
            0x6E61, 0x7361, 0x7461, 0x7962, 0x6E69, 0x7369, 0x666F, 0x6E6F, 0x726F, 0x6F74, 0x7075, 0x7376,  // an as at by in is of on or to up vs
            0x64_6E61, 0x65_7261, 0x74_7562, 0x72_6F66, 0x73_7469, 0x65_6874, 0x61_6976,  // and are but for its the via
            0x6D6F_7266, 0x6F74_6E69, 0x7265_766F, 0x6874_6977,  // from into over with
            0x72_6574_6661:  // after
            return true
        default:
            return false
        }
    }

    private static func countNonASCIIWord(
        _ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ counts: inout CaseCounts
    ) {
        let first = Scalars.decode(p, s).value
        if Scalars.isUpper(first) {
            counts.capitalized += 1
        } else if e - s > 5 {
            counts.lowercaseContent += 1
        } else {
            countShortWord(p, s, e, &counts)
        }
    }

    /// A short lowercase word that is not ASCII, compared as the String it is.
    @inline(never)
    private static func countShortWord(
        _ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ counts: inout CaseCounts
    ) {
        let word = String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self).lowercased()
        if !LineShape.minorWords.contains(word) { counts.lowercaseContent += 1 }
    }

    /// `isEdgePunctuation` for an ASCII byte: " ' ( ) [ ] , ; : . ! ?
    @inline(__always) static func isEdgeASCII(_ b: UInt8) -> Bool {
        if b < 0x40 { return (0x8C00_5386_0000_0000 as UInt64) >> b & 1 != 0 }
        return b == 0x5B || b == 0x5D
    }

    static func isEdgePunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x2C, 0x3B, 0x3A, 0x2E, 0x21, 0x3F, 0x201C, 0x201D,
            0x2018, 0x2019:
            return true
        default: return false
        }
    }

    @inline(__always) private static func isSeparator(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        if p[i] > 0x20 && p[i] != 0xC2 { return false }
        return p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D || (p[i] == 0xC2 && i + 1 < p.count && p[i + 1] == 0xA0)
    }

    @inline(__always) private static func separatorLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        p[i] == 0xC2 ? 2 : 1
    }
}
