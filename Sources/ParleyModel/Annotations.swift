/// A named entity mention.
public struct Entity: Codable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    /// `PERSON`, `ORG`, `LOC`, `GPE`, `NORP`.
    public var type: String
    /// Full name after linking within the article ("Kerry" → "John Kerry").
    public var canonical: String?
    /// CAMEO actor code when the dictionaries know the entity ("USAGOV").
    public var actor: String?

    public init(
        text: String, start: Int, end: Int, type: String, canonical: String? = nil,
        actor: String? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.canonical = canonical
        self.actor = actor
    }
}

/// An event participant: the words in the text and the actor code they resolve to.
public struct Participant: Codable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public var actor: String?
    /// Full name when the words were a pronoun or surname resolved elsewhere in the article.
    public var canonical: String?

    public init(text: String, start: Int, end: Int, actor: String?, canonical: String? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.actor = actor
        self.canonical = canonical
    }
}

/// PLOVER labels derived from the CAMEO code.
public struct PloverLabel: Codable, Sendable, Equatable {
    public var type: String
    public var mode: String?
    public var context: String?

    public init(type: String, mode: String? = nil, context: String? = nil) {
        self.type = type
        self.mode = mode
        self.context = context
    }
}

/// Why an event was coded: the verb and the rule that matched.
public struct Evidence: Codable, Sendable, Equatable {
    public var verb: TextSpan
    public var rule: String

    public init(verb: TextSpan, rule: String) {
        self.verb = verb
        self.rule = rule
    }
}

/// Another place in the article where the same event is reported.
public struct EventMention: Codable, Sendable, Equatable {
    public var sentence: Int
    public var verb: TextSpan

    public init(sentence: Int, verb: TextSpan) {
        self.sentence = sentence
        self.verb = verb
    }
}

/// A coded political event: source — action — target.
public struct Event: Codable, Sendable, Equatable {
    public var id: String
    public var sentence: Int
    public var source: Participant?
    public var target: Participant?
    /// CAMEO event code, e.g. "042".
    public var code: String
    /// CAMEO root (first two digits).
    public var root: String
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quadClass: Int
    public var goldstein: Double
    public var plover: PloverLabel?
    /// `YYYY-MM-DD` (or a coarser TIMEX3 value) of the event.
    public var date: String?
    /// `stated` when the sentence gives the date, `report` when it is the publication date.
    public var dateBasis: String?
    /// Name of the place the sentence gives for the event.
    public var place: String?
    public var negated: Bool
    /// `asserted`, `future`, `hypothetical`, `demanded`, `reported`.
    public var mode: String
    public var evidence: Evidence
    /// Further reports of the same event in the article.
    public var mentions: [EventMention]

    enum CodingKeys: String, CodingKey {
        case id, sentence, source, target, code, root
        case quadClass = "quad_class"
        case goldstein, plover, date
        case dateBasis = "date_basis"
        case place, negated, mode, evidence, mentions
    }

    public init(
        id: String, sentence: Int, source: Participant?, target: Participant?, code: String,
        root: String, quadClass: Int, goldstein: Double, plover: PloverLabel?, date: String? = nil,
        dateBasis: String? = nil, place: String? = nil, negated: Bool = false,
        mode: String = "asserted", evidence: Evidence, mentions: [EventMention] = []
    ) {
        self.id = id
        self.sentence = sentence
        self.source = source
        self.target = target
        self.code = code
        self.root = root
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.plover = plover
        self.date = date
        self.dateBasis = dateBasis
        self.place = place
        self.negated = negated
        self.mode = mode
        self.evidence = evidence
        self.mentions = mentions
    }
}

/// Who said a quote.
public struct Speaker: Codable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public var canonical: String?
    public var actor: String?

    public init(text: String, start: Int, end: Int, canonical: String? = nil, actor: String? = nil)
    {
        self.text = text
        self.start = start
        self.end = end
        self.canonical = canonical
        self.actor = actor
    }
}

/// A quoted passage and its speaker.
public struct Quote: Codable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public var sentence: Int
    public var speaker: Speaker?
    /// `direct`, `partial`, `indirect` (reported speech or belief) or `stance` (a position
    /// attributed without reported words: "wants to …", "called for …", "criticized …").
    public var kind: String
    /// The attribution verb or phrase ("said", "according to").
    public var cue: TextSpan?
    /// When and where the attribution says the words were spoken, if stated.
    public var time: String?
    public var place: String?

    public init(
        text: String, start: Int, end: Int, sentence: Int, speaker: Speaker?,
        kind: String = "direct", cue: TextSpan? = nil, time: String? = nil, place: String? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.speaker = speaker
        self.kind = kind
        self.cue = cue
        self.time = time
        self.place = place
    }
}

/// A time expression normalized TIMEX3-style.
public struct TimeExpression: Codable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    public var type: String
    /// TIMEX3 value: "2016-02-11", "2016-W05", "P5Y", "PRESENT_REF" …
    public var value: String

    public init(text: String, start: Int, end: Int, type: String, value: String) {
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.value = value
    }
}

/// A place name resolved against the gazetteer.
public struct Place: Codable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public var name: String
    /// ISO 3166-1 alpha-2.
    public var country: String?
    public var admin1: String?
    public var lat: Double?
    public var lon: Double?
    public var geonamesId: Int?
    /// `country`, `city`, `region`, `border`, …
    public var feature: String

    enum CodingKeys: String, CodingKey {
        case text, start, end, name, country, admin1, lat, lon
        case geonamesId = "geonames_id"
        case feature
    }

    public init(
        text: String, start: Int, end: Int, name: String, country: String?, admin1: String?,
        lat: Double?, lon: Double?, geonamesId: Int?, feature: String
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.name = name
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.geonamesId = geonamesId
        self.feature = feature
    }
}
