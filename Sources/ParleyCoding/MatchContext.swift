/// Working state for coding one sentence: argument finding and pattern matching.
struct MatchContext {
    let s: CodingSentence
    let actors: SentenceActors
    let matcher: EventMatcher
    let resolve: PronounResolver?
    var dicts: CodingDictionaries { matcher.dictionaries }

    /// Participants of the phrase headed by `t`: itself plus coordinated and apposed phrases.
    func participants(_ t: Int) -> [(code: String, token: Int)] {
        var out: [(String, Int)] = []
        let own = actors.codes(s, t)
        if !own.isEmpty {
            out += own.map { ($0, t) }
        } else if let r = relativeAntecedent(t) {
            out += r
        } else if s.upos[t] == "PRON", let r = resolve?(s, t) ?? localAntecedent(t) {
            out.append(r)
        } else {
            for a in s.children[t] where s.deprels[a] == "appos" {
                if let c = actors.code(s, a) {
                    out.append((c, a))
                    break
                }
            }
            if out.isEmpty {
                // "leaders of Arnor": an actor in an of-phrase stands for the head, and so does
                // the agent of an action noun ("air strikes by the coalition killed")
                for d in s.children[t] where s.deprels[d] == "nmod" && (s.preposition(of: d) == "OF" || s.preposition(of: d) == "BY") {
                    if let c = actors.code(s, d) { out.append((c, d)) } else if let r = place(d) { out.append(r) }
                }
            }
            // "Thousands marched": a crowd counted but not named is civilians (of the place)
            if out.isEmpty, s.upos[t] == "NOUN" || s.upos[t] == "NUM", Self.crowdWords.contains(s.words[t]) {
                out.append(("---CVL", t))
            }
            // "shelled Kharkiv", "the city of El Fasher": a place acted on stands for its country
            if out.isEmpty, !EventMatcher.subjectRels.contains(s.deprels[t]), let r = place(t) { out.append(r) }
        }
        for c in s.children[t] where s.deprels[c] == "conj" && s.upos[c] != "VERB" {
            out += participants(c)
        }
        // "Evil Mordor, the awful Arnor, and good Gondor": an apposed actor with another code is a list member
        if !own.isEmpty {
            for a in s.children[t] where s.deprels[a] == "appos" {
                for c in actors.codes(s, a) where !own.contains(c) { out.append((c, a)) }
            }
        }
        return out
    }

    /// The country of a place name at `t` (through the resolver, which knows the document).
    func place(_ t: Int) -> (code: String, token: Int)? {
        // Not where something comes from or happens near ("fired rockets from Gaza").
        // (a noun too: the tagger takes "Homs" for a plural; the resolver answers only for
        // tokens inside the document's places)
        guard s.upos[t] == "PROPN" || s.upos[t] == "NOUN",
            !Self.notTargetPlaces.contains(s.preposition(of: t) ?? "")
        else { return nil }
        return resolve?(s, t)
    }

    static let operationNouns: Set<String> = ["OFFENSIVE", "OPERATION", "CAMPAIGN", "ASSAULT", "PUSH", "DRIVE", "MISSION", "EFFORT", "BID"]

    static let crowdWords: Set<String> = ["THOUSANDS", "HUNDREDS", "DOZENS", "SCORES", "MILLIONS", "TENS"]

    static let notTargetPlaces: Set<String> = [
        "FROM", "NEAR", "OUTSIDE", "ACROSS", "THROUGH", "AROUND", "BEYOND", "BETWEEN", "VIA", "OFF", "BY", "ALONG", "FOR", "AFTER", "BEFORE", "SINCE",
    ]

    /// "Israeli forces, who shot ...": a relative pronoun stands for the noun its clause modifies.
    func relativeAntecedent(_ t: Int) -> [(code: String, token: Int)]? {
        guard ["WHO", "WHICH", "THAT", "WHOM"].contains(s.words[t]), s.upos[t] == "PRON" else { return nil }
        var clause = s.heads[t]
        while clause >= 0 && !s.fullDeprels[clause].hasPrefix("acl") {
            if s.deprels[clause] != "conj" { break }
            clause = s.heads[clause]
        }
        guard clause >= 0, s.fullDeprels[clause].hasPrefix("acl"), s.heads[clause] >= 0 else { return [] }
        return participants(s.heads[clause])
    }

