/// Word lists used by the matcher.
enum PatternMatch {
    static let timeNouns: Set<String> = [
        "WEEK", "MONTH", "YEAR", "DAY", "TIME", "HOUR", "MINUTE", "TODAY", "YESTERDAY", "TOMORROW", "NIGHT",
        "MORNING", "EVENING", "AFTERNOON", "WEEKEND", "DECADE", "CENTURY", "MONDAY", "TUESDAY", "WEDNESDAY",
        "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
    ]
}

/// Verb events: choose the verb entry and pattern, then pair sources with targets.
extension MatchContext {
    /// Which roles a matched pattern assigns and to which tokens.
    struct Roles {
        var sourceToken: Int?
        var targetToken: Int?
        var subjectIsTarget = false
        var compound = false
    }

    func wordMatches(_ t: Int, _ w: String) -> Bool {
        let word = s.words[t]
        let lemma = s.lemmas[t]
        if word == w || lemma == w { return true }
        if word.count > 3, w.hasPrefix(word) || w.hasPrefix(lemma), w.count - lemma.count <= 2, lemma.count >= 4 {
            return true
        }
        if w.count >= 4, word.hasPrefix(w), word.count - w.count <= 2 { return true }
        return false
    }

    /// Tokens of `v`'s clause after (or before) the verb, skipping embedded clauses and the subject.
    func domain(_ v: Int, after: Bool) -> [Int] {
        var out: [Int] = []
        var stack = s.children[v].filter { c in
            let r = s.deprels[c]
            if r == "punct" || r == "parataxis" { return false }
            if r == "advcl" && !s.children[c].contains(where: { s.words[$0] == "TO" }) { return false }
            if r == "conj" && s.upos[c] == "VERB" { return false }
            if after && EventMatcher.subjectRels.contains(r) { return false }
            return after ? c > v : c < v
        }
        while let n = stack.popLast() {
            out.append(n)
            for c in s.children[n] where s.deprels[c] != "punct" { stack.append(c) }
        }
        return out.filter { after ? $0 > v : $0 < v }.sorted()
    }

    /// Matches elements in order over `dom`; returns false on failure, filling `roles`.
    func match(_ elements: [PatternElement], _ dom: [Int], roles: inout Roles, before: Bool) -> Bool {
        var cursor = 0
        for e in elements {
            switch e {
            case .source:
                // "RECEIVE - + * MONEY $": the next actor after the words matched so far
                if !before, let t = dom[min(cursor, dom.count)...].first(where: { !participants($0).isEmpty }) {
                    roles.sourceToken = t
                }
                continue
            case .target:
                if before {
                    roles.subjectIsTarget = true
                } else if cursor > 0, let t = dom[min(cursor, dom.count)...].first(where: { !participants($0).isEmpty }) {
                    roles.targetToken = t
                }
                continue
            case .compound:
                roles.compound = true
                continue
            case .words(let alts):
                var found = false
                search: for k in cursor..<max(cursor, dom.count) {
                    for alt in alts where k + alt.count <= dom.count {
                        var ok = true
                        for (j, w) in alt.enumerated() where !wordMatches(dom[k + j], w) {
                            ok = false
                            break
                        }
                        if ok {
                            cursor = k + alt.count
                            found = true
                            break search
                        }
                    }
                }
                if !found { return false }
            case .prep(let preps, let inner):
                var found = false
                for k in cursor..<max(cursor, dom.count) where preps.contains(s.words[dom[k]]) {
                    let p = dom[k]
                    let h = s.heads[p]
                    var innerDom = h >= 0 ? s.subtree(h).filter { $0 > p } : []
                    if h >= 0 && h < p { innerDom = Array(dom[(k + 1)...]) }
                    var innerRoles = Roles()
                    if !match(inner, innerDom, roles: &innerRoles, before: false) { continue }
                    if inner.contains(.source) { roles.sourceToken = h > p ? h : innerDom.first }
                    if inner.contains(.target) { roles.targetToken = h > p ? h : innerDom.first }
                    cursor = k + 1
                    found = true
                    break
                }
                if !found {
                    // the "preposition" may be an ordinary word of the pattern ("(NO OBSTACLE)")
                    let words: [PatternElement] = [.words([preps.prefix(1).map { $0 }])] + inner
                    var r = Roles()
                    if preps.count == 1, match(words, Array(dom[min(cursor, dom.count)...]), roles: &r, before: before) {
                        continue
                    }
                    return false
                }
            }
        }
        return true
    }

