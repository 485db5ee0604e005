/// Surface facts about one line or paragraph, used to decide its role.
struct LineShape {
    var words = 0
    var capitalizedWords = 0
    var lowercaseContentWords = 0
    var allCapsWords = 0
    var endsSentence = false
    var endsWithColon = false
    /// The line folded to lowercase ASCII with single spaces, for phrase tests.
    var folded = ""
    /// The line as written.
    var original = ""
    /// Longest run of consecutive all-caps words of two or more letters.
    var longestCapsRun = 0

    static let minorWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with",
        "from", "as", "vs", "via", "into", "over", "after", "up", "is", "are", "its", "s",
    ]

    init(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        let line = String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
        var capsRun = 0
        for raw in line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }) {
            let word = String(raw).trimmingCharacters(in: "\"“”‘’'()[],;:.!?")
            guard let first = word.unicodeScalars.first else { continue }
            words += 1
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            if letters.count >= 2 && letters.allSatisfy({ $0.properties.isUppercase }) {
                allCapsWords += 1
                capsRun += 1
                longestCapsRun = max(longestCapsRun, capsRun)
            } else {
                capsRun = 0
            }
            if first.properties.isUppercase || first.properties.numericType != nil {
                capitalizedWords += 1
            } else if !LineShape.minorWords.contains(word.lowercased()) {
                lowercaseContentWords += 1
            }
        }
        var tail = line.unicodeScalars.last
        var trimmed = Substring(line)
        while let t = tail, "\"”’')]".unicodeScalars.contains(t) {
            trimmed = trimmed.dropLast()
            tail = trimmed.unicodeScalars.last
        }
        if let t = tail {
            endsSentence = ".!?…".unicodeScalars.contains(t)
            endsWithColon = t == ":"
        }
        folded = line.lowercased().replacingOccurrences(of: "’", with: "'")
        original = line
    }

    /// Most content words capitalised, as in a headline or section heading.
    var isTitleCase: Bool {
        words >= 1 && capitalizedWords >= 1 && lowercaseContentWords == 0
            || (words >= 6 && lowercaseContentWords * 5 <= capitalizedWords && capitalizedWords >= 4)
    }
}

extension String {
    /// Whether `phrase` occurs here as whole words.
    func containsPhrase(_ phrase: String) -> Bool {
        var rest = Substring(self)
        while let r = rest.range(of: phrase) {
            let before = r.lowerBound == startIndex ? nil : self[index(before: r.lowerBound)]
            let after = r.upperBound == endIndex ? nil : self[r.upperBound]
            let boundaryBefore = before.map { !$0.isLetter } ?? true
            let boundaryAfter = after.map { !$0.isLetter } ?? true
            if boundaryBefore && boundaryAfter { return true }
            rest = self[r.upperBound...]
        }
        return false
    }

    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set.unicodeScalars)
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, chars.contains(f) { scalars = scalars.dropFirst() }
        while let l = scalars.last, chars.contains(l) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        guard let first = target.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i] == first && self[i...].hasPrefix(target) {
                return i..<index(i, offsetBy: target.count)
            }
            i = index(after: i)
        }
        return nil
    }
}
