/// Lemmas from suffix rules per Penn tag plus an exception table, both learned from a treebank.
///
/// A rule is "cut n characters, add s", chosen by the longest suffix of the form seen with
/// that tag in training; the exception table holds the forms the rules get wrong ("went" →
/// "go", "I" → "I"). Proper nouns keep their case, everything else is lower-cased.
public struct Lemmatizer: Sendable {
    struct Rule: Sendable, Equatable {
        var cut: Int
        var add: String
    }

    static let maxSuffix = 5
    private let rules: [String: Rule]
    private let exceptions: [String: String]
    /// The same tables keyed by the FNV hash of the key's UTF-8 bytes, for the ASCII fast
    /// path that builds no key strings.
    private let ruleHashes: [UInt64: Rule]
    private let exceptionHashes: [UInt64: String]

    init(rules: [String: Rule], exceptions: [String: String]) {
        self.rules = rules
        self.exceptions = exceptions
        var rh = [UInt64: Rule](minimumCapacity: rules.count)
        for (k, v) in rules { rh[FeatureHash.string(k)] = v }
        var eh = [UInt64: String](minimumCapacity: exceptions.count)
        for (k, v) in exceptions { eh[FeatureHash.string(k)] = v }
        ruleHashes = rh
        exceptionHashes = eh
    }

    private static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    @inline(__always) private static func fnv(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }

    /// `lemma(_:xpos:)` for ASCII forms: the same answer without building key strings.
    private func asciiLemma(_ form: UnsafeBufferPointer<UInt8>, _ formString: String, xpos: String) -> String {
        let n = form.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { lower in
            var changed = false
            for i in 0..<n {
                let b = form[i]
                if b >= 0x41 && b <= 0x5A {
                    lower[i] = b + 32
                    changed = true
                } else {
                    lower[i] = b
                }
            }
            var xh = Self.fnvOffset  // hash of xpos + "\t", the start of every rule key
            for b in xpos.utf8 { xh = Self.fnv(xh, b) }
            xh = Self.fnv(xh, 0x09)
            var eh = Self.fnvOffset  // lower + "\t" + xpos
            for i in 0..<n { eh = Self.fnv(eh, lower[i]) }
            eh = Self.fnv(eh, 0x09)
            for b in xpos.utf8 { eh = Self.fnv(eh, b) }
            if let e = exceptionHashes[eh] { return e }
            if let partner = Self.pastPartner(xpos) {
                // A past form learned under the other past tag ("shot" is only VBN in EWT).
                var ph = Self.fnvOffset
                for i in 0..<n { ph = Self.fnv(ph, lower[i]) }
                ph = Self.fnv(ph, 0x09)
                for b in partner.utf8 { ph = Self.fnv(ph, b) }
                if let e = exceptionHashes[ph] { return e }
                // Irregular verbs the treebank lacks
                if let e = Self.irregularBase(UnsafeBufferPointer(rebasing: lower[0..<n])) { return e }
            }
            let keep = Self.keepsCase(xpos)
            var rule = Rule(cut: 0, add: "")
            var k = min(Self.maxSuffix, n)
            while k >= 0 {
                var h = xh
                for i in (n - k)..<n { h = Self.fnv(h, lower[i]) }
                if let r = ruleHashes[h], r.cut <= n {
                    rule = r
                    break
                }
                k -= 1
            }
            let base = keep ? form : UnsafeBufferPointer(start: lower.baseAddress!, count: n)
            if rule.cut == 0 && rule.add.isEmpty {
                return keep || !changed ? formString : String(decoding: base, as: UTF8.self)
            }
            var out = String(decoding: UnsafeBufferPointer(rebasing: base[0..<(n - rule.cut)]), as: UTF8.self)
            out += rule.add
            return out
        }
    }

    var exceptionCount: Int { exceptions.count }

