import ParleyText

/// Actors seen so far in an article, for resolving pronouns ("he", "they", "it").
///
/// The article stage's `Document.references` are used first; otherwise a personal pronoun
/// takes the most recent person actor and "it"/"they" the most recent group actor.
struct ActorMemory {
    var lastPerson: (code: String, token: Int)?
    var lastGroup: (code: String, token: Int)?
    /// Sentences since each was last named: a pronoun reaches back at most two sentences.
    var personAge = Int.max
    var groupAge = Int.max
    /// Mentions of each country code so far, for agents without a country.
    var countries: [String: Int] = [:]

    static let personal: Set<String> = ["HE", "SHE", "HIM", "HER", "HIS"]
    static let group: Set<String> = ["IT", "THEY", "THEM", "ITS", "THEIR"]

    func resolve(
        _ s: CodingSentence, _ t: Int, document: Document, coder: EventCoder, date: Int, actors: SentenceActors? = nil
    ) -> (code: String, token: Int)? {
        let docToken = s.firstToken + t
        if s.upos[t] != "PRON" { return Self.place(docToken, t, document) }
        // The sentence's actor matches (the caller's, else made once and only when a rule
        // below needs them).
        var made = actors
        func sentenceActors() -> SentenceActors {
            if let made { return made }
            let a = SentenceActors(s, coder.dictionaries, date: date)
            made = a
            return a
        }
        let wantPerson = Self.personal.contains(s.words[t])
        // "Pakistan's army said it killed …": the subject of the reporting verb is the one
        // who speaks of itself, before any nearer name inside that subject ("Pakistan").
        if let speaker = Self.reportingSubject(s, t, sentenceActors, coder.dictionaries, wantPerson: wantPerson) {
            return (speaker, t)
        }
        for r in document.references where r.tokens.contains(docToken) {
            if let c = coder.actorCode(of: r.canonical, date: date) { return (c, t) }
        }
        let local = sentenceActors()
        // an actor earlier in the same sentence ("Arnor said it would ...")
        // A possessive or subject pronoun prefers a subject before it over a nearer object
        // ("Saudi Arabia cut ties with Iran after protesters stormed its embassy"); an object
        // pronoun prefers a non-subject, as it rarely is its own clause's subject ("Venezuela
        // expelled two American diplomats, accusing them"); else the nearest actor.
        let objectPronoun = ["obj", "iobj"].contains(s.deprels[t])
        var best: (String, Int)?
        var preferred: (String, Int)?
        for (anchor, a) in local.actorAt where anchor < t {
            let person = coder.dictionaries.actors.entries[a.entry].isPerson
            if person == wantPerson || !wantPerson && !Self.group.contains(s.words[t]) {
                if best == nil || anchor > best!.1 { best = (a.code, anchor) }
                if s.deprels[anchor].hasPrefix("nsubj") != objectPronoun, preferred == nil || anchor > preferred!.1 {
                    preferred = (a.code, anchor)
                }
            }
        }
        if let b = preferred ?? best { return (b.0, t) }
        if wantPerson, personAge <= 2, let p = lastPerson { return (p.code, t) }
        // "it" is too often expletive to reach across sentences; "they" only to the previous one
        if ["THEY", "THEM", "THEIR"].contains(s.words[t]), groupAge <= 1, let g = lastGroup { return (g.code, t) }
        return nil
    }

    static let reportingVerbs: Set<String> = [
        "SAY", "TELL", "ANNOUNCE", "CLAIM", "STATE", "ADD", "INSIST", "DECLARE", "REPORT", "CONFIRM", "DENY",
        "ADMIT", "ACKNOWLEDGE", "WARN", "VOW", "PLEDGE", "PROMISE", "THREATEN",
    ]

    /// The actor of the subject of a reporting verb whose clausal complement has pronoun `t` as
    /// its subject ("X said it would", "X warned they could"), when the kinds agree.
    static func reportingSubject(
        _ s: CodingSentence, _ t: Int, _ actors: () -> SentenceActors, _ d: CodingDictionaries, wantPerson: Bool
    ) -> String? {
        guard s.deprels[t].hasPrefix("nsubj") else { return nil }
        let v = s.heads[t]
        guard v >= 0, s.deprels[v] == "ccomp" else { return nil }
        let h = s.heads[v]
        guard h >= 0, reportingVerbs.contains(s.lemmas[h]) else { return nil }
        let local = actors()
        for c in s.dependents(h, "nsubj") {
            guard let code = local.code(s, c) else { continue }
            let person = local.actorAt[c].map { d.actors.entries[$0.entry].isPerson } ?? false
            let role = SentenceActors.postNouns.contains(s.lemmas[c])
            if wantPerson ? person || role : !person && !(role && s.words[t].hasPrefix("IT")) { return code }
        }
        return nil
    }

    /// A town or region named as a participant ("shelled Kharkiv", "the siege of El Fasher")
    /// stands for its country, as a bare country code.
    static func place(_ docToken: Int, _ t: Int, _ document: Document) -> (code: String, token: Int)? {
        guard docToken < document.tokens.count else { return nil }
        let token = document.tokens[docToken]
        for p in document.places where p.start <= token.start && token.end <= p.end && p.feature != "country" {
            if let c = p.country.flatMap({ EventCoder.alpha2[$0] }) { return (c, t) }
        }
        return nil
    }

    mutating func count(_ actors: SentenceActors) {
        for a in actors.actorAt.values {
            let c = String(a.code.prefix(3))
            if c.count == 3, !Self.organizations.contains(c), c != "---" { countries[c, default: 0] += 1 }
        }
    }

    /// "---MIL" → "SYRMIL": the country of a bare-country participant of the same event
    /// ("government forces encircled Aleppo"), else the sentence's most named country when
    /// one dominates; nil when nothing decides (the article's main country proved too loose).
    /// `excluding`: a country the actor is known not to belong to (a sponsor's, for the one it
    /// backs or aids).
    func fillCountry(_ code: String?, other: String?, sentence: SentenceActors, excluding: String? = nil) -> String? {
        guard let code, code.hasPrefix("---") else { return code }
        if let o = other, o.count == 3, !o.hasPrefix("---"), !Self.organizations.contains(o) {
            return o + code.dropFirst(3)
        }
        var local: [String: Int] = [:]
        for a in sentence.actorAt.values {
            let c = String(a.code.prefix(3))
            if c.count == 3, !Self.organizations.contains(c), c != "---", c != excluding { local[c, default: 0] += 1 }
        }
        for table in [local] {
            let ranked = table.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
            if let best = ranked.first, ranked.count == 1 || ranked[1].value < best.value {
                return best.key + code.dropFirst(3)
            }
        }
        return nil
    }

    static let organizations: Set<String> = ["IGO", "NGO", "IMG", "MNC"]

    mutating func remember(_ s: CodingSentence, _ actors: SentenceActors, _ d: CodingDictionaries) {
        personAge = personAge == Int.max ? personAge : personAge + 1
        groupAge = groupAge == Int.max ? groupAge : groupAge + 1
        for anchor in actors.actorAt.keys.sorted() {
            let a = actors.actorAt[anchor]!
            if d.actors.entries[a.entry].isPerson {
                lastPerson = (a.code, anchor)
                personAge = 0
            } else if s.deprels[anchor] == "nsubj" {
                lastGroup = (a.code, anchor)
                groupAge = 0
            }
        }
    }
}
