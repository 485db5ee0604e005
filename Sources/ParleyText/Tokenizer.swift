/// A token found by the tokenizer: a byte range and a kind.
public struct ByteToken: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var kind: TokenKind
}

/// Splits UTF-8 text into tokens without creating a String per token.
///
/// Follows the conventions of the UD English treebanks the tagger is trained on:
/// possessive "'s" and contractions ("n't", "'ll") are tokens of their own, "$" and "%"
/// are split from numbers, hyphenated words stay whole ("cease-fire", "U.S.-led").
public enum Tokenizer {
    /// Tokenizes `range` of `p`, appending to `out`. O(n) in the bytes of the range.
    public static func tokenize(
        _ p: UnsafeBufferPointer<UInt8>, range: Range<Int>, into out: inout [ByteToken]
    ) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            // ASCII, the bulk of any text, without decoding: spaces, words and punctuation.
            let b = p[i]
            if b == 0x20 {
                i += 1
                continue
            }
            if b < 0x80 {
                switch Scalars.classifyASCII(UInt32(b)) {
                case .space: i += 1
                case .letter:
                    // The usual word: ASCII letters up to a space, a comma or the end. Nothing
                    // else can happen to it in scanWordLike (no period, apostrophe, hyphen, "@"
                    // or URL prefix follows the letters), so it is emitted here.
                    let j = p.asciiLetterRunEnd(from: i + 1, to: end)
                    if j == end || p[j] <= 0x20 || p[j] == 0x2C {
                        out.append(ByteToken(start: i, end: j, kind: .word))
                        i = j
                    } else {
                        i = scanWordLike(p, i, end, &out)
                    }
                case .digit: i = scanWordLike(p, i, end, &out)
                default: i = scanPunctuation(p, i, end, ScalarAt(value: UInt32(b), length: 1), &out)
                }
                continue
            }
            let s = Scalars.decode(p, i)
            let cls = Scalars.classifyNonASCII(s.value)
            switch cls {
            case .space, .zeroWidth:
                i += s.length
            case .letter, .digit:
                i = scanWordLike(p, i, end, &out)
            case .emoji:
                var j = i + s.length
                while j < end {
                    let n = Scalars.decode(p, j)
                    let c = Scalars.classify(n.value)
                    if n.value == 0x200D {  // zero-width joiner: glue the next pictograph
                        j += n.length
                        if j < end { j += Scalars.decode(p, j).length }
                    } else if c == .zeroWidth || (n.value >= 0x1F3FB && n.value <= 0x1F3FF) {
                        j += n.length
                    } else {
                        break
                    }
                }
                out.append(ByteToken(start: i, end: j, kind: .emoji))
                i = j
            default:
                i = scanPunctuation(p, i, end, s, &out)
            }
        }
    }

    private static func scanPunctuation(
        _ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ s: ScalarAt,
        _ out: inout [ByteToken]
    ) -> Int {
        let v = s.value
        // @handle and #hashtag
        if (v == 0x40 || v == 0x23), i + 1 < end, isWordByte(p[i + 1]),
            i == 0 || !isWordByte(p[i - 1])
        {
            var j = i + 1
            while j < end, isWordByte(p[j]) || p[j] == 0x5F { j += 1 }
            out.append(ByteToken(start: i, end: j, kind: v == 0x40 ? .handle : .hashtag))
            return j
        }
        // Typewriter double quotes, two apostrophes or two backticks ('' … '', `` … ''): one mark.
        if (v == 0x27 || v == 0x60), i + 1 < end, p[i + 1] == UInt8(v) {
            out.append(ByteToken(start: i, end: i + 2, kind: .punctuation))
            return i + 2
        }
        // Runs that read as one mark: "...", "--", "?!", "!!".
        if v == 0x2E || v == 0x2D || v == 0x3F || v == 0x21 {
            var j = i + 1
            let same: (UInt8) -> Bool =
                v == 0x2E || v == 0x2D ? { $0 == UInt8(v) } : { $0 == 0x3F || $0 == 0x21 }
            while j < end, same(p[j]) { j += 1 }
            if j - i > 1 {
                out.append(ByteToken(start: i, end: j, kind: .punctuation))
                return j
            }
        }
        let kind: TokenKind
        switch v {
        case 0x24, 0x25, 0x26, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x7C, 0x7E, 0xA3, 0xA5, 0x20AC, 0xB0:
            kind = .symbol
        default:
            kind = .punctuation
        }
        out.append(ByteToken(start: i, end: i + s.length, kind: kind))
        return i + s.length
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }

    @inline(__always) static func isAlnumAt(_ p: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int)
        -> Bool
    {
        guard j < end else { return false }
        let c = Scalars.classify(p, j)
        return c == .letter || c == .digit
    }

    @inline(__always) static func isDigitAt(_ p: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int)
        -> Bool
    {
        j < end && p[j] >= 0x30 && p[j] <= 0x39
    }

    private static func hasPrefix(
        _ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ prefix: StaticString
    ) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard i + n <= end else { return false }
        let q = prefix.utf8Start
        for k in 0..<n where p[i + k] | 0x20 != q[k] | 0x20 { return false }
        return true
    }

    private static func scanWordLike(
        _ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ out: inout [ByteToken]
    ) -> Int {
        // Only "ht…" and "ww…" can start a URL; the common "he", "was", "with" go on at once.
        let first = p[i] | 0x20
        let second = i + 1 < end ? p[i + 1] | 0x20 : 0
        if (first == 0x68 && second == 0x74 || first == 0x77 && second == 0x77)
            && (hasPrefix(p, i, end, "http://") || hasPrefix(p, i, end, "https://")
                || hasPrefix(p, i, end, "www."))
        {
            return scanURL(p, i, end, &out)
        }
        var j = i
        var segmentLetters = 0  // letters since the last internal period
        var internalPeriod = false
        var hasLetter = false
        var lastWasLetter = false
        var sawApostrophe = false  // only then can a clitic follow
        scan: while j < end {
            let byte = p[j]
            // Whitespace and control bytes end every word; this is the usual way out.
            if byte <= 0x20 { break scan }
            // A period after letters: keep it for abbreviations ("U.S.", "Feb."), then allow "U.S.-led".
            if byte == 0x2E, lastWasLetter, !isAlnumAt(p, j + 1, end) {
                guard takesPeriod(p, i, j, internalPeriod: internalPeriod) else { break scan }
                j += 1
                if j + 1 < end, p[j] == 0x2D, isAlnumAt(p, j + 1, end) {
                    j += 1
                    segmentLetters = 0
                    continue scan
                }
                break scan
            }
            // Runs of ASCII letters and digits, the bulk of any text, without decoding.
            if isASCIILetter(byte) {
                let run = j
                j = p.asciiLetterRunEnd(from: j + 1, to: end)
                hasLetter = true
                lastWasLetter = true
                segmentLetters += j - run
                continue scan
            }
            if byte >= 0x30 && byte <= 0x39 {
                lastWasLetter = false
                j += 1
                while j < end && p[j] >= 0x30 && p[j] <= 0x39 { j += 1 }
                continue scan
            }
            if byte == 0x40, let e = scanEmail(p, i, end) {
                out.append(ByteToken(start: i, end: e, kind: .email))
                return e
            }
            let s = Scalars.decode(p, j)
            switch Scalars.classify(s.value) {
            case .letter:
                hasLetter = true
                lastWasLetter = true
                segmentLetters += 1
                j += s.length
            case .digit:
                lastWasLetter = false
                j += s.length
            case .zeroWidth:
                j += s.length
            case .hyphen:
                guard isAlnumAt(p, j + s.length, end) else { break scan }
                segmentLetters = 0
                j += s.length
            case .apostrophe:
                guard j + s.length < end,
                    Scalars.classify(Scalars.decode(p, j + s.length).value) == .letter
                else { break scan }
                sawApostrophe = true
                j += s.length
            default:
                let prevDigit = j > i && p[j - 1] >= 0x30 && p[j - 1] <= 0x39
                if byte == 0x2E, isAlnumAt(p, j + 1, end) {
                    // "3.5", "U.S", "e.g", "Ph.D": keep short letter segments together.
                    if prevDigit && isDigitAt(p, j + 1, end) {
                        j += 1
                    } else if lastWasLetter && segmentLetters <= 2 {
                        internalPeriod = true
                        segmentLetters = 0
                        j += 1
                    } else {
                        break scan
                    }
                } else if byte == 0x2C, prevDigit, isDigitAt(p, j + 1, end), isDigitAt(p, j + 2, end),
                    isDigitAt(p, j + 3, end), !isDigitAt(p, j + 4, end)
                {
                    j += 1  // thousands separator
                } else if (byte == 0x2F || byte == 0x3A), prevDigit, isDigitAt(p, j + 1, end) {
                    j += 1  // 24/7, 10:30
                } else if byte == 0x26, j > i, isUpperByte(p[j - 1]), j + 1 < end, isUpperByte(p[j + 1]) {
                    j += 1  // AT&T, S&P
                } else {
                    break scan
                }
            }
        }
        let kind: TokenKind = hasLetter ? .word : .number
        if sawApostrophe {
            emitSplittingClitics(p, i, j, kind, &out)
        } else {
            out.append(ByteToken(start: i, end: j, kind: kind))
        }
        return j
    }

    @inline(__always) static func isUpperByte(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    private static func takesPeriod(
        _ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, internalPeriod: Bool
    ) -> Bool {
        if internalPeriod { return true }
        if j - i == 1 && isUpperByte(p[i]) { return true }  // initial "J."
        guard j - i <= 6 else { return false }
        return Abbreviations.isAbbreviation(p, i, j)
    }

    private static func emitSplittingClitics(
        _ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, _ kind: TokenKind,
        _ out: inout [ByteToken]
    ) {
        if let split = cliticStart(p, i, j), split > i {
            out.append(ByteToken(start: i, end: split, kind: kind))
            out.append(ByteToken(start: split, end: j, kind: .word))
        } else {
            out.append(ByteToken(start: i, end: j, kind: kind))
        }
    }

    /// Where a clitic ("'s", "n't", "'ll", "'re", "'ve", "'m", "'d") begins in [i, j).
    static func cliticStart(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> Int? {
        // Find the last apostrophe (ASCII ' or U+2019 E2 80 99 or U+02BC CA BC).
        var k = j - 1
        while k > i {
            if p[k] == 0x27 { break }
            if p[k] == 0x99, k >= 2, p[k - 1] == 0x80, p[k - 2] == 0xE2 {
                k -= 2
                break
            }
            if p[k] == 0xBC, k >= 1, p[k - 1] == 0xCA {
                k -= 1
                break
            }
            k -= 1
        }
        guard k > i else { return nil }
        let apostropheLength = p[k] == 0x27 ? 1 : (p[k] == 0xE2 ? 3 : 2)
        let suffixStart = k + apostropheLength
        // The clitics are ASCII, and no other scalar lowercases to (or is canonically
        // equivalent to) an ASCII letter of theirs, so a suffix with any other byte is none.
        let n = j - suffixStart
        guard n >= 1 && n <= 2 else { return nil }
        let c0 = p[suffixStart]
        guard c0 < 0x80 else { return nil }
        let a = c0 >= 0x41 && c0 <= 0x5A ? c0 | 0x20 : c0
        if n == 1 {
            if a == 0x74, k - 1 > i, p[k - 1] | 0x20 == 0x6E { return k - 1 }  // n't
            return a == 0x73 || a == 0x6D || a == 0x64 ? k : nil  // 's 'm 'd
        }
        let c1 = p[suffixStart + 1]
        guard c1 < 0x80 else { return nil }
        let b = c1 >= 0x41 && c1 <= 0x5A ? c1 | 0x20 : c1
        // 'll 're 've
        return (a == 0x6C && b == 0x6C) || (a == 0x72 && b == 0x65) || (a == 0x76 && b == 0x65) ? k : nil
    }

    private static func scanURL(
        _ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ out: inout [ByteToken]
    ) -> Int {
        var j = i
        while j < end {
            let s = Scalars.decode(p, j)
            let c = Scalars.classify(s.value)
            if c == .space || c == .quote || s.value == 0x3C || s.value == 0x3E { break }
            j += s.length
        }
        var e = j
        while e > i + 4 {
            let b = p[e - 1]
            if b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F
                || b == 0x29 || b == 0x5D || b == 0x27
            {
                e -= 1
            } else {
                break
            }
        }
        out.append(ByteToken(start: i, end: e, kind: .url))
        return e
    }

    private static func scanEmail(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        var j = i
        func local(_ b: UInt8) -> Bool {
            isWordByte(b) && b < 0x80 || b == 0x2E || b == 0x5F || b == 0x2B || b == 0x2D
        }
        while j < end, local(p[j]) { j += 1 }
        guard j < end, p[j] == 0x40, j > i else { return nil }
        j += 1
        var dots = 0
        let domainStart = j
        while j < end, (isWordByte(p[j]) && p[j] < 0x80) || p[j] == 0x2D || p[j] == 0x2E {
            if p[j] == 0x2E { dots += 1 }
            j += 1
        }
        while j > domainStart, p[j - 1] == 0x2E {
            j -= 1
            dots -= 1
        }
        return dots > 0 && j > domainStart ? j : nil
    }
}