    /// Simple past and past participle share their irregular forms, so an exception learned
    /// for one tag serves the other.
    static func pastPartner(_ xpos: String) -> String? {
        xpos == "VBD" ? "VBN" : xpos == "VBN" ? "VBD" : nil
    }

    /// English irregular verbs ("base past participle"), a fact table that backs the learned
    /// exceptions for verbs too rare in the treebank: the suffix rules read "fled" as "fl".
    static let irregularVerbs: [String] = [
        "arise arose arisen", "awake awoke awoken", "bear bore borne", "beat beat beaten", "become became become",
        "begin began begun", "bend bent bent", "bet bet bet", "bid bid bid", "bind bound bound", "bite bit bitten",
        "bleed bled bled", "blow blew blown", "break broke broken", "breed bred bred", "bring brought brought",
        "build built built", "burn burnt burnt", "burst burst burst", "buy bought bought", "cast cast cast",
        "catch caught caught", "choose chose chosen", "cling clung clung", "come came come", "cost cost cost",
        "creep crept crept", "cut cut cut", "deal dealt dealt", "dig dug dug", "dive dove dived", "do did done",
        "draw drew drawn", "drink drank drunk", "drive drove driven", "eat ate eaten", "fall fell fallen",
        "feed fed fed", "feel felt felt", "fight fought fought", "find found found", "flee fled fled",
        "fling flung flung", "fly flew flown", "forbid forbade forbidden", "forecast forecast forecast",
        "foresee foresaw foreseen", "foretell foretold foretold", "forget forgot forgotten",
        "forgive forgave forgiven", "forsake forsook forsaken", "freeze froze frozen", "get got gotten",
        "give gave given", "go went gone", "grind ground ground", "grow grew grown", "hang hung hung",
        "hear heard heard", "hide hid hidden", "hit hit hit", "hold held held", "hurt hurt hurt", "keep kept kept",
        "kneel knelt knelt", "know knew known", "lay laid laid", "lead led led", "leap leapt leapt",
        "leave left left", "lend lent lent", "let let let", "lie lay lain", "light lit lit", "lose lost lost",
        "make made made", "mean meant meant", "meet met met", "mislead misled misled", "mistake mistook mistaken",
        "overcome overcame overcome", "overrun overran overrun", "oversee oversaw overseen",
        "overtake overtook overtaken", "overthrow overthrew overthrown", "outgrow outgrew outgrown", "pay paid paid",
        "put put put", "quit quit quit", "read read read", "rebuild rebuilt rebuilt", "rid rid rid",
        "ride rode ridden", "ring rang rung", "rise rose risen", "run ran run", "say said said", "see saw seen",
        "seek sought sought", "sell sold sold", "send sent sent", "set set set", "sew sewed sewn",
        "shake shook shaken", "shed shed shed", "shine shone shone", "shoot shot shot", "show showed shown",
        "shrink shrank shrunk", "shut shut shut", "sing sang sung", "sink sank sunk", "sit sat sat",
        "slay slew slain", "sleep slept slept", "slide slid slid", "slit slit slit", "smite smote smitten",
        "speak spoke spoken", "speed sped sped", "spend spent spent", "spin spun spun", "spit spat spat",
        "split split split", "spread spread spread", "spring sprang sprung", "stand stood stood",
        "steal stole stolen", "stick stuck stuck", "sting stung stung", "stink stank stunk", "stride strode stridden",
        "strike struck struck", "string strung strung", "strive strove striven", "swear swore sworn",
        "sweep swept swept", "swell swelled swollen", "swim swam swum", "swing swung swung", "take took taken",
        "teach taught taught", "tear tore torn", "tell told told", "think thought thought", "throw threw thrown",
        "tread trod trodden", "undergo underwent undergone", "undercut undercut undercut",
        "understand understood understood", "undertake undertook undertaken", "underwrite underwrote underwritten",
        "uphold upheld upheld", "upset upset upset", "wake woke woken", "wear wore worn", "weave wove woven",
        "wed wed wed", "weep wept wept", "win won won", "wind wound wound", "withdraw withdrew withdrawn",
        "withhold withheld withheld", "withstand withstood withstood", "wring wrung wrung", "write wrote written",
    ]