    /// The entry, pattern name, codes and roles for verb `v`, or nil when it codes nothing.
    func choosePattern(_ v: Int) -> (entry: VerbEntry, code: String?, reverse: String?, rule: String, roles: Roles)? {
        let entries = dicts.verbs.lookup(word: s.words[v], lemma: s.lemmas[v])
        guard !entries.isEmpty else { return nil }
        let particles = Set(s.children[v].filter { s.fullDeprels[$0] == "compound:prt" || s.deprels[$0] == "advmod" || s.deprels[$0] == "prt" }.map { s.words[$0] } + (v + 1 < s.count ? [s.words[v + 1]] : []))
        var chosen: VerbEntry?
        for i in entries {
            let e = dicts.verbs.entries[i]
            if let p = e.particle {
                if particles.contains(p) { chosen = e; break }
            } else if chosen == nil {
                chosen = e
            }
        }
        guard let entry = chosen else { return nil }
        let after = domain(v, after: true)
        // words before the verb are matched in its subject ("{DEATH TOLL} *")
        let before = domain(v, after: false).filter { t in
            s.children[v].contains { EventMatcher.subjectRels.contains(s.deprels[$0]) && s.isWithin(t, $0) }
        }
        var best: (VerbPattern, Roles)?
        let compoundSubject = subjects(v).flatMap { participants($0) }.count >= 2
        for p in entry.patterns {
            if p.before.contains(.compound) && !compoundSubject { continue }
            if let b = best, b.0.specificity >= p.specificity { continue }
            var roles = Roles()
            guard match(p.before, before, roles: &roles, before: true),
                match(p.after, after, roles: &roles, before: false)
            else { continue }
            best = (p, roles)
        }
        if let (p, roles) = best {
            return (entry, p.code, p.reverseCode, p.name, roles)
        }
        return (entry, entry.code, entry.reverseCode, entry.name, Roles())
    }

    static let timeWords: Set<String> = [
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "JANUARY", "FEBRUARY",
        "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
        "JAN.", "FEB.", "MAR.", "APR.", "JUN.", "JUL.", "AUG.", "SEP.", "SEPT.", "OCT.", "NOV.", "DEC.",
    ]

    func verbEvents(_ v: Int) -> [CodedEvent] {
        var out = verbEventsCore(v)
        guard !out.isEmpty else { return out }
        let used = Set(out.flatMap { [$0.sourceToken, $0.targetToken].compactMap { $0 } })
        // the locative may hang off the verb or, misattached, off its object ("meet with ministers in Munich")
        let near = s.children[v] + s.children[v].filter { s.deprels[$0] == "obl" || s.deprels[$0] == "obj" }.flatMap { s.children[$0] }
        let place = near.first { c in
            (s.deprels[c] == "obl" || s.deprels[c] == "nmod") && ["IN", "AT"].contains(s.preposition(of: c) ?? "")
                && (actors.actorAt[c] != nil || s.upos[c] == "PROPN" && !Self.timeWords.contains(s.words[c]))
                && !used.contains(c)
        }
        for i in out.indices { out[i].placeToken = place }
        return out
    }

