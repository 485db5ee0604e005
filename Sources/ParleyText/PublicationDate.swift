/// Finds a publication date when none was given: first a date line near the top of the text
/// (a byline or timestamp such as "Feb. 10, 2016 5:07 AM EST" or "Updated 10 February 2016"),
/// then a date in the input's file name (`bloomberg-2016-02-10-syria.txt`, `20160210.html`).
/// Each guess is reported as a warning, so nobody mistakes it for given metadata.
public enum PublicationDate {
    public enum Origin: String, Sendable {
        case text
        case name
    }

    /// How many lines from the top a date line may be.
    static let headLines = 12
    /// A date line is short: a timestamp or byline, never a sentence of the story.
    static let maxLineWords = 12

    /// The date and where it came from, or nil.
    public static func guess(text: String, inputName: String) -> (date: String, origin: Origin)? {
        if let d = fromText(text) { return (d, .text) }
        if let d = fromName(inputName) { return (d, .name) }
        return nil
    }

    /// A date line among the first lines of the text.
    public static func fromText(_ text: String) -> String? {
        if let found = text.utf8.withContiguousStorageIfAvailable({ fromText(bytes: $0) }) { return found }
        var seen = 0
        for line in text.split(whereSeparator: \.isNewline) {
            switch step(line, seen: &seen) {
            case .found(let date): return date
            case .stop: return nil
            case .next: continue
            }
        }
        return nil
    }

    /// What one line tells the search.
    enum Step {
        case found(String)
        case stop
        case next
    }