    /// Past or participle form → base.
    static let irregular: [String: String] = {
        var t: [String: String] = [:]
        for v in irregularVerbs {
            let f = v.split(separator: " ").map(String.init)
            for form in f.dropFirst() where form != f[0] && t[form] == nil { t[form] = f[0] }
        }
        return t
    }()

    /// Simple past forms spelled unlike their base ("fled", "retook" through its prefix).
    static let irregularPastTense: Set<String> = Set(irregularVerbs.compactMap { v in
        let f = v.split(separator: " ")
        return f[1] != f[0] ? String(f[1]) : nil
    })

    static let verbPrefixes: [[UInt8]] = ["re", "over", "under", "out", "mis", "fore", "with", "up"].map { Array($0.utf8) }

    /// FNV-1a of lower-case bytes: the key of the irregular tables, so a lookup builds no String.
    @inline(__always) static func formHash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = fnvOffset
        for x in b { h = fnv(h, x) }
        return h
    }

    static let irregularByHash: [UInt64: String] = Dictionary(
        irregular.map { (k, v) in (Array(k.utf8).withUnsafeBufferPointer { formHash($0) }, v) }, uniquingKeysWith: { a, _ in a })
    static let irregularPastHashes: Set<UInt64> = Set(irregularPastTense.map { Array($0.utf8).withUnsafeBufferPointer { formHash($0) } })

    /// `lookup` on the hash of `lower`, then of `lower` without each verb prefix that leaves at
    /// least three letters ("retook" → "took"); the prefix found, empty when none.
    static func behindPrefix<T>(_ lower: UnsafeBufferPointer<UInt8>, _ lookup: (UInt64) -> T?) -> (prefix: [UInt8], value: T)? {
        if let v = lookup(formHash(lower)) { return ([], v) }
        for p in verbPrefixes where lower.count > p.count + 2 && lower.starts(with: p) {
            if let v = lookup(formHash(UnsafeBufferPointer(rebasing: lower[p.count...]))) { return (p, v) }
        }
        return nil
    }

    /// The base of an irregular past form, also behind a prefix ("retook" → "retake").
    static func irregularBase(_ lower: UnsafeBufferPointer<UInt8>) -> String? {
        guard let (prefix, base) = behindPrefix(lower, { irregularByHash[$0] }) else { return nil }
        return prefix.isEmpty ? base : String(decoding: prefix, as: UTF8.self) + base
    }

    static func irregularBase(_ lower: String) -> String? {
        var s = lower
        return s.withUTF8 { irregularBase($0) }
    }

    /// Whether `lower` is an irregular simple past unlike its base, alone or behind a prefix.
    static func isIrregularPastTense(_ lower: UnsafeBufferPointer<UInt8>) -> Bool {
        behindPrefix(lower, { irregularPastHashes.contains($0) ? true : nil }) != nil
    }

    static func keepsCase(_ xpos: String) -> Bool { xpos == "NNP" || xpos == "NNPS" }

    public func lemma(_ form: String, xpos: String) -> String {
        let fast = form.utf8.withContiguousStorageIfAvailable { p -> String? in
            for b in p where b >= 0x80 || b == 0x0D { return nil }
            return asciiLemma(p, form, xpos: xpos)
        }
        if let fast, let fast { return fast }
        let lower = form.lowercased()
        if let e = exceptions[lower + "\t" + xpos] { return e }
        if let partner = Self.pastPartner(xpos) {
            if let e = exceptions[lower + "\t" + partner] { return e }
            if let e = Self.irregularBase(lower) { return e }
        }
        let base = Self.keepsCase(xpos) ? form : lower
        let rule = ruleFor(lower, xpos: xpos)
        return Self.apply(rule, to: base)
    }

    func ruleFor(_ lower: String, xpos: String) -> Rule {
        let chars = Array(lower)
        var n = min(Self.maxSuffix, chars.count)
        while n >= 0 {
            if let r = rules[xpos + "\t" + String(chars[(chars.count - n)...])], r.cut <= chars.count { return r }
            n -= 1
        }
        return Rule(cut: 0, add: "")
    }

    static func apply(_ rule: Rule, to form: String) -> String {
        if rule.cut == 0 && rule.add.isEmpty { return form }
        return String(form.dropLast(rule.cut)) + rule.add
    }

    static func rule(from form: String, to lemma: String) -> Rule {
        let f = Array(form)
        let l = Array(lemma)
        var p = 0
        while p < f.count, p < l.count, f[p] == l[p] { p += 1 }
        return Rule(cut: f.count - p, add: String(l[p...]))
    }

    /// Learns rules and exceptions from (form, xpos, lemma) triples.
    static func learn(_ sentences: [TreebankSentence]) -> Lemmatizer {
        var ruleCounts = [String: [Rule: Int]]()
        var lemmaCounts = [String: [String: Int]]()
        for s in sentences {
            for i in 0..<s.count {
                let form = s.forms[i]
                let xpos = s.xpos[i]
                let lemma = s.lemmas[i]
                if lemma == "_" { continue }
                let lower = form.lowercased()
                lemmaCounts[lower + "\t" + xpos, default: [:]][lemma, default: 0] += 1
                let base = keepsCase(xpos) ? form : lower
                let r = rule(from: base, to: lemma)
                let chars = Array(lower)
                for n in 0...min(maxSuffix, chars.count) {
                    ruleCounts[xpos + "\t" + String(chars[(chars.count - n)...]), default: [:]][r, default: 0] += 1
                }
            }
        }
        var rules = [String: Rule]()
        for (key, counts) in ruleCounts {
            let total = counts.values.reduce(0, +)
            let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key.add > b.key.add) }!
            // Suffixes seen once would only memorise a word; the exception table does that.
            let suffixLength = key.split(separator: "\t", omittingEmptySubsequences: false)[1].count
            if suffixLength == 0 || total >= 2 { rules[key] = best.key }
        }
        let partial = Lemmatizer(rules: rules, exceptions: [:])
        var exceptions = [String: String]()
        for (key, counts) in lemmaCounts {
            let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!.key
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let xpos = String(parts[1])
            // Compare against the rule applied to the lower-cased form, the common case.
            let predicted = keepsCase(xpos) ? best : partial.lemma(String(parts[0]), xpos: xpos)
            if predicted != best { exceptions[key] = best }
        }
        return Lemmatizer(rules: rules, exceptions: exceptions)
    }

    func write(_ w: inout ModelWriter) {
        let rk = rules.keys.sorted()
        w.strings(rk)
        w.array(rk.map { UInt32(rules[$0]!.cut) })
        w.strings(rk.map { rules[$0]!.add })
        let ek = exceptions.keys.sorted()
        w.strings(ek)
        w.strings(ek.map { exceptions[$0]! })
    }

    static func read(_ r: inout ModelReader) throws -> Lemmatizer {
        let rk = try r.strings()
        let cuts = try r.array(UInt32.self)
        let adds = try r.strings()
        let ek = try r.strings()
        let ev = try r.strings()
        guard rk.count == cuts.count, rk.count == adds.count, ek.count == ev.count else {
            throw r.corrupt("lemma table sizes differ")
        }
        var rules = [String: Rule](minimumCapacity: rk.count)
        for i in 0..<rk.count { rules[rk[i]] = Rule(cut: Int(cuts[i]), add: adds[i]) }
        var exceptions = [String: String](minimumCapacity: ek.count)
        for i in 0..<ek.count { exceptions[ek[i]] = ev[i] }
        return Lemmatizer(rules: rules, exceptions: exceptions)
    }
}

extension Lemmatizer.Rule: Hashable {}
