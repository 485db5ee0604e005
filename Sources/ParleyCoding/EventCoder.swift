import ParleyModel
import ParleyText

/// The coding stage: actors on entities and quote speakers, then events on each parsed
/// sentence, with CAMEO, PLOVER, evidence, date and place; repeated reports merged.
public struct EventCoder: DocumentStage {
    public let name = "coder"
    public let matcher: EventMatcher
    public let cameo: CameoTable
    public var dictionaries: CodingDictionaries { matcher.dictionaries }

    public init(dictionaries: CodingDictionaries, cameo: CameoTable, options: CodingOptions = CodingOptions()) {
        var options = options
        options.requireDyad = false
        if options.targetPrepositions == nil {
            options.targetPrepositions = [
                "WITH", "TO", "AGAINST", "ON", "AT", "FOR", "FROM", "OF", "OVER", "TOWARD", "TOWARDS", "UPON", "BETWEEN",
                "ABOUT",
            ]
        }
        self.matcher = EventMatcher(dictionaries: dictionaries, options: options)
        self.cameo = cameo
    }

    /// Parley's own dictionaries and tables shipped as resources.
    public static func loadShipped() throws -> EventCoder {
        let d = try ShippedDictionaries.load()
        return EventCoder(dictionaries: d, cameo: try ShippedDictionaries.cameo())
    }

    /// PETRARCH dictionaries from a folder (`--dictionaries DIR`), with the shipped CAMEO table.
    public static func loadPetrarch(directory: String) throws -> EventCoder {
        EventCoder(
            dictionaries: try PetrarchDictionaryFiles.load(directory: directory), cameo: try ShippedDictionaries.cameo())
    }

    /// Event roots that make sense without a target: appeals, intentions, demands, threats,
    /// protests and force postures. Statements without a target are not events.
    static let untargetedRoots: Set<String> = ["02", "03", "10", "13", "14", "15"]

    /// Uses of force: coerce (17) is not among them, assault, fight and mass violence are.
    static let violentRoots: Set<String> = ["18", "19", "20"]
    static func isViolent(_ code: String?) -> Bool { code.map { violentRoots.contains(String($0.prefix(2))) } ?? false }

    /// "said", "declined to comment": reporting, not events between actors.
    static let bareStatements: Set<String> = ["010", "011"]

    /// Generic intent ("plans to", "agreed to", "intends to") says something only with a target:
    /// without one it is mostly a company's or a ministry's plans; a "warning" with no one
    /// warned ("the UN warned that exports fell") is a statement, not a threat.
    static let targetRequired: Set<String> = ["030", "130"]

