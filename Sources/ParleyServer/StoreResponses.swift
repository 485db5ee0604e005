import ParleyModel
import ParleyStore

/// One page of `GET /v1/documents`.
struct DocumentPage: Codable, Sendable {
    let documents: [DocumentItem]
    let next: String?
}

/// A stored document without its annotations.
struct DocumentItem: Codable, Sendable {
    let id: String
    let title: String?
    let date: String?
    let source: String?
    let url: String?
    let events: Int
    let cluster: String?
    let ingestedAt: String

    enum CodingKeys: String, CodingKey {
        case id, title, date, source, url, events, cluster
        case ingestedAt = "ingested_at"
    }

    init(_ summary: DocumentSummary) {
        id = summary.id
        title = summary.title
        date = summary.date
        source = summary.source
        url = summary.url
        events = summary.events
        cluster = summary.cluster
        ingestedAt = summary.ingestedAt
    }
}

/// One page of `GET /v1/events` in JSON.
struct EventPage: Codable, Sendable {
    let events: [EventRow]
    let next: String?
}

/// A stored event flattened for tables and maps, with its place resolved and its sentence.
struct EventRow: Codable, Sendable {
    let id: String
    let document: String
    let eventId: String
    let date: String?
    let sourceActor: String?
    let sourceText: String?
    let sourceCountry: String?
    let targetActor: String?
    let targetText: String?
    let targetCountry: String?
    let code: String
    let root: String
    let quadClass: Int
    let goldstein: Double
    let plover: String?
    let place: String?
    /// ISO 3166-1 alpha-2 of the event place, when the gazetteer resolved it.
    let country: String?
    let lat: Double?
    let lon: Double?
    let negated: Bool
    let mode: String
    let sentence: String?
    let verb: String
    let rule: String
    let numMentions: Int
    let numSources: Int
    let numArticles: Int
    let url: String?

    enum CodingKeys: String, CodingKey {
        case id, document
        case eventId = "event_id"
        case date
        case sourceActor = "source_actor"
        case sourceText = "source_text"
        case sourceCountry = "source_country"
        case targetActor = "target_actor"
        case targetText = "target_text"
        case targetCountry = "target_country"
        case code, root
        case quadClass = "quad_class"
        case goldstein, plover, place, country, lat, lon, negated, mode, sentence, verb, rule
        case numMentions = "num_mentions"
        case numSources = "num_sources"
        case numArticles = "num_articles"
        case url
    }

    init(_ stored: StoredEvent, document: Output?) {
        let e = stored.event
        let place = e.place.flatMap { name in document?.places.first { $0.name == name || $0.text == name } }
        id = String(stored.rowId)
        self.document = stored.documentId
        eventId = e.id
        date = e.date ?? stored.documentDate
        sourceActor = e.source?.actor
        sourceText = e.source?.text
        sourceCountry = stored.sourceCountry
        targetActor = e.target?.actor
        targetText = e.target?.text
        targetCountry = stored.targetCountry
        code = e.code
        root = e.root
        quadClass = e.quadClass
        goldstein = e.goldstein
        plover = e.plover?.type
        self.place = e.place
        country = place?.country
        lat = place?.lat
        lon = place?.lon
        negated = e.negated
        mode = e.mode
        sentence = document.flatMap { d in d.sentences.indices.contains(e.sentence) ? d.sentences[e.sentence].text : nil }
        verb = e.evidence.verb.text
        rule = e.evidence.rule
        numMentions = stored.numMentions
        numSources = stored.numSources
        numArticles = stored.numArticles
        url = stored.documentUrl
    }
}

/// `GET /v1/actors`.
struct ActorList: Codable, Sendable {
    struct Actor: Codable, Sendable {
        let code: String
        let name: String?
        let events: Int
    }
    let actors: [Actor]
}

/// `GET /v1/stats`: counts by day and quad class, by CAMEO root, and by country pair split
/// into cooperation (quad 1–2) and conflict (quad 3–4).
struct StatsSummary: Codable, Sendable {
    struct Day: Codable, Sendable {
        let day: String
        let quadClass: Int
        let count: Int
        enum CodingKeys: String, CodingKey {
            case day, count
            case quadClass = "quad_class"
        }
    }
    struct Root: Codable, Sendable {
        let root: String
        let count: Int
    }
    struct Pair: Codable, Sendable {
        let source: String
        let target: String
        let count: Int
        let cooperation: Int
        let conflict: Int
    }
    let documents: Int
    let events: Int
    let byDay: [Day]
    let byRoot: [Root]
    let byCountryPair: [Pair]

    enum CodingKeys: String, CodingKey {
        case documents, events
        case byDay = "by_day"
        case byRoot = "by_root"
        case byCountryPair = "by_country_pair"
    }

    /// One store query per quad class (the store's stats are not split by quad class).
    static func build(store: any Store, filter: EventQuery) async throws -> StatsSummary {
        var days: [Day] = []
        var roots: [String: Int] = [:]
        var pairs: [String: (source: String, target: String, cooperation: Int, conflict: Int)] = [:]
        var total = 0
        for quad in filter.quadClass.map({ [$0] }) ?? [1, 2, 3, 4] {
            var query = filter
            query.quadClass = quad
            query.cursor = nil
            let stats = try await store.stats(query)
            total += stats.events
            days += stats.byDay.map { Day(day: $0.day, quadClass: quad, count: $0.events) }
            for root in stats.byRoot { roots[root.root, default: 0] += root.events }
            for pair in stats.byCountryPair {
                let key = "\(pair.source)→\(pair.target)"
                var entry = pairs[key] ?? (pair.source, pair.target, 0, 0)
                if quad <= 2 { entry.cooperation += pair.events } else { entry.conflict += pair.events }
                pairs[key] = entry
            }
        }
        let documents = try await store.totals().documents
        return StatsSummary(
            documents: documents, events: total,
            byDay: days.sorted { ($0.day, $0.quadClass) < ($1.day, $1.quadClass) },
            byRoot: roots.map { Root(root: $0.key, count: $0.value) }.sorted { $0.root < $1.root },
            byCountryPair: pairs.values.map {
                Pair(source: $0.source, target: $0.target, count: $0.cooperation + $0.conflict,
                     cooperation: $0.cooperation, conflict: $0.conflict)
            }.sorted { ($1.count, $0.source, $0.target) < ($0.count, $1.source, $1.target) })
    }
}