    /// "Ethiopia indicated it would act": a subject pronoun takes the subject of a governing verb.
    func localAntecedent(_ t: Int) -> (code: String, token: Int)? {
        guard EventMatcher.subjectRels.contains(s.deprels[t]) || s.fullDeprels[t] == "nmod:poss" else { return nil }
        var h = s.heads[s.heads[t] >= 0 ? t : t]
        let neuter = s.words[t] == "IT" || s.words[t] == "ITS"
        var steps = 0
        while h >= 0 && steps < 6 {
            for c in s.children[h] where EventMatcher.subjectRels.contains(s.deprels[c]) && c != t && s.upos[c] != "PRON" {
                // "'It condemns Japan,' one Japanese official said": "it" is never a person
                if neuter, actors.isPerson(c, dicts) || Self.personRoles.contains(s.lemmas[c]) { continue }
                if let code = actors.code(s, c) { return (code, c) }
            }
            h = s.heads[h]
            steps += 1
        }
        return nil
    }

    /// Role nouns that name people, which "it" cannot stand for.
    static let personRoles: Set<String> = [
        "OFFICIAL", "MINISTER", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "PRESIDENT", "LEADER", "DIPLOMAT", "ENVOY",
        "AMBASSADOR", "SECRETARY", "CHANCELLOR", "PREMIER", "KING", "QUEEN", "GENERAL", "COMMANDER", "SOURCE", "ANALYST",
        "EXECUTIVE", "CHAIRMAN", "DIRECTOR", "GOVERNOR", "MAYOR", "SENATOR", "LAWMAKER",
    ]

    /// Passive voice needs a passive auxiliary ("was attacked"); a parser's nsubj:pass on an
    /// active verb ("The Hermit Kingdom fired shells") is not enough.
    /// A participle that reduces a relative clause ("two men accused of spying", "a town
    /// besieged by rebels") is passive too: the noun it modifies is what was acted on.
    func isPassive(_ v: Int) -> Bool {
        let kids = s.children[v]
        if kids.contains(where: { s.fullDeprels[$0] == "auxpass" || s.fullDeprels[$0] == "aux:pass" }) { return true }
        if s.fullDeprels[v] == "acl", s.upos[v] == "VERB", s.words[v] != s.lemmas[v], !s.words[v].hasSuffix("ING"),
            !s.words[v].hasSuffix("S"), !kids.contains(where: { EventMatcher.subjectRels.contains(s.deprels[$0]) || s.deprels[$0] == "aux" })
        {
            return true
        }
        let passSubject = kids.contains { s.fullDeprels[$0] == "nsubjpass" || s.fullDeprels[$0] == "nsubj:pass" }
        let beAux = kids.contains { s.deprels[$0] == "aux" && (s.lemmas[$0] == "BE" || s.lemmas[$0] == "GET") }
        return passSubject && beAux
    }

    /// Subject tokens of `v`, inherited through xcomp/conj chains when absent.
    func subjects(_ v: Int) -> [Int] {
        var cur = v
        var steps = 0
        while cur >= 0 && steps < 6 {
            let subj = s.children[cur].filter { EventMatcher.subjectRels.contains(s.deprels[$0]) }
            if !subj.isEmpty { return subj }
            let rel = s.deprels[cur]
            let h = s.heads[cur]
            if h < 0 { break }
            if rel == "xcomp" {
                // "urged Arnor to attack": the object of the controlling verb
                let obj = s.children[h].filter { s.deprels[$0] == "dobj" || s.deprels[$0] == "obj" }
                if !obj.isEmpty, !dicts.verbs.lookup(word: s.words[h], lemma: s.lemmas[h]).isEmpty { return obj }
            }
            // "praised Cuba for releasing prisoners": the one praised or blamed for a deed did it
            if let doer = judgedDoer(cur, rel, h) { return doer }
            // "Cavusoglu is due to meet …" parsed with the infinitive as the clausal subject of
            // "due": a clause has one subject, so the nominal one is the infinitive's
            if rel == "csubj" {
                let nominal = s.children[h].filter { s.deprels[$0] == "nsubj" || s.deprels[$0] == "nsubjpass" }
                if !nominal.isEmpty { return nominal }
            }
            // "Kerry on Jan. 31 urged ...", parsed with the verb hanging off the name
            if rel == "parataxis" || rel == "dep", s.upos[h] == "PROPN" || s.upos[h] == "NOUN" { return [h] }
            // "raised the pressure by encircling Aleppo": an adverbial clause mis-attached to a noun
            let adverbial = rel == "acl" && s.children[cur].contains { s.deprels[$0] == "mark" && s.words[$0] != "TO" }
            if adverbial {
                var up = h
                while up >= 0 && s.upos[up] != "VERB" { up = s.heads[up] }
                if up >= 0 {
                    cur = up
                    steps += 1
                    continue
                }
            }
            // "launched an offensive to retake Mosul": a purpose clause on an operation takes the
            // subject of the verb that has that object (not "vetoed a resolution to condemn")
            if rel == "acl", s.upos[h] == "NOUN", Self.operationNouns.contains(s.lemmas[h]), s.children[cur].contains(where: { s.deprels[$0] == "mark" && s.words[$0] == "TO" }),
                s.deprels[h] == "obj" || s.deprels[h] == "dobj", s.heads[h] >= 0
            {
                cur = s.heads[h]
                steps += 1
                continue
            }
            guard rel == "xcomp" || rel == "conj" || rel == "ccomp" && cur != v || rel == "advcl" || rel == "acl" && s.upos[h] != "NOUN" else {
                if rel == "acl" || rel == "relcl" { return [h] }
                break
            }
            cur = h
            steps += 1
        }
        return []
    }