    func verbEventsCore(_ v: Int) -> [CodedEvent] {
        guard let choice = choosePattern(v), choice.code != nil || choice.reverse != nil else { return [] }
        let passive = isPassive(v)
        let violent = matcher.options.targetPrepositions != nil && EventCoder.isViolent(choice.code)
        // A participle describing a noun ("Syria's government, backed by Iranian troops") is
        // background, unless it reports force ("civilians killed by air strikes").
        if passive && s.fullDeprels[v] == "acl" && !violent && matcher.options.targetPrepositions != nil { return [] }
        var subj = subjects(v)
        var agentArgs: [Int] = []
        if passive {
            for c in s.children[v] where (s.deprels[c] == "nmod" || s.deprels[c] == "obl") && s.preposition(of: c) == "BY" {
                agentArgs.append(c)
            }
        }
        var sources: [(code: String, token: Int)] = []
        var targets: [(code: String, token: Int)] = []
        if let st = choice.roles.sourceToken { sources = participants(st) }
        if let tt = choice.roles.targetToken { targets = participants(tt) }
        if passive {
            if sources.isEmpty { sources = agentArgs.flatMap { participants($0) } }
            if targets.isEmpty { targets = subj.flatMap { participants($0) } }
            subj = []
        } else {
            let subjActors = subj.flatMap { participants($0) }
            if choice.roles.subjectIsTarget || (choice.roles.sourceToken != nil && targets.isEmpty) {
                if targets.isEmpty { targets = subjActors }
            } else if sources.isEmpty {
                sources = subjActors
            }
        }
        if targets.isEmpty {
            var exclude = Set(agentArgs + [choice.roles.sourceToken].compactMap { $0 })
            // Force lands in or into where it is aimed ("air strikes in Idlib").
            let through: Set<String> = violent ? ["IN", "INTO", "INSIDE"] : []
            // "carried out air strikes on Houthi positions": an object naming no one is the
            // action, and its on/against/at phrase is the target
            for o in s.children[v] where s.deprels[o] == "obj" && !exclude.contains(o) && participants(o).isEmpty {
                for d in s.children[o] where s.deprels[d] == "nmod" && ["ON", "AGAINST", "AT"].contains(s.preposition(of: d) ?? "") {
                    targets += participants(d)
                }
            }
            if targets.isEmpty { targets = objects(v, excluding: exclude, alsoThrough: through).flatMap { participants($0) } }
            // The source's own troops or officials are its instrument: look past them for the
            // target ("Saudi Arabia weighs sending special forces to Syria").
            if !violent, let src = sources.first?.code, !targets.isEmpty, targets.allSatisfy({ EventCoder.isOwnOrgan($0.code, of: src) }) {
                // where they are posted, if said ("recalled its ambassador to Colombia")
                let posted = targets.compactMap { EventCoder.posting(of: $0.token, s, actors) }
                exclude.formUnion(targets.map(\.token))
                targets = posted.isEmpty ? objects(v, excluding: exclude, alsoThrough: through).flatMap { participants($0) } : posted
            }
        }
        if passive && sources.isEmpty && s.fullDeprels[v] != "acl" {
            // "was shot dead in Osgiliath": PETRARCH takes a prepositional actor as the agent
            sources = objects(v, excluding: Set(subj)).flatMap { participants($0) }
        }
        if sources.isEmpty && targets.isEmpty { return [] }
        let neg = negated(v)
        let m = mode(v)
        var out: [CodedEvent] = []
        // "Saudi Arabia and Iran agreed to resume ties": with no other target, coordinated
        // subjects of a cooperative verb act on each other, as a %-pattern says outright.
        let mutual = targets.isEmpty && sources.count >= 2 && Set(sources.map(\.code)).count >= 2
            && choice.code.map { ["03", "04", "05", "06"].contains(String($0.prefix(2))) } == true
            && !matcher.options.requireDyad
        // "Azerbaijan and Armenia accused each other": a reciprocal object makes the
        // coordinated subjects each other's targets, whatever the verb
        let reciprocal = targets.isEmpty && sources.count >= 2 && Set(sources.map(\.code)).count >= 2
            && s.children[v].contains { t in
                // UD: "each" obj with "other" fixed; parsers also hang "each" on "other"
                let words = Set([s.words[t]] + s.children[t].map { s.words[$0] })
                return words.isSuperset(of: ["EACH", "OTHER"]) || words.isSuperset(of: ["ONE", "ANOTHER"])
            }
        if (choice.roles.compound || mutual || reciprocal), !passive {
            let members = subjects(v).flatMap { participants($0) }
            for i in members.indices {
                for j in members.indices where j > i {
                    let a = members[i]
                    let b = members[j]
                    if let c = choice.code {
                        out.append(CodedEvent(source: a.code, target: b.code, code: c, sourceToken: a.token, targetToken: b.token, verb: v, rule: choice.rule, negated: neg, mode: m))
                    }
                    // a compound subject acts on each other: both directions
                    if let r = choice.reverse ?? choice.code {
                        out.append(CodedEvent(source: b.code, target: a.code, code: r, sourceToken: b.token, targetToken: a.token, verb: v, rule: choice.rule + " (reverse)", negated: neg, mode: m))
                    }
                }
            }
            return out
        }
        let srcList: [(code: String, token: Int)?] = sources.isEmpty ? [nil] : sources.map { $0 }
        let tgtList: [(code: String, token: Int)?] = targets.isEmpty ? [nil] : targets.map { $0 }
        for src in srcList {
            for tgt in tgtList {
                if let a = src, let b = tgt, a.code == b.code && a.token == b.token { continue }
                if matcher.options.requireDyad && (src == nil || tgt == nil) { continue }
                if let c = choice.code {
                    out.append(CodedEvent(source: src?.code, target: tgt?.code, code: c, sourceToken: src?.token, targetToken: tgt?.token, verb: v, rule: choice.rule, negated: neg, mode: m))
                }
                if let r = choice.reverse, let a = src, let b = tgt {
                    out.append(CodedEvent(source: b.code, target: a.code, code: r, sourceToken: b.token, targetToken: a.token, verb: v, rule: choice.rule + " (reverse)", negated: neg, mode: m))
                }
            }
        }
        return out
    }

