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
        if let c = actors.code(s, t) {
            out.append((c, t))
        } else if s.upos[t] == "PRON", let r = resolve?(s, t) {
            out.append(r)
        } else {
            for a in s.children[t] where s.deprels[a] == "appos" {
                if let c = actors.code(s, a) {
                    out.append((c, a))
                    break
                }
            }
            if out.isEmpty {
                // "leaders of Arnor": an actor in an of-phrase stands for the head
                for d in s.children[t] where s.deprels[d] == "nmod" && s.preposition(of: d) == "OF" {
                    if let c = actors.code(s, d) { out.append((c, d)) }
                }
            }
        }
        for c in s.children[t] where s.deprels[c] == "conj" && s.upos[c] != "VERB" {
            out += participants(c)
        }
        return out
    }

    func isPassive(_ v: Int) -> Bool {
        s.children[v].contains {
            s.fullDeprels[$0] == "nsubjpass" || s.fullDeprels[$0] == "nsubj:pass"
                || s.fullDeprels[$0] == "auxpass" || s.fullDeprels[$0] == "aux:pass"
        }
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
            guard rel == "xcomp" || rel == "conj" || rel == "ccomp" && cur != v || rel == "advcl" || rel == "acl" && s.upos[h] != "NOUN" else {
                if rel == "acl" || rel == "relcl" { return [h] }
                break
            }
            cur = h
            steps += 1
        }
        return []
    }

    /// Objects: direct object first, then prepositional arguments with actors.
    func objects(_ v: Int, excluding: Set<Int>) -> [Int] {
        var out: [Int] = []
        for c in s.children[v] where (s.deprels[c] == "dobj" || s.deprels[c] == "obj" || s.deprels[c] == "iobj") && !excluding.contains(c) {
            if !participants(c).isEmpty { out.append(c) }
        }
        if !out.isEmpty { return out }
        for c in s.children[v] where (s.deprels[c] == "nmod" || s.deprels[c] == "obl") && !excluding.contains(c) {
            if s.fullDeprels[c].hasSuffix("tmod") || s.fullDeprels[c].hasSuffix("agent") { continue }
            if !participants(c).isEmpty { out.append(c); break }
        }
        if !out.isEmpty { return out }
        // the object's own prepositional dependents ("ties with Gondor")
        for c in s.children[v] where s.deprels[c] == "dobj" || s.deprels[c] == "obj" {
            for d in s.children[c] where s.deprels[d] == "nmod" || s.deprels[d] == "obl" {
                if !participants(d).isEmpty { return [d] }
            }
        }
        // "agreed to meet Gondor"
        for c in s.children[v] where s.deprels[c] == "xcomp" && s.upos[c] != "VERB" {
            if !participants(c).isEmpty { return [c] }
        }
        return []
    }

    func negated(_ v: Int) -> Bool {
        s.children[v].contains {
            s.deprels[$0] == "neg" || s.deprels[$0] == "advmod" && (s.words[$0] == "NOT" || s.words[$0] == "N'T" || s.words[$0] == "NEVER")
        }
    }

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
        var steps = 0
        while h >= 0 && steps < 4 {
            if rel == "xcomp" || rel == "ccomp" {
                switch s.lemmas[h] {
                case "DEMAND", "URGE", "CALL", "ASK", "INSIST", "APPEAL", "PRESS": return "demanded"
                case "SAY", "TELL", "REPORT", "CLAIM", "ANNOUNCE", "STATE", "ADD": return "reported"
                case "PLAN", "INTEND", "EXPECT", "AGREE", "PROMISE", "VOW", "PLEDGE": return "future"
                case "THREATEN", "WANT", "HOPE", "SEEK", "TRY": return "hypothetical"
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
