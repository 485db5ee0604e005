import ParleyIngest
import ParleyModel

/// The backend-neutral store of coded documents: SQLite (`SQLiteStore`) or PostgreSQL
/// (`PostgresStore`) behind one API, used by `parley ingest/query/export/work` and the server.
///
/// Every write of a document is one transaction; a document whose content hash is already
/// stored is not stored again. Implementations are `Sendable` and safe to call concurrently.
public protocol Store: Sendable {
    /// Applies the pending named migrations (append-only). Idempotent.
    func migrate() async throws

    // MARK: Writing

    /// Stores one coded document with all its annotations in one transaction.
    /// - Parameters:
    ///   - inputHash: hash of the raw record (`RawArticle.inputHash`); unique, so a re-ingest adds nothing.
    ///   - run: the ingest run that produced it, if any.
    func insert(_ output: Output, inputHash: String?, origin: RecordOrigin?, run: Int64?) async throws
        -> InsertOutcome

    /// True when a record with this input hash is already stored (lets ingest skip coding it).
    func containsInput(hash: String) async throws -> Bool

    /// Starts an ingest run (command line and paths) and returns its id.
    func beginRun(command: String) async throws -> Int64

    /// Closes an ingest run with its totals.
    func finishRun(_ id: Int64, totals: RunTotals) async throws

    /// Records a per-document error (bad record, failed coding).
    func recordError(_ error: IngestError, run: Int64?) async throws

    // MARK: Queue (many workers)

    /// Stores a raw document for later coding; false when its input hash is already queued or stored.
    func enqueue(_ article: RawArticle) async throws -> Bool

    /// Claims up to `limit` pending queue items for `worker`; no two workers get the same item.
    func claim(worker: String, limit: Int) async throws -> [QueueItem]

    /// Stores the coded document and marks the queue item done, in one transaction.
    func complete(_ item: QueueItem, output: Output, worker: String) async throws -> InsertOutcome

    /// Marks a queue item failed with a message (it is not retried automatically).
    func fail(_ item: QueueItem, message: String, worker: String) async throws

    /// Counts of queue items by status.
    func queueCounts() async throws -> [String: Int]

    // MARK: Reading

    /// Documents, newest first by row, with cursor pagination.
    func documents(_ query: DocumentQuery) async throws -> Page<DocumentSummary>

    /// One document with every annotation (parley/1), by its id (content hash).
    func document(id: String) async throws -> Output?

    /// Events matching the filters, in storage order, with cursor pagination.
    func events(_ query: EventQuery) async throws -> Page<StoredEvent>

    /// Aggregate counts for dashboards.
    func stats(_ query: EventQuery) async throws -> StoreStats

    /// Actor codes or names containing `text` (case-insensitive), with their event counts.
    func actors(matching text: String, limit: Int) async throws -> [ActorCount]

    /// Totals: documents, events, errors.
    func totals() async throws -> StoreTotals

    /// Releases connections. The store must not be used afterwards.
    func close() async throws
}

/// What `insert` did.
public enum InsertOutcome: Sendable, Equatable {
    /// Stored; the number of events stored with it.
    case inserted(events: Int)
    /// A document with the same content hash or input hash was already stored.
    case duplicate
}

/// Totals reported when an ingest run ends.
public struct RunTotals: Sendable, Equatable {
    public var documents: Int
    public var duplicates: Int
    public var events: Int
    public var errors: Int
    public var seconds: Double

    public init(documents: Int, duplicates: Int, events: Int, errors: Int, seconds: Double) {
        self.documents = documents
        self.duplicates = duplicates
        self.events = events
        self.errors = errors
        self.seconds = seconds
    }
}

/// A raw document waiting in the queue.
public struct QueueItem: Sendable, Equatable {
    public var id: Int64
    public var article: RawArticle
    public var inputHash: String

    public init(id: Int64, article: RawArticle, inputHash: String) {
        self.id = id
        self.article = article
        self.inputHash = inputHash
    }
}

/// Store-wide totals.
public struct StoreTotals: Sendable, Equatable, Codable {
    public var documents: Int
    public var events: Int
    public var errors: Int
}

/// One page of results and the cursor for the next page (nil at the end).
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var nextCursor: String?

    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}
