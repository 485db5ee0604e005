/// One element of a verb pattern, matched against the verb's dependency neighbourhood.
public indirect enum PatternElement: Sendable, Equatable {
    /// Alternatives, each a word sequence (synsets expand to several).
    case words([[String]])
    /// A prepositional phrase: the preposition(s) and the elements inside it.
    case prep([String], [PatternElement])
    /// The source actor sits here (`$`).
    case source
    /// The target actor sits here (`+`).
    case target
    /// A compound (coordinated) subject whose members act on each other (`%`).
    case compound
}

/// A verb pattern: words before and after the verb and the event code(s) it yields.
public struct VerbPattern: Sendable {
    public var before: [PatternElement]
    public var after: [PatternElement]
    /// CAMEO code; `nil` means "no event" (`---`).
    public var code: String?
    /// Second code of a paired event (`[040:040]`): target → source.
    public var reverseCode: String?
    /// Name for the evidence ("MEET: * (WITH +)").
    public var name: String

    public init(
        before: [PatternElement], after: [PatternElement], code: String?, reverseCode: String?,
        name: String
    ) {
        self.before = before
        self.after = after
        self.code = code
        self.reverseCode = reverseCode
        self.name = name
    }

    /// How many word elements must match: more specific patterns win.
    var specificity: Int {
        func n(_ es: [PatternElement]) -> Int {
            es.reduce(0) { acc, e in
                switch e {
                case .words(let alts): return acc + (alts.map(\.count).max() ?? 0)
                case .prep(_, let inner): return acc + 1 + n(inner)
                // only tried when the subject is coordinated, where it is the reading to prefer
                case .compound: return acc + 3
                default: return acc
                }
            }
        }
        return n(before) + n(after)
    }
}

/// A verb (or phrasal verb) with its default code and patterns.
public struct VerbEntry: Sendable {
    public var name: String
    public var code: String?
    public var reverseCode: String?
    /// Particle of a phrasal verb ("DOWN" in BREAK_DOWN), nil for plain verbs.
    public var particle: String?
    public var patterns: [VerbPattern]

    public init(
        name: String, code: String?, reverseCode: String?, particle: String? = nil,
        patterns: [VerbPattern] = []
    ) {
        self.name = name
        self.code = code
        self.reverseCode = reverseCode
        self.particle = particle
        self.patterns = patterns
    }
}

/// Verbs keyed by form and lemma; nominal events keyed by noun.
public struct VerbDictionary: Sendable {
    public private(set) var entries: [VerbEntry] = []
    /// Word form or lemma → entries (plain verbs first, phrasal after).
    private var byForm: [String: [Int]] = [:]
    /// Event nouns ("TALKS", "ENCIRCLEMENT") → entry.
    private var nouns: [String: Int] = [:]
    /// Regular inflections of entry bases, consulted after exact forms.
    private var inflected: [String: [Int]] = [:]

    public init() {}

    public var count: Int { entries.count }

    /// Adds `entry` under all `forms`; returns its index.
    @discardableResult
    public mutating func add(_ entry: VerbEntry, forms: [String]) -> Int {
        let i = entries.count
        entries.append(entry)
        for f in Set(forms) { byForm[f, default: []].append(i) }
        // regular inflections, so a wrong lemma ("welcom", "fi") still finds the verb
        if let base = forms.first, base.count >= 3 {
            for f in Self.inflections(base) where byForm[f] == nil { inflected[f, default: []].append(i) }
        }
        return i
    }

    /// -s, -ed, -ing forms with the usual spelling changes.
    static func inflections(_ base: String) -> [String] {
        var out = [base + "S", base + "ES", base + "ED", base + "ING"]
        if base.hasSuffix("E") {
            out += [base + "D", String(base.dropLast()) + "ING"]
        }
        if base.hasSuffix("Y") {
            out += [String(base.dropLast()) + "IES", String(base.dropLast()) + "IED"]
        }
        if let last = base.last, !"AEIOUWYX".contains(last),
            base.count >= 3, "AEIOU".contains(base[base.index(base.endIndex, offsetBy: -2)])
        {
            out += [base + String(last) + "ED", base + String(last) + "ING"]
        }
        return out
    }

    public mutating func addNoun(_ noun: String, entry: Int) {
        nouns[noun] = entry
    }

    mutating func setEntryDefault(_ i: Int, _ code: String?, _ reverse: String?) {
        entries[i].code = code
        entries[i].reverseCode = reverse
    }

    /// Adds patterns to an existing entry.
    public mutating func addPatterns(_ patterns: [VerbPattern], to entry: Int) {
        entries[entry].patterns.append(contentsOf: patterns)
    }

    /// Entries for a token (by lemma, then word), phrasal ones first when their particle is present.
    func lookup(word: String, lemma: String) -> [Int] {
        // the listed word form is more specific than the lemma ("LEFT" vs "LEAVE")
        var out = byForm[word] ?? []
        if word != lemma, let more = byForm[lemma] { out += more.filter { !out.contains($0) } }
        if out.isEmpty { out = inflected[word] ?? [] }
        return out
    }

    func noun(word: String, lemma: String) -> Int? {
        nouns[lemma] ?? nouns[word]
    }
}
