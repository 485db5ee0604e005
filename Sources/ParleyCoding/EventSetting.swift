import ParleyModel
import ParleyText

/// When and where an event happened, read from the dependency tree rather than from
/// whatever date or place the sentence happens to mention first.
///
/// A time or place belongs to an event when the nearest verb above it is the event's verb
/// ("will meet … in Munich on Thursday"), not another clause's ("talks … broke down last
/// week", "talks scheduled for Feb. 25"). An event in a subordinate clause ("said Monday
/// after meeting X in Washington") may inherit the time of the clause that governs it.
extension EventCoder {
    /// Sentence-local tokens covered by the scalar span [start, end).
    func tokens(_ s: CodingSentence, covering start: Int, _ end: Int) -> [Int] {
        (0..<s.count).filter { s.starts[$0] < end && start < s.ends[$0] }
    }

    /// The highest token of a span: the one whose head lies outside it.
    func spanHead(_ s: CodingSentence, _ toks: [Int]) -> Int? {
        let set = Set(toks)
        return toks.first { !set.contains(s.heads[$0]) }
    }

    /// Whether `token` hangs (through nouns, prepositions and modifiers only) from `verb`.
    func isGoverned(_ s: CodingSentence, _ token: Int, by verb: Int) -> Bool {
        var a = token
        var steps = 0
        while a >= 0 && a < s.count && steps < s.count {
            if a == verb { return true }
            if a != token && (s.upos[a] == "VERB" || s.upos[a] == "AUX") { return false }
            a = s.heads[a]
            steps += 1
        }
        return false
    }

    /// The event verb and the verbs of the clauses it depends on (advcl, xcomp, conj), nearest first.
    func governingClauses(_ s: CodingSentence, _ verb: Int) -> [Int] {
        var out = [verb]
        var v = verb
        while out.count < 3, v >= 0, v < s.count, ["advcl", "xcomp", "conj"].contains(s.deprels[v]) {
            let h = s.heads[v]
            guard h >= 0, h < s.count, s.upos[h] == "VERB" else { break }
            out.append(h)
            v = h
        }
        return out
    }

    /// Temporal clauses of `verb` ("blamed Russia when she visited Ankara on Monday").
    func temporalClauses(_ s: CodingSentence, _ verb: Int) -> [Int] {
        s.children[verb].filter { c in
            s.deprels[c] == "advcl" && s.upos[c] == "VERB"
                && s.children[c].contains { m in
                    (s.deprels[m] == "mark" || s.deprels[m] == "advmod")
                        && ["WHEN", "AS", "WHILE", "AFTER", "BEFORE"].contains(s.words[m])
                }
        }
    }

    /// Whether the walk up from `token` reaches the root without passing a verb: a time
    /// the parser left outside every clause applies to the sentence as a whole.
    func isUnattached(_ s: CodingSentence, _ token: Int) -> Bool {
        var a = s.heads[token]
        var steps = 0
        while a >= 0 && a < s.count && steps < s.count {
            if s.upos[a] == "VERB" || s.upos[a] == "AUX" { return false }
            a = s.heads[a]
            steps += 1
        }
        return true
    }

    /// The clauses whose time expressions date the event. A nominal event ("talks",
    /// "encirclement") takes the time of the verb it is an argument of ("talks … broke down
    /// last week"), never one reached through coordination, which for a noun is more often
    /// a misattached phrase than a second clause.
    func datingClauses(_ s: CodingSentence, _ verb: Int) -> [Int] {
        guard s.upos[verb] == "NOUN" || s.upos[verb] == "PROPN" else {
            return governingClauses(s, verb) + temporalClauses(s, verb)
        }
        let h = s.heads[verb]
        let argument = ["nsubj", "nsubj:pass", "obj", "obl", "iobj"].contains(s.deprels[verb])
        guard argument, h >= 0, h < s.count, s.upos[h] == "VERB" else { return [verb] }
        return [verb] + governingClauses(s, h) + temporalClauses(s, h)
    }

    /// The stated date of the event, if the sentence gives one for it.
    func eventDate(_ s: CodingSentence, _ verb: Int, _ sentence: SentenceSpan, _ doc: Document) -> String? {
        let dated: [(value: String, head: Int)] = doc.times.compactMap { t in
            // a calendar value only: "now" (PRESENT_REF) or "recently" date nothing
            guard t.type == "DATE", t.value.first?.isNumber == true, t.start >= sentence.start, t.end <= sentence.end,
                let h = spanHead(s, tokens(s, covering: t.start, t.end))
            else { return nil }
            return (t.value, h)
        }
        for clause in datingClauses(s, verb) {
            if let t = dated.first(where: { isGoverned(s, $0.head, by: clause) }) { return t.value }
        }
        return dated.first { isUnattached(s, $0.head) }?.value
    }

    /// The place of the event: a place governed by its verb, else a city-like target
    /// ("visited Ankara", "encircling Aleppo").
    func eventPlace(
        _ e: CodedEvent, _ s: CodingSentence, _ sentence: SentenceSpan, _ doc: Document,
        source: Participant?, target: Participant?
    ) -> String? {
        let places = doc.places.filter { $0.start >= sentence.start && $0.end <= sentence.end }
        func overlaps(_ p: Place, _ q: Participant?) -> Bool {
            q.map { $0.start < p.end && p.start < $0.end } ?? false
        }
        if let pt = e.placeToken,
            let p = places.first(where: { $0.start < s.ends[pt] && s.starts[pt] < $0.end })
        {
            return p.name
        }
        for p in places where !overlaps(p, source) && !overlaps(p, target) && p.feature != "country" {
            guard let h = spanHead(s, tokens(s, covering: p.start, p.end)) else { continue }
            let prep = s.preposition(of: h) ?? ""
            if ["IN", "AT", "NEAR", "OUTSIDE", "INSIDE"].contains(prep), isGoverned(s, h, by: e.verb) {
                return p.name
            }
        }
        // The visited or attacked city ("visited Ankara", "encircling Aleppo"), or the host;
        // a city named as the other side of talk ("accused Berlin", "urged Moscow") stands for
        // its government and says nothing of where the event took place.
        let root = e.code.prefix(2)
        let reached = ["17", "18", "19", "20"].contains(root) || e.code.hasPrefix("042")
        for q in [reached ? target : nil, e.code.hasPrefix("043") ? source : nil] {
            if let p = places.first(where: { overlaps($0, q) && $0.feature != "country" && $0.feature != "region" }) {
                return p.name
            }
        }
        if let pt = e.placeToken {
            let (a, b) = phraseSpan(s, pt)
            return doc.string(scalars: a, b)
        }
        return nil
    }
}