    /// Verbs that judge someone for a deed ("praised Cuba for releasing", "condemned Israel
    /// for demolishing"): the judged one is the deed's subject.
    static let judgingVerbs: Set<String> = [
        "PRAISE", "THANK", "COMMEND", "HAIL", "APPLAUD", "CONGRATULATE", "SALUTE", "REWARD", "CREDIT",
        "CRITICIZE", "CRITICISE", "CONDEMN", "DENOUNCE", "BLAME", "FAULT", "REBUKE", "CENSURE", "SLAM",
        "PUNISH", "FINE", "SANCTION", "PENALIZE", "PENALISE", "CHASTISE", "SCOLD", "THREATEN", "SUE",
    ]

    static let objectRels: Set<String> = ["obj", "dobj"]

    /// The object of a judging verb when `v` is its "for …ing" clause (an adverbial clause of
    /// the verb, or a clause the parser hung on the object itself).
    func judgedDoer(_ v: Int, _ rel: String, _ h: Int) -> [Int]? {
        guard s.upos[v] == "VERB", rel == "advcl" || rel == "acl",
            s.children[v].contains(where: { s.deprels[$0] == "mark" && s.words[$0] == "FOR" })
        else { return nil }
        if rel == "acl", Self.objectRels.contains(s.deprels[h]), s.heads[h] >= 0, s.lemma(s.heads[h], in: Self.judgingVerbs) {
            return [h]
        }
        guard rel == "advcl", s.lemma(h, in: Self.judgingVerbs) else { return nil }
        let obj = s.children[h].filter { Self.objectRels.contains(s.deprels[$0]) }
        return obj.isEmpty ? nil : obj
    }

