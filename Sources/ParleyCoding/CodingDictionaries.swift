/// Everything the coder needs: actors, agents, verbs and discards, compiled into one form
/// whichever front-end (Parley's own files or PETRARCH's) they were read from.
public struct CodingDictionaries: Sendable {
    public var actors: PhraseTable
    public var agents: PhraseTable
    public var verbs: VerbDictionary
    /// Phrases that discard a sentence (`story == false`) or a whole story.
    public var discards: [(words: [String], story: Bool)]
    /// Whether a role word used as an adjective ("official news agency") is an agent, as in
    /// PETRARCH; Parley's own dictionaries say no ("military exercise" names no one).
    public var adjectiveAgents = true
    /// Whether an actor code that already names a sector or group keeps it under a role word
    /// ("Islamic State militants" stays IMGMOSISI, not IMGMOSISIREB); PETRARCH appends.
    public var specificActorsKeepCode = false
    /// Role words that mark a person ("President", "Minister") for pronoun resolution.
    public var personAgents: Set<String>

    public init(
        actors: PhraseTable = PhraseTable(), agents: PhraseTable = PhraseTable(),
        verbs: VerbDictionary = VerbDictionary(), discards: [(words: [String], story: Bool)] = []
    ) {
        self.actors = actors
        self.agents = agents
        self.verbs = verbs
        self.discards = discards
        self.personAgents = [
            "PRESIDENT", "MINISTER", "CHANCELLOR", "SECRETARY", "SPOKESMAN", "SPOKESWOMAN", "LEADER",
            "KING", "QUEEN", "PREMIER", "AMBASSADOR", "ENVOY", "GENERAL", "OFFICIAL", "MAYOR",
        ]
    }

    /// Merges `other` into these dictionaries (later entries add codes to equal phrases).
    public mutating func merge(_ other: CodingDictionaries) {
        for e in other.actors.entries { actors.add(e) }
        for e in other.agents.entries { agents.add(e) }
        discards += other.discards
        actors.finish()
        agents.finish()
    }
}
