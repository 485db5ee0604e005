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

    static func keepsCase(_ xpos: String) -> Bool { xpos == "NNP" || xpos == "NNPS" }

    public func lemma(_ form: String, xpos: String) -> String {
        let fast = form.utf8.withContiguousStorageIfAvailable { p -> String? in
            for b in p where b >= 0x80 || b == 0x0D { return nil }
            return asciiLemma(p, form, xpos: xpos)
        }
        if let fast, let fast { return fast }
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
