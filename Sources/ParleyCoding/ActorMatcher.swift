/// Actor and agent mentions of one sentence, and the actor code of each noun phrase head.
struct SentenceActors {
    /// Actor dictionary match anchored at a token (the phrase head).
    var actorAt: [Int: (code: String, entry: Int, range: Range<Int>)] = [:]
    var agentAt: [Int: (code: String, range: Range<Int>)] = [:]
    /// Anchors of actor matches that are people (dated person entries).
    var people: Set<Int> = []
    var keepSpecific = false

    static let modifierRels: Set<String> = [
        "compound", "amod", "nmod:poss", "flat", "flat:name", "name", "nn", "det", "nummod", "nmod:desc",
    ]

    /// A modifier of a name: the relations above, or a nominal without a preposition, which
    /// parsers produce for titles and names ("Deputy Prime Minister Telemar").
    static func isModifier(_ s: CodingSentence, _ d: Int) -> Bool {
        if modifierRels.contains(s.fullDeprels[d]) || s.deprels[d] == "compound" { return true }
        return s.fullDeprels[d] == "nmod" && s.upos[d] == "PROPN" && s.preposition(of: d) == nil
    }

    /// Missions abroad: "in X" names where they are, not whose they are.
    static let missionNouns: Set<String> = ["EMBASSY", "EMBASSIES", "CONSULATE", "CONSULATES", "MISSION", "AMBASSADOR", "ENVOY"]

    /// Units and posts that are military unless a modifier names another sector ("an Israeli
    /// patrol" ISRMIL, "a police patrol" COP).
    static let militaryUnits: Set<String> = ["PATROL", "OUTPOST", "GARRISON", "BARRACKS", "AIRBASE"]

    static let postNouns: Set<String> = [
        "LEADER", "LEADERS", "OFFICIAL", "OFFICIALS", "COMMANDER", "COMMANDERS", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON",
    ]

    /// Units, posts and equipment that stand for the people in them ("attacked a military
    /// convoy", "shelled army positions").
    static let unitNouns: Set<String> = [
        "CONVOY", "POSITION", "BASE", "PATROL", "CHECKPOINT", "POST", "OUTPOST", "VEHICLE", "AIRCRAFT", "HELICOPTER",
        "PLANE", "JET", "SHIP", "VESSEL", "CAMP", "HEADQUARTERS", "INSTALLATION", "FACILITY", "UNIT", "BARRACKS",
        "GARRISON", "AIRBASE", "AIRFIELD", "DRONE", "TANK", "STATION", "TARGET",
    ]

    init(_ s: CodingSentence, _ dicts: CodingDictionaries, date: Int) {
        keepSpecific = dicts.specificActorsKeepCode
        var i = 0
        let n = s.count
        // Lemmas match names only for nouns and adjectives: "banning" is not "Ban" (Ki-moon).
        var alt = s.lemmas
        for k in 0..<n where s.upos[k] == "VERB" || s.upos[k] == "AUX" { alt[k] = s.words[k] }
        while i < n {
            if s.upos[i] == "PUNCT" {
                i += 1
                continue
            }
            let actor = dicts.actors.longestMatch(s.words, alt, at: i, capitalized: s.capitalized)
            var agent = dicts.agents.longestMatch(s.words, alt, at: i)
            // "military exercise": a role word used as an adjective names no one
            // unless it modifies a unit or post of that sector ("a military convoy")
            if !dicts.adjectiveAgents, let g = agent, g.length == 1, s.upos[i] == "ADJ" && s.deprels[i] == "amod",
                !(s.heads[i] >= 0 && Self.unitNouns.contains(s.lemmas[s.heads[i]]))
            {
                agent = nil
            }
            if let a = actor, a.length >= (agent?.length ?? 0),
                let code = dicts.actors.entries[a.entry].code(on: date)
            {
                let r = i..<(i + a.length)
                let anchor = Self.anchor(s, r)
                // "the Sea of Japan", "the Gulf of Mexico": a body of water named after a
                // country is a place, not that country
                if Self.namesWater(s, anchor) {
                    i += a.length
                    continue
                }
                actorAt[anchor] = (code, a.entry, r)
                if dicts.actors.entries[a.entry].isPerson { people.insert(anchor) }
                i += a.length
            } else if let g = agent, let code = dicts.agents.entries[g.entry].codes.first?.code {
                let r = i..<(i + g.length)
                agentAt[Self.anchor(s, r)] = (code, r)
                i += g.length
            } else {
                if let code = Self.leaderCode(s.words[i], dicts, date: date) { actorAt[i] = (code.code, code.entry, i..<(i + 1)) }
                i += 1
            }
        }
    }

    static let waterNouns: Set<String> = ["SEA", "GULF", "BAY", "STRAIT", "STRAITS", "OCEAN", "CHANNEL", "LAKE"]

    /// Whether token `t` is the "of" name of a capitalized body of water ("Sea of Japan").
    static func namesWater(_ s: CodingSentence, _ t: Int) -> Bool {
        let h = s.heads[t]
        return h >= 0 && s.upos[h] == "PROPN" && waterNouns.contains(s.words[h]) && s.preposition(of: t) == "OF"
    }

