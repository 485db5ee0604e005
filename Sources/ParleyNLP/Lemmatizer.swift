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

    init(rules: [String: Rule], exceptions: [String: String]) {
        self.rules = rules
        self.exceptions = exceptions
    }

    var exceptionCount: Int { exceptions.count }

    static func keepsCase(_ xpos: String) -> Bool { xpos == "NNP" || xpos == "NNPS" }

    public func lemma(_ form: String, xpos: String) -> String {
        let lower = form.lowercased()
        if let e = exceptions[lower + "\t" + xpos] { return e }
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
