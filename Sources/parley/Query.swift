import ArgumentParser
import Foundation
import ParleyModel
import ParleyStore

/// `parley query`: read coded events and statistics from the store.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Query stored events, documents and statistics.",
        subcommands: [QueryEvents.self, QueryStats.self, QueryDocument.self])
}

/// Event filters shared by `query events`, `query stats` and `export`.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Actor code prefix on either side, e.g. RUS or USAGOV.")
    var actor: String?
    @Option(help: "Country (alpha-3) of the source actor.")
    var sourceCountry: String?
    @Option(help: "Country (alpha-3) of the target actor.")
    var targetCountry: String?
    @Option(help: "CAMEO event code, e.g. 042 (a trailing * matches a prefix).")
    var code: String?
    @Option(help: "CAMEO root code, e.g. 19.")
    var root: String?
    @Option(help: "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")
    var quad: Int?
    @Option(help: "First event date, YYYY-MM-DD.")
    var from: String?
    @Option(help: "Last event date, YYYY-MM-DD.")
    var to: String?
    @Option(help: "Place name (substring).")
    var place: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !DateArgument.validate(value) {
                throw ValidationError("\(name) '\(value)' is not a valid date in the form YYYY-MM-DD")
            }
        }
        if let quad, !(1...4).contains(quad) { throw ValidationError("--quad \(quad) must be 1, 2, 3 or 4") }
    }

    var query: EventQuery {
        EventQuery(
            actor: actor, sourceCountry: sourceCountry?.uppercased(), targetCountry: targetCountry?.uppercased(),
            code: code, root: root, quadClass: quad, from: from, to: to, place: place)
    }
}

enum StoreCommand {
    static func open(_ db: String?) throws -> any Store {
        do {
            return try blocking { try await StoreLocation.openMigrated(db) }
        } catch {
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Every event matching `query`, page by page, handed to `body` in storage order.
    static func forEachEvent(_ store: any Store, _ query: EventQuery, limit: Int?, _ body: (StoredEvent) throws -> Void) throws {
        var q = query
        q.limit = min(limit ?? 5000, 5000)
        var seen = 0
        while true {
            let page = try blocking { [q] in try await store.events(q) }
            for e in page.items {
                if let limit, seen >= limit { return }
                try body(e)
                seen += 1
            }
            guard let next = page.nextCursor else { return }
            q.cursor = next
        }
    }
}

struct QueryEvents: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "events", abstract: "List events matching filters.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var filters: EventFilterOptions
    @Option(help: "Database (SQLite path or postgres:// URL).")
    var db: String?
    @Option(help: "Output: table, json (one object per line) or csv.")
    var format: Format = .table
    @Option(help: "At most this many events.")
    var limit: Int = 100

    func run() throws {
        let store = try StoreCommand.open(db)
        var out = ""
        if format == .csv { out += EventRows.csvHeader + "\n" }
        if format == .table { out += EventRows.tableHeader + "\n" }
        try StoreCommand.forEachEvent(store, filters.query, limit: limit) { e in
            switch format {
            case .table: out += EventRows.table(e) + "\n"
            case .csv: out += EventRows.csv(e) + "\n"
            case .json: out += EventRows.json(e) + "\n"
            }
            if out.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

struct QueryStats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Event counts by day, CAMEO root and country pair (JSON).")
    @OptionGroup var filters: EventFilterOptions
    @Option(help: "Database (SQLite path or postgres:// URL).")
    var db: String?

    func run() throws {
        let store = try StoreCommand.open(db)
        let q = filters.query
        let stats = try blocking { try await store.stats(q) }
        let totals = try blocking { try await store.totals() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print("documents \(totals.documents), events \(totals.events), errors \(totals.errors)")
        print(String(decoding: try encoder.encode(stats), as: UTF8.self))
    }
}

struct QueryDocument: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document", abstract: "Print one stored document with its annotations (parley/1 JSON).")
    @Argument(help: "Document id (content hash).")
    var id: String
    @Option(help: "Database (SQLite path or postgres:// URL).")
    var db: String?

    func run() throws {
        let store = try StoreCommand.open(db)
        let id = self.id
        guard let doc = try blocking({ try await store.document(id: id) }) else {
            FileHandle.standardError.write(Data("parley: no document with id \(id)\n".utf8))
            throw ExitCode(1)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(doc), as: UTF8.self))
    }
}