    /// Endings that make a name the owner or leader of what the word describes.
    static let ownerSuffixes = ["-LED", "-FLAGGED", "-OWNED", "-REGISTERED", "-OPERATED", "-RUN", "-CONTROLLED"]

    /// "Saudi-led", "U.S.-led", "British-flagged", "Iranian-owned": the actor that leads or
    /// owns a force, a ship or a firm codes it (the described noun's own actor, if any, still
    /// wins: it is the phrase head). "-backed" names a sponsor and "-made" a maker, not the
    /// actor, and are left alone.
    static func leaderCode(_ word: String, _ dicts: CodingDictionaries, date: Int) -> (code: String, entry: Int)? {
        guard word.utf8.count > 5, let suffix = ownerSuffixes.first(where: { word.hasSuffix($0) }), word.utf8.count > suffix.utf8.count
        else { return nil }
        let leader = [String(word.dropLast(suffix.count))]
        guard let m = dicts.actors.longestMatch(leader, leader, at: 0), let code = dicts.actors.entries[m.entry].code(on: date)
        else { return nil }
        return (code, m.entry)
    }


    /// The token of `range` whose head lies outside it (the phrase head).
    static func anchor(_ s: CodingSentence, _ range: Range<Int>) -> Int {
        // A misparsed name may have several words headed outside it; the one that carries the
        // phrase's relation (not a name-internal flat/compound) is its head.
        var outside = -1
        for t in range.reversed() where !range.contains(s.heads[t]) {
            if s.deprels[t] != "flat" && s.deprels[t] != "compound" { return t }
            if outside < 0 { outside = t }
        }
        return outside >= 0 ? outside : range.upperBound - 1
    }

    /// Combines a country/group code with an agent code such as `~GOV` or `NGO~`.
    static func combine(_ actor: String?, _ agent: String?, keepSpecific: Bool = false) -> String? {
        guard let agent else { return actor }
        if keepSpecific, let actor, actor.count >= 6, !agent.hasSuffix("~") { return actor }
        let bare = agent.replacingTilde()
        if agent.hasSuffix("~") {
            return bare + (actor ?? "")
        }
        guard let actor else { return "---" + bare }
        // "Israeli troops" where the actor already has this sector: keep it
        if actor.hasSuffix(bare) { return actor }
        return actor + bare
    }

    /// Actor code of the noun phrase headed by `h`: its own match or one on its modifiers.
    func code(_ s: CodingSentence, _ h: Int) -> String? { codes(s, h).first }

    /// Like `code`, but a coordinated modifier yields one code per conjunct
    /// ("Eriadori and Calenardhon leaders").
    func codes(_ s: CodingSentence, _ h: Int) -> [String] {
        var actor = actorAt[h]?.code
        var agent = agentAt[h]?.code
        // "opposition leaders", "rebel commander", "police officials": a role word that
        // names a post in any sector yields to the sector its modifier names
        var generic = agent != nil && (Self.postNouns.contains(s.lemmas[h]) || Self.militaryUnits.contains(s.lemmas[h]))
        var actorToken: Int?
        var stack = s.children[h].filter { Self.isModifier(s, $0) }
        var seen = 0
        while let d = stack.popLast(), seen < 16 {
            seen += 1
            if actor == nil, let a = actorAt[d] {
                actor = a.code
                actorToken = d
            }
            if agent == nil || generic, let g = agentAt[d] {
                agent = g.code
                generic = false
            }
            stack += s.children[d].filter { Self.isModifier(s, $0) }
        }
        if actor == nil, agent != nil {
            // "the government of Gondor", "a minister from Mordor"
            // (but "its embassy in Tehran" is posted there, not Tehran's)
            let posted = Self.missionNouns.contains(s.lemmas[h])
            for d in s.children[h] where s.deprels[d] == "nmod" || s.deprels[d] == "obl" {
                if let p = s.preposition(of: d), p == "OF" || p == "FROM" || p == "IN" && !posted, let a = actorAt[d] {
                    actor = a.code
                    actorToken = d
                    break
                }
            }
        }
        if actor == nil && agent == nil { return [] }
        // A person's government title in the text is newer evidence than a dated entry that
        // ended ("Prime Minister Viktor Orban": the list knows him as HUNELI until 2010).
        if agent == "~GOV", let a = actor, a.count == 6, !a.hasSuffix("GOV"),
            people.contains(h) || actorToken.map({ people.contains($0) }) == true
        {
            actor = String(a.prefix(3))
        }
        var out = [Self.combine(actor, agent, keepSpecific: keepSpecific)!]
        if let t = actorToken {
            for c in s.children[t] where s.deprels[c] == "conj" {
                if let a = actorAt[c], let code = Self.combine(a.code, agent, keepSpecific: keepSpecific) { out.append(code) }
            }
        }
        return out
    }

    /// Whether the actor at `h` is a person entry (for pronoun resolution).
    func isPerson(_ h: Int, _ dicts: CodingDictionaries) -> Bool {
        if let a = actorAt[h] { return dicts.actors.entries[a.entry].isPerson }
        return false
    }
}

extension String {
    func replacingTilde() -> String { filter { $0 != "~" } }
}
