import ParleyText

/// Actors seen so far in an article, for resolving pronouns ("he", "they", "it").
///
/// The article stage's `Document.references` are used first; otherwise a personal pronoun
/// takes the most recent person actor and "it"/"they" the most recent group actor.
struct ActorMemory {
    var lastPerson: (code: String, token: Int)?
    var lastGroup: (code: String, token: Int)?

    static let personal: Set<String> = ["HE", "SHE", "HIM", "HER", "HIS"]
    static let group: Set<String> = ["IT", "THEY", "THEM", "ITS", "THEIR"]

    func resolve(
        _ s: CodingSentence, _ t: Int, document: Document, coder: EventCoder, date: Int
    ) -> (code: String, token: Int)? {
        let docToken = s.firstToken + t
        for r in document.references where r.tokens.contains(docToken) {
            if let c = coder.actorCode(of: r.canonical, date: date) { return (c, t) }
        }
        // an actor earlier in the same sentence ("Arnor said it would ...")
        let local = SentenceActors(s, coder.dictionaries, date: date)
        let wantPerson = Self.personal.contains(s.words[t])
        var best: (String, Int)?
        for (anchor, a) in local.actorAt where anchor < t {
            let person = coder.dictionaries.actors.entries[a.entry].isPerson
            if person == wantPerson || !wantPerson && !Self.group.contains(s.words[t]) {
                if best == nil || anchor > best!.1 { best = (a.code, anchor) }
            }
        }
        if let b = best { return (b.0, t) }
        if wantPerson, let p = lastPerson { return (p.code, t) }
        if Self.group.contains(s.words[t]), let g = lastGroup { return (g.code, t) }
        return nil
    }

    mutating func remember(_ s: CodingSentence, _ actors: SentenceActors, _ d: CodingDictionaries) {
        for anchor in actors.actorAt.keys.sorted() {
            let a = actors.actorAt[anchor]!
            if d.actors.entries[a.entry].isPerson {
                lastPerson = (a.code, anchor)
            } else if s.deprels[anchor] == "nsubj" {
                lastGroup = (a.code, anchor)
            }
        }
    }
}