    /// "Assad's encirclement of Aleppo", "talks between Kerry and Lavrov".
    func nominalEvents(_ n: Int) -> [CodedEvent] {
        guard let i = dicts.verbs.noun(word: s.words[n], lemma: s.lemmas[n]) else { return [] }
        let entry = dicts.verbs.entries[i]
        guard let entryCode = entry.code else { return [] }
        var sources: [(code: String, token: Int)] = []
        var targets: [(code: String, token: Int)] = []
        for c in s.children[n] {
            if s.fullDeprels[c] == "nmod:poss" { sources += participants(c) }
            if s.deprels[c] == "nmod" || s.deprels[c] == "obl", let p = s.preposition(of: c) {
                if p == "BY" { sources += participants(c) }
                if p == "OF" || p == "ON" || p == "AGAINST" || p == "WITH" || p == "TO" { targets += participants(c) }
                if p == "BETWEEN" {
                    let ps = participants(c)
                    if ps.count >= 2 { sources.append(ps[0]); targets.append(ps[1]) }
                }
            }
            if s.deprels[c] == "amod" || s.deprels[c] == "compound", sources.isEmpty, let a = actors.code(s, c) {
                sources.append((a, c))
            }
        }
        // "the talks" as object of a verb whose subject holds them
        guard let src = sources.first, let tgt = targets.first, src.code != tgt.code else { return [] }
        var code = entryCode
        var reverse = entry.reverseCode
        var rule = "\(entry.name): noun"
        if code.hasPrefix("04"), failed(n) {
            // "talks between X and Y broke down": both sides halted negotiations.
            code = "164"
            reverse = "164"
            rule += " that failed"
        }
        var out = [CodedEvent(source: src.code, target: tgt.code, code: code, sourceToken: src.token, targetToken: tgt.token, verb: n, rule: rule, negated: false, mode: "asserted")]
        if let r = reverse {
            out.append(CodedEvent(source: tgt.code, target: src.code, code: r, sourceToken: tgt.token, targetToken: src.token, verb: n, rule: rule + " (reverse)", negated: false, mode: "asserted"))
        }
        return out
    }

    /// Whether nominal talks `n` are the subject of a verb of failing: "broke down",
    /// "collapsed", "stalled", "were suspended", "were called off".
    func failed(_ n: Int) -> Bool {
        let h = s.heads[n]
        guard s.deprels[n] == "nsubj", h >= 0, h < s.count else { return false }
        let particle = s.children[h].first { s.fullDeprels[$0] == "compound:prt" }.map { s.words[$0] }
        switch s.lemmas[h] {
        case "COLLAPSE", "FAIL", "STALL", "FALTER", "FOUNDER", "SUSPEND", "HALT", "CANCEL", "ABANDON": return true
        case "BREAK": return particle == "DOWN" || particle == "OFF"
        case "CALL": return particle == "OFF"
        default: return false
        }
    }
}
