/// An actor code valid between two dates (inclusive, as YYYYMMDD integers).
public struct DatedCode: Sendable, Equatable {
    public var code: String
    public var from: Int
    public var to: Int

    public init(code: String, from: Int = 0, to: Int = 99_999_999) {
        self.code = code
        self.from = from
        self.to = to
    }
}

/// One dictionary phrase: upper-case words and what it codes to.
public struct PhraseEntry: Sendable {
    public var words: [String]
    /// Words that may match as a stem ("ARGENTIN" → ARGENTINA, ARGENTINE).
    public var stems: [Bool]
    /// Actors: dated codes; agents: one code with `~` marking where the country goes.
    public var codes: [DatedCode]
    /// Kind of actor for pronoun resolution ("person" for people, else "group").
    public var isPerson: Bool
    /// An acronym that must be written in capitals to match ("WHO", "US", not "who", "us").
    public var acronym: Bool = false

    public init(words: [String], stems: [Bool], codes: [DatedCode], isPerson: Bool = false) {
        self.words = words
        self.stems = stems
        self.codes = codes
        self.isPerson = isPerson
    }

    /// The code valid on `date` (YYYYMMDD), preferring the most specific dated one.
    public func code(on date: Int) -> String? {
        var best: DatedCode?
        for c in codes where c.from <= date && date <= c.to {
            if let b = best, (b.to - b.from) <= (c.to - c.from) { continue }
            best = c
        }
        return best?.code
    }
}

/// A phrase table (actors or agents) indexed by first word; longest match wins.
///
/// Immutable once built; lookups hash the first word and compare the rest in place.
public struct PhraseTable: Sendable {
    public private(set) var entries: [PhraseEntry] = []
    private var exact: [String: [Int]] = [:]
    /// Entries whose first word may match as a stem, keyed by that stem.
    private var stemmed: [String: [Int]] = [:]

    public init() {}

    public var count: Int { entries.count }

    /// Adds an entry; a later entry with the same words adds codes to the earlier one.
    /// With `replacing`, the new codes replace those of an equal phrase (a curated file
    /// refining a generated one).
    public mutating func add(_ entry: PhraseEntry, replacing: Bool = false) {
        guard !entry.words.isEmpty else { return }
        if let list = exact[entry.words[0]] {
            for i in list where entries[i].words == entry.words {
                if replacing { entries[i].codes = [] }
                entries[i].codes.append(contentsOf: entry.codes)
                entries[i].isPerson = entries[i].isPerson || entry.isPerson
                return
            }
        }
        let i = entries.count
        entries.append(entry)
        exact[entry.words[0], default: []].append(i)
        if entry.stems[0] { stemmed[entry.words[0], default: []].append(i) }
    }

    /// Sorts each bucket longest phrase first; call once after loading.
    public mutating func finish() {
        let e = entries
        for k in exact.keys { exact[k]!.sort { e[$0].words.count > e[$1].words.count } }
        for k in stemmed.keys { stemmed[k]!.sort { e[$0].words.count > e[$1].words.count } }
    }

    /// Lengths are counted in UTF-8 bytes (letters for the ASCII words of nearly every
    /// entry), which needs no walk over the characters.
    static func wordMatches(_ token: String, _ word: String, stem: Bool) -> Bool {
        if token == word { return true }
        let t = token.utf8.count, w = word.utf8.count
        if stem {
            return t > w && t <= w + 4 && token.hasPrefix(word)
        }
        // plural of a singular entry word
        if t == w + 1 && token.utf8.last == UInt8(ascii: "S") && token.hasPrefix(word) { return true }
        return false
    }

    /// Longest entry matching `words` starting at `i` (also tries `alt`, e.g. lemmas).
    public func longestMatch(
        _ words: [String], _ alt: [String], at i: Int, capitalized: [Bool]? = nil
    ) -> (entry: Int, length: Int)? {
        var candidates: [Int] = exact[words[i]] ?? []
        if words[i] != alt[i], let more = exact[alt[i]] { candidates += more }
        let w = words[i]
        let ascii = w.utf8.allSatisfy { $0 < 0x80 }
        let letters = ascii ? w.utf8.count : w.count
        if letters >= 5 {
            var len = letters - 1
            while len >= max(4, letters - 4) {
                let stem = ascii ? String(decoding: w.utf8.prefix(len), as: UTF8.self) : String(w.prefix(len))
                if let more = stemmed[stem] { candidates += more }
                len -= 1
            }
        }
        var best: (Int, Int)?
        for c in candidates {
            let e = entries[c]
            if i + e.words.count > words.count { continue }
            if let b = best, b.1 >= e.words.count { continue }
            if e.acronym, let caps = capitalized, !caps[i] { continue }
            var ok = true
            for k in 0..<e.words.count {
                let t = words[i + k]
                if !PhraseTable.wordMatches(t, e.words[k], stem: e.stems[k])
                    && !PhraseTable.wordMatches(alt[i + k], e.words[k], stem: e.stems[k])
                {
                    ok = false
                    break
                }
            }
            if ok { best = (c, e.words.count) }
        }
        return best.map { (entry: $0.0, length: $0.1) }
    }
}

/// Words of a dictionary phrase: `_` and spaces both join words; a trailing `_` on a word
/// asks for an exact match, otherwise words of five letters or more match as stems when
/// `stemming` is on (PETRARCH convention).
func phraseWords(_ text: Substring, stemming: Bool) -> (words: [String], stems: [Bool]) {
    var words: [String] = []
    var stems: [Bool] = []
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
        // ASCII (nearly every entry): upper-case and split the bytes directly.
        var current: [UInt8] = []
        func flush(exactEnd: Bool) {
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                stems.append(stemming && !exactEnd && current.count >= 5)
            }
            current.removeAll(keepingCapacity: true)
        }
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "_"): flush(exactEnd: true)
            case 0x20, 0x09: flush(exactEnd: false)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(b - 0x20)
            default: current.append(b)
            }
        }
        flush(exactEnd: false)
        return (words, stems)
    }
    var current = ""
    var sawUnderscore = false
    func flush(exactEnd: Bool) {
        if !current.isEmpty {
            words.append(current)
            stems.append(stemming && !exactEnd && current.count >= 5)
        }
        current = ""
    }
    for ch in text.uppercased() {
        if ch == "_" {
            sawUnderscore = true
            flush(exactEnd: true)
            continue
        }
        if ch == " " || ch == "\t" {
            flush(exactEnd: false)
            continue
        }
        current.append(ch)
    }
    flush(exactEnd: false)
    _ = sawUnderscore
    return (words, stems)
}
