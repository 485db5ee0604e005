import ParleyModel

/// Filters for `Store.events` and `Store.stats`. Every set field narrows the result.
public struct EventQuery: Sendable, Equatable {
    /// Actor code prefix on either side ("RUS" matches "RUSGOV").
    public var actor: String?
    /// Country (CAMEO/ISO alpha-3) of the source actor.
    public var sourceCountry: String?
    /// Country (CAMEO/ISO alpha-3) of the target actor.
    public var targetCountry: String?
    /// Exact CAMEO code ("042"), or a prefix when it ends with `*`.
    public var code: String?
    /// CAMEO root ("19").
    public var root: String?
    /// Quad class 1…4.
    public var quadClass: Int?
    /// Inclusive event-date bounds `YYYY-MM-DD` (the document date when the event has none).
    public var from: String?
    public var to: String?
    /// Place name (case-insensitive substring).
    public var place: String?
    /// Only events of this document.
    public var documentId: String?
    /// Opaque cursor from a previous page.
    public var cursor: String?
    /// Page size, 1…10 000.
    public var limit: Int

    public init(
        actor: String? = nil, sourceCountry: String? = nil, targetCountry: String? = nil,
        code: String? = nil, root: String? = nil, quadClass: Int? = nil, from: String? = nil,
        to: String? = nil, place: String? = nil, documentId: String? = nil, cursor: String? = nil,
        limit: Int = 100
    ) {
        self.actor = actor
        self.sourceCountry = sourceCountry
        self.targetCountry = targetCountry
        self.code = code
        self.root = root
        self.quadClass = quadClass
        self.from = from
        self.to = to
        self.place = place
        self.documentId = documentId
        self.cursor = cursor
        self.limit = limit
    }
}

/// Filters for `Store.documents`.
public struct DocumentQuery: Sendable, Equatable {
    public var from: String?
    public var to: String?
    public var source: String?
    public var cursor: String?
    public var limit: Int

    public init(
        from: String? = nil, to: String? = nil, source: String? = nil, cursor: String? = nil,
        limit: Int = 100
    ) {
        self.from = from
        self.to = to
        self.source = source
        self.cursor = cursor
        self.limit = limit
    }
}

/// A stored document without its annotations.
public struct DocumentSummary: Sendable, Equatable, Codable {
    public var id: String
    public var title: String?
    public var date: String?
    public var source: String?
    public var url: String?
    public var events: Int
    /// Near-duplicate cluster: the id of the first stored document of the same story.
    public var cluster: String?
    public var ingestedAt: String
}

/// An event as stored: the parley/1 event plus its document's facts and the counts over
/// near-duplicate articles (GDELT's NumMentions / NumSources / NumArticles).
public struct StoredEvent: Sendable, Equatable, Codable {
    /// Row id, unique in the store (GDELT's GlobalEventID).
    public var rowId: Int64
    public var documentId: String
    public var documentDate: String?
    public var documentSource: String?
    public var documentUrl: String?
    public var sourceCountry: String?
    public var targetCountry: String?
    public var numMentions: Int
    public var numSources: Int
    public var numArticles: Int
    public var event: Event

    enum CodingKeys: String, CodingKey {
        case rowId = "row_id"
        case documentId = "document_id"
        case documentDate = "document_date"
        case documentSource = "document_source"
        case documentUrl = "document_url"
        case sourceCountry = "source_country"
        case targetCountry = "target_country"
        case numMentions = "num_mentions"
        case numSources = "num_sources"
        case numArticles = "num_articles"
        case event
    }
}

/// Aggregates over the events matching a query.
public struct StoreStats: Sendable, Equatable, Codable {
    public struct DayCount: Sendable, Equatable, Codable {
        public var day: String
        public var events: Int
    }
    public struct RootCount: Sendable, Equatable, Codable {
        public var root: String
        public var events: Int
    }
    public struct PairCount: Sendable, Equatable, Codable {
        public var source: String
        public var target: String
        public var events: Int
    }
    public var events: Int
    public var byDay: [DayCount]
    public var byRoot: [RootCount]
    public var byCountryPair: [PairCount]

    enum CodingKeys: String, CodingKey {
        case events
        case byDay = "by_day"
        case byRoot = "by_root"
        case byCountryPair = "by_country_pair"
    }
}

/// An actor code or name and how many events it takes part in.
public struct ActorCount: Sendable, Equatable, Codable {
    public var actor: String
    public var name: String?
    public var events: Int
}