    /// The search over one line (`seen` counts the lines with words so far).
    static func step(_ line: Substring, seen: inout Int) -> Step {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "|" })
        if words.isEmpty { return .next }
        seen += 1
        if seen > headLines { return .stop }
        guard words.count <= maxLineWords, line.utf8.count <= 120 else { return .next }
        if let d = dateIn(words.map { $0.lowercased() }) { return .found(d) }
        return .next
    }

    /// `fromText` over the text's UTF-8 bytes, with the same lines and words: splitting the head
    /// of every article into Characters cost more than tokenizing it. An ASCII newline byte
    /// always ends a grapheme, so the text is cut at those bytes; an ASCII line is read as bytes
    /// (each byte is a Character) and any other one as the String it is.
    static func fromText(bytes p: UnsafeBufferPointer<UInt8>) -> String? {
        var seen = 0
        var i = 0
        while i < p.count {
            let (e, ascii, yearLike) = lineFacts(p, from: i)
            let segment = UnsafeBufferPointer(rebasing: p[i..<e])
            i = e + 1
            if segment.isEmpty { continue }
            if !ascii {
                for line in String(decoding: segment, as: UTF8.self).split(whereSeparator: \.isNewline) {
                    switch step(line, seen: &seen) {
                    case .found(let date): return date
                    case .stop: return nil
                    case .next: continue
                    }
                }
                continue
            }
            guard segment.contains(where: { !isWordSeparator($0) }) else { continue }
            seen += 1
            if seen > headLines { return nil }
            // Every date has a year, so a line without four digits in a row has none.
            guard yearLike, segment.count <= 120 else { continue }
            var words = 0
            var inWord = false
            for b in segment {
                if isWordSeparator(b) {
                    inWord = false
                } else if !inWord {
                    words += 1
                    inWord = true
                }
            }
            guard words <= maxLineWords else { continue }
            let line = String(decoding: segment, as: UTF8.self)
            let lineWords = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "|" })
            if let d = dateIn(lineWords.map { $0.lowercased() }) { return d }
        }
        return nil
    }

    @inline(__always) static func isWordSeparator(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x2C || b == 0x7C
    }

    /// From `i`: the next ASCII newline byte (LF VT FF CR) or the end, whether the bytes before
    /// it are ASCII, and whether they have four ASCII digits in a row. Eight bytes at a time
    /// while they are ASCII and hold no newline or digit.
    @inline(__always)
    static func lineFacts(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> (end: Int, ascii: Bool, yearLike: Bool) {
        var e = i
        var ascii = true
        var digits = 0
        var yearLike = false
        let raw = UnsafeRawPointer(p.baseAddress!)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        while e < p.count {
            if e + 8 <= p.count {
                let x = raw.loadUnaligned(fromByteOffset: e, as: UInt64.self)
                // Per ASCII byte, exactly (no carries below 0x80): at least 0x0A, at least 0x0E,
                // at least 0x30, at least 0x3A.
                if x & high == 0 {
                    let newline = (x &+ ones &* 0x76) & ~(x &+ ones &* 0x72) & high
                    let digit = (x &+ ones &* 0x50) & ~(x &+ ones &* 0x46) & high
                    if newline | digit == 0 {
                        digits = 0
                        e += 8
                        continue
                    }
                }
            }
            let b = p[e]
            if b >= 0x0A && b <= 0x0D { break }
            if b >= 0x80 { ascii = false }
            digits = b >= 0x30 && b <= 0x39 ? digits + 1 : 0
            if digits >= 4 { yearLike = true }
            e += 1
        }
        return (e, ascii, yearLike)
    }

    static let monthWords: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// "Month D YYYY", "D Month YYYY" or an ISO date among the words of one line.
    static func dateIn(_ words: [String]) -> String? {
        func month(_ w: String) -> Int? {
            monthWords[w.hasSuffix(".") ? String(w.dropLast()) : w]
        }
        func day(_ w: String) -> Int? {
            var s = Substring(w)
            for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) {
                s = s.dropLast(2)
                break
            }
            guard (1...2).contains(s.count), let n = Int(s), (1...31).contains(n) else { return nil }
            return n
        }
        func year(_ w: String) -> Int? {
            let s = w.hasSuffix(".") ? Substring(w.dropLast()) : Substring(w)
            guard s.count == 4, let n = Int(s), (1900...2100).contains(n) else { return nil }
            return n
        }
        for (i, w) in words.enumerated() {
            if let iso = isoDate(Array(w.utf8), at: 0) {
                return iso
            }
            guard i + 2 < words.count else { continue }
            if let m = month(w), let d = day(words[i + 1]), let y = year(words[i + 2]) {
                return DateNormalizer.format(y, m, d)
            }
            if let d = day(w), let m = month(words[i + 1]), let y = year(words[i + 2]) {
                return DateNormalizer.format(y, m, d)
            }
        }
        return nil
    }

    /// The last date in the file name: `YYYY-MM-DD`, `YYYY_MM_DD`, `YYYY.MM.DD` or `YYYYMMDD`,
    /// not inside a longer run of digits.
    public static func fromName(_ inputName: String) -> String? {
        // Most names ("<input>", "<stdin>") have no digit, so no date; skip the splitting.
        guard inputName.utf8.contains(where: isDigit) else { return nil }
        let name = inputName.split(separator: "/").last.map(String.init) ?? inputName
        let u = Array(name.utf8)
        var found: String?
        var i = 0
        while i < u.count {
            if isDigit(u[i]) && (i == 0 || !isDigit(u[i - 1])) {
                if let d = isoDate(u, at: i) { found = d }
            }
            i += 1
        }
        return found
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// A date starting at `i`: four-digit year, month, day, with one separator (`-`, `_`, `.`)
    /// used twice or none at all; a digit right after it rules it out.
    static func isoDate(_ u: [UInt8], at i: Int) -> String? {
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= u.count else { return nil }
            var v = 0
            for k in from..<(from + count) {
                guard isDigit(u[k]) else { return nil }
                v = v * 10 + Int(u[k] - 0x30)
            }
            return v
        }
        guard let y = number(i, 4), (1900...2100).contains(y), i + 4 < u.count else { return nil }
        let sep = u[i + 4]
        let hasSep = sep == 0x2D || sep == 0x5F || sep == 0x2E
        let mAt = hasSep ? i + 5 : i + 4
        guard let m = number(mAt, 2) else { return nil }
        let dAt: Int
        if hasSep {
            guard mAt + 2 < u.count, u[mAt + 2] == sep else { return nil }
            dAt = mAt + 3
        } else {
            dAt = mAt + 2
        }
        guard let d = number(dAt, 2) else { return nil }
        if dAt + 2 < u.count, isDigit(u[dAt + 2]) { return nil }
        guard (1...12).contains(m) else { return nil }
        return DateNormalizer.format(y, m, d)
    }
}