    /// ISO alpha-2 (place countries) to CAMEO country codes.
    static let alpha2: [String: String] = {
        var table: [String: String] = [:]
        guard let text = try? ShippedDictionaries.resource("country-codes") else { return table }
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: " ")
            if f.count == 2 { table[String(f[0])] = String(f[1]) }
        }
        return table
    }()

    /// The one country the places of sentence `si` lie in, as a CAMEO code.
    static func placeCountry(_ d: Document, _ si: Int) -> String? {
        let span = d.sentences[si]
        // A town or province named in the sentence is where it happens, even beside another
        // country's name ("stormed the Saudi embassy in Tehran"); otherwise any one country.
        for localOnly in [true, false] {
            var found: String?
            var mixed = false
            for p in d.places where p.start >= span.start && p.end <= span.end && (!localOnly || p.feature != "country") {
                guard let c = p.country.flatMap({ alpha2[$0] }) else { continue }
                if found != nil && found != c { mixed = true }
                found = c
            }
            if mixed { return nil }
            if let found { return found }
        }
        return nil
    }

    /// A countryless actor ("rebels", "gunmen") placed in the country where the sentence
    /// happens ("ambushed a convoy near Goma" → COD).
    static func located(_ code: String?, _ country: String?) -> String? {
        guard let code, code.hasPrefix("---"), let country else { return nil }
        return country + code.dropFirst(3)
    }

    /// A countryless state organ ("troops", "officials") acted on by a state or state actor.
    static func isOwnOrgan(_ target: String, of source: String) -> Bool {
        guard target.hasPrefix("---"), !source.hasPrefix("---"), !ActorMemory.organizations.contains(String(source.prefix(3))) else { return false }
        return ["GOV", "MIL", "COP", "SPY"].contains(String(target.dropFirst(3).prefix(3)))
    }

    /// One side is a bare country and the other an organ of that state (RUSGOV and RUS);
    /// its people ("Iran arrested protesters", IRN and IRNOPP) are someone else.
    static func isSelf(_ a: String, _ b: String) -> Bool {
        guard a.count != b.count, a.count == 3 || b.count == 3, a.prefix(3) == b.prefix(3),
            !ActorMemory.organizations.contains(String(a.prefix(3)))
        else { return false }
        let organ = a.count == 3 ? b : a
        return ["GOV", "MIL", "COP", "SPY", "LEG", "JUD"].contains(String(organ.dropFirst(3).prefix(3)))
    }

    /// The target phrase is owned by a possessive pronoun and names the source's own country.
    static func isReflexive(_ e: CodedEvent, _ s: CodingSentence) -> Bool {
        guard let t = e.targetToken, let src = e.source, let tgt = e.target, t < s.count,
            src.prefix(3) == tgt.prefix(3), !src.hasPrefix("---")
        else { return false }
        return s.children[t].contains { s.fullDeprels[$0] == "nmod:poss" && s.upos[$0] == "PRON" }
    }

    /// "---GOV" on "its embassy": the country of the actor the possessive pronoun resolves to.
    static func possessed(
        _ code: String?, _ token: Int?, _ s: CodingSentence, resolve: (Int) -> (code: String, token: Int)?
    ) -> String? {
        guard let code, code.hasPrefix("---"), let t = token, t < s.count else { return nil }
        for d in s.children[t] where s.fullDeprels[d] == "nmod:poss" && s.upos[d] == "PRON" {
            guard let r = resolve(d)?.code, r.count >= 3 else { continue }
            let country = String(r.prefix(3))
            if country == "---" || ActorMemory.organizations.contains(country) { continue }
            return country + code.dropFirst(3)
        }
        return nil
    }

    /// The actor of a "to", "in" or "from" phrase on a state organ ("its ambassador to Colombia",
    /// "its troops from Mali").
    static func posting(of t: Int, _ s: CodingSentence, _ actors: SentenceActors) -> (code: String, token: Int)? {
        guard t < s.count else { return nil }
        for d in s.children[t] where s.deprels[d] == "nmod" && ["TO", "IN", "FROM"].contains(s.preposition(of: d) ?? "") {
            if let c = actors.code(s, d) { return (c, d) }
        }
        return nil
    }

    static func dateInt(_ s: String?) -> Int? {
        guard let s, s.count >= 10 else { return nil }
        return Int(s.prefix(10).filter { $0 != "-" })
    }

    public func process(_ document: inout Document) throws {
        let date = Self.dateInt(document.metadata.date) ?? 99_991_231
        labelEntities(&document, date: date)
        var memory = ActorMemory()
        var events: [Event] = []
        let snapshot = document
        for si in document.sentences.indices {
            guard let s = CodingSentence(document: document, sentence: si) else { continue }
            // One actor match per sentence serves the matcher, the pronouns and the memory.
            let sentenceActors = SentenceActors(s, dictionaries, date: date)
            let found = matcher.code(s, date: date, actors: sentenceActors) { sentence, t in
                memory.resolve(sentence, t, document: snapshot, coder: self, date: date, actors: sentenceActors)
            }
            memory.count(sentenceActors)
            let here = found.isEmpty ? nil : Self.placeCountry(document, si)
            for var e in found {
                // "government forces": the country the article is about
                let (source, target) = (e.source, e.target)
                // The source's own troops or officials are its instrument, not its target
                // ("Kenya deployed troops"), as is what "its" points back to ("Iraq condemned
                // the attack on its embassy"); but force is used on someone else's ("Israeli
                // jets struck a military base near Damascus").
                let violent = Self.isViolent(e.code)
                if let t = target, let src = source, !violent && Self.isOwnOrgan(t, of: src) || Self.isReflexive(e, s) {
                    // "recalled its ambassador to Colombia": where the organ is posted is the target
                    let posted = e.targetToken.flatMap { Self.posting(of: $0, s, sentenceActors) }
                    e.target = posted?.code
                    e.targetToken = posted?.token
                }
                // "stormed its embassy": the possessor a pronoun points back to gives the country;
                // the other side is then not assumed to share it
                let owned = Self.possessed(e.target, e.targetToken, s) { memory.resolve(s, $0, document: snapshot, coder: self, date: date, actors: sentenceActors) }
                if let owned { e.target = owned }
                // Force says nothing of its author's country: "gunmen kidnapped two Italian
                // engineers in southern Libya" are placed in Libya before they are taken for
                // Italians; peaceful acts keep the other side's country first.
                let other = owned == nil ? target : nil
                e.source = violent
                    ? Self.located(source, here) ?? memory.fillCountry(source, other: other, sentence: sentenceActors)
                    : memory.fillCountry(source, other: other, sentence: sentenceActors) ?? Self.located(source, here)
                if violent, let placed = Self.located(e.target, here) {
                    e.target = placed
                } else {
                    // "Turkey backs the rebels", "sent aid to refugees": the one supported or
                    // aided is not the supporter's own
                    let sponsored = (e.code.hasPrefix("07") || e.code.hasPrefix("052") || e.code.hasPrefix("053"))
                        && !(source?.hasPrefix("---") ?? true)
                    let filled = sponsored
                        ? memory.fillCountry(e.target, other: nil, sentence: sentenceActors, excluding: source.map { String($0.prefix(3)) })
                        : memory.fillCountry(e.target, other: source, sentence: sentenceActors)
                    e.target = filled ?? Self.located(e.target, here)
                }
                guard e.source != nil, !Self.bareStatements.contains(e.code) else { continue }
                if e.target == nil && (!Self.untargetedRoots.contains(String(e.code.prefix(2))) || Self.targetRequired.contains(e.code)) { continue }
                if e.source == e.target { continue }
                // "The Kremlin rejected accusations that Russia meddled": a state and its own
                // organ on the two sides is no event between actors, unless force is used
                // ("the Syrian army shelled Homs")
                if !violent, let a = e.source, let b = e.target, Self.isSelf(a, b) { continue }
                merge(makeEvent(e, s, si, snapshot), into: &events)
            }
            memory.remember(s, sentenceActors, dictionaries)
        }
        for i in events.indices { events[i].id = "e\(i + 1)" }
        document.events = events
    }

    /// Actor code of a name ("John Kerry", "the Syrian army") by dictionary lookup.
    public func actorCode(of name: String, date: Int) -> String? {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String($0).uppercased() }
        guard !words.isEmpty else { return nil }
        let s = CodingSentence(
            words: words, lemmas: words, upos: Array(repeating: "PROPN", count: words.count),
            heads: (0..<words.count).map { $0 == words.count - 1 ? -1 : words.count - 1 },
            deprels: (0..<words.count).map { $0 == words.count - 1 ? "root" : "compound" },
            starts: Array(repeating: 0, count: words.count), ends: Array(repeating: 0, count: words.count))
        return SentenceActors(s, dictionaries, date: date).code(s, words.count - 1)
    }

    func labelEntities(_ doc: inout Document, date: Int) {
        // An article names the same people again and again: each name is looked up once.
        var known: [String: String?] = [:]
        func code(_ name: String) -> String? {
            if let c = known[name] { return c }
            let c = actorCode(of: name, date: date)
            known[name] = c
            return c
        }
        for i in doc.entities.indices where doc.entities[i].actor == nil {
            let e = doc.entities[i]
            doc.entities[i].actor = code(e.canonical ?? e.text) ?? code(e.text)
        }
        for i in doc.quotes.indices {
            guard let sp = doc.quotes[i].speaker, sp.actor == nil else { continue }
            doc.quotes[i].speaker?.actor = code(sp.canonical ?? sp.text) ?? code(sp.text)
        }
    }
}
