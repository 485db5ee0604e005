/// An event found in one sentence, before it is turned into the output schema.
public struct CodedEvent: Sendable, Equatable {
    public var source: String?
    public var target: String?
    public var code: String
    /// Sentence-local tokens of the participants' phrase heads and the verb.
    public var sourceToken: Int?
    public var targetToken: Int?
    public var verb: Int
    public var rule: String
    public var negated: Bool
    public var mode: String
    /// A locative phrase of the verb naming a known place ("in Munich"), if any.
    public var placeToken: Int? = nil
}

/// Options that change coding (PETRARCH `<Config>` options map onto these).
public struct CodingOptions: Sendable {
    /// Emit only events with both a source and a target.
    public var requireDyad: Bool = true
    /// Code nominal events ("Assad's encirclement of Aleppo") from the noun table.
    public var nominalEvents: Bool = true
    /// PETRARCH-2 semantics: a negated verb takes its ontology opposite ("didn't clash" → 050)
    /// or codes nothing. Nil: keep the code and mark the event `negated`.
    public var negation: NegationOntology?
    /// Prepositions that may introduce a target ("with", "against"); nil allows any, as
    /// PETRARCH does. Parley's own coding leaves out "in", "into", "after" … which name
    /// places and times, not participants.
    public var targetPrepositions: Set<String>?
    public init(requireDyad: Bool = true, nominalEvents: Bool = true) {
        self.requireDyad = requireDyad
        self.nominalEvents = nominalEvents
    }
}

/// Resolves pronouns to actors named earlier and place names to their countries; supplied by the
/// caller (document context).
public typealias PronounResolver = (_ sentence: CodingSentence, _ token: Int) -> (code: String, token: Int)?

/// The one matcher: verb patterns over a dependency tree, for any dictionary front-end.
public struct EventMatcher: Sendable {
    public let dictionaries: CodingDictionaries
    public var options: CodingOptions

    public init(dictionaries: CodingDictionaries, options: CodingOptions = CodingOptions()) {
        self.dictionaries = dictionaries
        self.options = options
    }

    static let subjectRels: Set<String> = ["nsubj", "nsubjpass", "csubj"]
    static let accusationVerbs: Set<String> = ["ACCUSE", "BLAME", "CHARGE", "SUSPECT", "CONVICT", "INDICT", "ALLEGE"]

    static let denialVerbs: Set<String> = ["DENY"]

    /// A gerund after "of" or "for" on an accusation verb or its object ("accused X of
    /// shelling", "blamed X for attacking"), or the complement of a denial ("denied supplying
    /// weapons", "denied that its jets had bombed the town"): claimed, not asserted.
    static func isAllegedDeed(_ s: CodingSentence, _ v: Int) -> Bool {
        if s.deprels[v] == "xcomp" || s.deprels[v] == "ccomp", s.heads[v] >= 0, s.lemma(s.heads[v], in: denialVerbs) {
            return true
        }
        guard s.deprels[v] == "advcl" || s.deprels[v] == "acl",
            s.children[v].contains(where: { s.deprels[$0] == "mark" && (s.words[$0] == "OF" || s.words[$0] == "FOR") })
        else { return false }
        var h = s.heads[v]
        // "accused separatists of shelling": the parser may hang the clause on the object
        if h >= 0, s.upos[h] != "VERB", s.heads[h] >= 0 { h = s.heads[h] }
        return h >= 0 && s.lemma(h, in: accusationVerbs)
    }

    static let clauseRels: Set<String> = ["advcl", "parataxis", "ccomp", "csubj", "acl", "relcl"]

    /// Codes one sentence; `date` is YYYYMMDD for dated actor codes.
    public func code(
        _ s: CodingSentence, date: Int, resolve: PronounResolver? = nil
    ) -> [CodedEvent] {
        code(s, date: date, actors: SentenceActors(s, dictionaries, date: date), resolve: resolve)
    }

    /// Codes one sentence whose actor matches (for `date`) the caller has made.
    func code(
        _ s: CodingSentence, date: Int, actors: SentenceActors, resolve: PronounResolver?
    ) -> [CodedEvent] {
        let ctx = MatchContext(s: s, actors: actors, matcher: self, resolve: resolve)
        var events: [CodedEvent] = []
        var carriers: Set<Int> = []  // verbs whose event is subsumed by an embedded one
        var byVerb: [Int: [CodedEvent]] = [:]
        for v in 0..<s.count {
            let found: [CodedEvent]
            if s.upos[v] == "VERB" || s.upos[v] == "AUX" && s.deprels[v] != "aux" && s.deprels[v] != "cop" {
                found = ctx.verbEvents(v)
            } else if options.nominalEvents, s.upos[v] == "NOUN" {
                found = ctx.nominalEvents(v)
            } else {
                continue
            }
            if !found.isEmpty { byVerb[v] = found }
        }
        // An embedded clause's event replaces a statement verb above it ("said it would attack").
        for v in byVerb.keys.sorted() {
            var h = s.heads[v]
            var steps = 0
            while h >= 0 && steps < 8 {
                if let outer = byVerb[h], outer.allSatisfy({ $0.code.hasPrefix("01") }),
                    s.deprels[v] == "ccomp" || s.deprels[v] == "xcomp" || s.deprels[v] == "parataxis"
                {
                    carriers.insert(h)
                }
                if s.deprels[v] != "conj" { break }
                h = s.heads[h]
                steps += 1
            }
        }
        // An infinitival complement of a coded verb is part of that event ("called on Gondor to
        // be allowed to leave", "urged all sides to join negotiations").
        var absorbed: Set<Int> = []
        for v in byVerb.keys.sorted() where !carriers.contains(v) {
            var h = s.heads[v]
            var child = v
            var steps = 0
            while h >= 0 && steps < 4 {
                let rel = s.deprels[child]
                let infinitival = rel == "xcomp" || rel == "advcl" && s.children[child].contains { s.words[$0] == "TO" }
                guard infinitival else { break }
                if byVerb[h] != nil && !carriers.contains(h) {
                    absorbed.insert(v)
                    break
                }
                child = h
                h = s.heads[h]
                steps += 1
            }
        }
        // What someone is accused of is their allegation, not an event ("accused separatists of
        // shelling Donetsk": the shelling is not asserted, and its subject is not the accuser).
        for v in byVerb.keys where Self.isAllegedDeed(s, v) { absorbed.insert(v) }
        for v in byVerb.keys.sorted() where !carriers.contains(v) && !absorbed.contains(v) {
            for var e in byVerb[v]! {
                if e.negated, let table = options.negation {
                    guard let c = table.negate(e.code) else { continue }
                    e.code = c
                }
                events.append(e)
            }
        }
        return events
    }
}