    /// Objects: the first phrase with an actor, searched breadth-first from the verb through
    /// objects, then prepositional phrases, then complements ("restore ties with Gondor",
    /// "acted with respect to Libya", "believes Dagolath can cope").
    /// `alsoThrough`: prepositions that mark a target for this verb's code only ("launched
    /// strikes in Idlib", "fired missiles into Israel" for the violent codes).
    func objects(_ v: Int, excluding: Set<Int>, alsoThrough: Set<String> = []) -> [Int] {
        var depth = 0
        func rank(_ c: Int) -> Int? {
            if excluding.contains(c) { return nil }
            let r = s.deprels[c]
            let full = s.fullDeprels[c]
            if r == "dobj" || r == "obj" || r == "iobj" { return 0 }
            // a nominal the parser left unlabeled after the verb ("met … Justin Trudeau") is
            // most often its object
            if r == "dep" && c > v && ["NOUN", "PROPN", "PRON"].contains(s.upos[c]) { return 1 }
            // a place name mistagged as an adverb ("will visit Moscow next week"): only an
            // actor counts, so "again" or "abroad" never does
            if r == "advmod" && c > v { return 2 }
            if r == "nmod" || r == "obl" {
                if full.hasSuffix("tmod") || full.hasSuffix("agent") || full.hasSuffix("npmod") { return nil }
                // a bare noun phrase is a time ("last week") or, misparsed, an object ("fired two shells at")
                if full.hasSuffix("unmarked") && (PatternMatch.timeNouns.contains(s.lemmas[c]) || s.upos[c] == "NUM") { return nil }
                // the extra prepositions lead to places only ("in Idlib", not "six months into
                // the Russian campaign")
                if let allowed = matcher.options.targetPrepositions, !allowed.contains(s.preposition(of: c) ?? ""),
                    !(alsoThrough.contains(s.preposition(of: c) ?? "") && (s.upos[c] == "PROPN" || place(c) != nil))
                {
                    // not a participant itself, but a participant's phrase may hang off it
                    // ("sent $2 billion in military aid to Ukraine")
                    return depth == 0 && s.children[c].contains(where: { s.preposition(of: $0) == "TO" }) ? 4 : nil
                }
                return 1
            }
            if r == "xcomp" || r == "advcl" && s.children[c].contains(where: { s.words[$0] == "TO" }) { return 2 }
            if r == "appos" { return 2 }
            if s.fullDeprels[c] == "acl" { return 3 }
            return nil
        }
        var frontier = s.children[v].compactMap { c in rank(c).map { (c, $0) } }.sorted { $0.1 < $1.1 }.map(\.0)
        let passThrough = Set(frontier.filter { rank($0) == 4 })
        while !frontier.isEmpty && depth < 4 {
            for c in frontier where !passThrough.contains(c) && !participants(c).isEmpty { return [c] }
            var next: [Int] = []
            for c in frontier {
                let kids = s.children[c].compactMap { k in rank(k).map { (k, $0) } }.sorted { $0.1 < $1.1 }.map(\.0)
                next += kids
            }
            frontier = next
            depth += 1
        }
        // "believes Dagolath and Osgiliath can cope": the subject of a complement clause
        for c in s.children[v] where s.deprels[c] == "ccomp" {
            for subj in s.children[c] where EventMatcher.subjectRels.contains(s.deprels[subj]) {
                if !participants(subj).isEmpty { return [subj] }
            }
        }
        return []
    }

    func negated(_ v: Int) -> Bool {
        s.children[v].contains {
            s.deprels[$0] == "neg" || s.deprels[$0] == "advmod" && (s.words[$0] == "NOT" || s.words[$0] == "N'T" || s.words[$0] == "NEVER")
        }
    }

    /// Words that put a to-infinitive ahead in time.
    static let futureFrames: Set<String> = ["DUE", "SET", "SCHEDULE", "SLATE", "POISE"]

    /// Mode from auxiliaries and the governing verb.
    func mode(_ v: Int) -> String {
        for c in s.children[v] where s.deprels[c] == "aux" {
            switch s.lemmas[c] {
            case "WILL", "SHALL", "'LL": return "future"
            case "COULD", "MIGHT", "MAY", "WOULD", "SHOULD", "CAN": return "hypothetical"
            default: break
            }
        }
        var h = s.heads[v]
        var rel = s.deprels[v]
        // "is due to meet", "is set to visit", "is scheduled to sign" (the parser may take the
        // infinitive for an adverbial clause or a clausal subject)
        if h >= 0, ["xcomp", "advcl", "csubj"].contains(rel), s.lemma(h, in: Self.futureFrames),
            s.children[v].contains(where: { s.words[$0] == "TO" && s.deprels[$0] == "mark" })
        {
            return "future"
        }
        var steps = 0
        while h >= 0 && steps < 4 {
            guard rel == "xcomp" || rel == "ccomp" else { break }
            do {
                switch s.lemmas[h] {
                case "DEMAND", "URGE", "CALL", "ASK", "INSIST", "APPEAL", "PRESS": return "demanded"
                case "SAY", "TELL", "REPORT", "CLAIM", "ANNOUNCE", "STATE", "ADD": return "reported"
                case "PLAN", "INTEND", "EXPECT", "AGREE", "PROMISE", "VOW", "PLEDGE": return "future"
                case "THREATEN", "WANT", "HOPE", "SEEK", "TRY", "WEIGH", "CONSIDER", "MULL", "CONTEMPLATE", "DEBATE",
                    "DISCUSS", "PROPOSE", "OFFER":
                    return "hypothetical"
                default: break
                }
            }
            rel = s.deprels[h]
            h = s.heads[h]
            steps += 1
        }
        return "asserted"
    }
}
