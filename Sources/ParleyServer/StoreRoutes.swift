import Foundation
import HTTPTypes
import Hummingbird
import ParleyModel
import ParleyStore

/// The store-backed read endpoints: /v1/documents, /v1/documents/{id}, /v1/events, /v1/actors, /v1/stats.
///
/// Filters have the names of `parley query events` options (`source-country` → `source_country`).
/// Without a store every one answers 503 `no-store`.
enum StoreRoutes {
    static func add(to router: Router<BasicRequestContext>, server: ServerContext) {
        router.get("/v1/documents") { request, context in
            let store = try require(server.store)
            let query = QueryOptions(request)
            var filter = DocumentQuery(limit: try query.int("limit", in: 1...500) ?? 50)
            filter.from = try EventFilters.date(query, "from")
            filter.to = try EventFilters.date(query, "to")
            filter.source = query["source"]
            filter.cursor = query["cursor"]
            let page = try await call(context) { try await store.documents(filter) }
            return try JSONResponse.encode(DocumentPage(documents: page.items.map(DocumentItem.init), next: page.nextCursor))
        }
        router.get("/v1/documents/{id}") { _, context in
            let store = try require(server.store)
            let id = context.parameters.get("id") ?? ""
            guard let output = try await call(context, { try await store.document(id: id) }) else {
                throw APIError.notFound("no stored document with id \(id)")
            }
            return try JSONResponse.encode(output)
        }
        router.get("/v1/events") { request, context in
            let store = try require(server.store)
            let query = QueryOptions(request)
            let filter = try EventFilters.parse(query, defaultLimit: 100, maxLimit: 1000)
            let format = query["format"] ?? "json"
            guard ["json", "csv", "gdelt"].contains(format) else {
                throw APIError.badRequest("invalid-parameter", "format='\(format)' must be json, csv or gdelt")
            }
            let page = try await call(context) { try await store.events(filter) }
            let documents = try await call(context) { try await documentsOf(page.items, store: store) }
            switch format {
            case "csv":
                var text = EventRows.csvHeader + "\n"
                for event in page.items { text += EventRows.csv(event) + "\n" }
                return table(text, type: "text/csv; charset=utf-8", next: page.nextCursor, request: request)
            case "gdelt":
                let added = gdeltStamp()
                var text = ""
                for event in page.items {
                    let places = documents[event.documentId]?.places ?? []
                    text += GDELTRow.row(event, places: places, dateAdded: added).map(tsv).joined(separator: "\t") + "\n"
                }
                return table(text, type: "text/tab-separated-values; charset=utf-8", next: page.nextCursor, request: request)
            default:
                let rows = page.items.map { EventRow($0, document: documents[$0.documentId]) }
                return try JSONResponse.encode(EventPage(events: rows, next: page.nextCursor))
            }
        }
        router.get("/v1/actors") { request, context in
            let store = try require(server.store)
            let query = QueryOptions(request)
            let text = query["q"] ?? ""
            let limit = try query.int("limit", in: 1...200) ?? 20
            let actors = try await call(context) { try await store.actors(matching: text, limit: limit) }
            return try JSONResponse.encode(ActorList(actors: actors.map { .init(code: $0.actor, name: $0.name, events: $0.events) }))
        }
        router.get("/v1/stats") { request, context in
            let store = try require(server.store)
            let filter = try EventFilters.parse(QueryOptions(request), defaultLimit: 1, maxLimit: 1)
            let stats = try await call(context) { try await StatsSummary.build(store: store, filter: filter) }
            return try JSONResponse.encode(stats)
        }
    }

    static func backendName(_ store: any Store) -> String {
        store is PostgresStore ? "postgresql" : "sqlite"
    }

    static func require(_ store: (any Store)?) throws -> any Store {
        guard let store else {
            throw APIError(
                .serviceUnavailable, code: "no-store",
                message: "this server has no store: start it with --db to browse stored documents")
        }
        return store
    }

    /// Runs a store call, turning its errors into API errors (a bad cursor is the client's fault).
    static func call<T>(_ context: BasicRequestContext, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            if case .badCursor = error { throw APIError.badRequest("invalid-cursor", error.description) }
            context.logger.error("store: \(error)")
            throw APIError(.serviceUnavailable, code: "store-unavailable", message: "the store cannot be read; retry later")
        } catch let error as APIError {
            throw error
        } catch {
            context.logger.error("store: \(error)")
            throw APIError(.serviceUnavailable, code: "store-unavailable", message: "the store cannot be read; retry later")
        }
    }

    /// The stored documents the events of a page belong to (for places and sentences).
    static func documentsOf(_ events: [StoredEvent], store: any Store) async throws -> [String: Output] {
        var documents: [String: Output] = [:]
        for id in Set(events.map(\.documentId)) {
            if let output = try await store.document(id: id) { documents[id] = output }
        }
        return documents
    }

    static func table(_ text: String, type: String, next: String?, request: Request) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let next {
            headers[HTTPField.Name("Parley-Next-Cursor")!] = next
            var components = URLComponents(string: request.uri.description) ?? URLComponents()
            var items = (components.queryItems ?? []).filter { $0.name != "cursor" }
            items.append(URLQueryItem(name: "cursor", value: next))
            components.queryItems = items
            headers[HTTPField.Name("Link")!] = "<\(components.string ?? "")>; rel=\"next\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func gdeltStamp() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMddHHmmss"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: Date())
    }

    /// GDELT fields hold no tabs or line breaks.
    static func tsv(_ value: String) -> String {
        String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

/// Event filters from the query string, validated; the same names as `parley query events`.
enum EventFilters {
    static func parse(_ query: QueryOptions, defaultLimit: Int, maxLimit: Int) throws -> EventQuery {
        var filter = EventQuery(limit: try query.int("limit", in: 1...max(1, maxLimit)) ?? defaultLimit)
        filter.actor = try code(query, "actor")
        filter.sourceCountry = try code(query, "source_country")?.uppercased()
        filter.targetCountry = try code(query, "target_country")?.uppercased()
        if let value = query["code"], !value.isEmpty {
            let digits = value.hasSuffix("*") ? value.dropLast() : Substring(value)
            guard (1...4).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw APIError.badRequest("invalid-parameter", "code='\(value)' must be a CAMEO code such as 042, or a prefix such as 04*")
            }
            filter.code = value
        }
        if let root = query["root"], !root.isEmpty {
            guard root.count == 2, root.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw APIError.badRequest("invalid-parameter", "root='\(root)' must be a two-digit CAMEO root such as 04")
            }
            filter.root = root
        }
        filter.quadClass = try query.int("quad", in: 1...4)
        filter.from = try date(query, "from")
        filter.to = try date(query, "to")
        filter.place = query["place"].flatMap { $0.isEmpty ? nil : $0 }
        filter.documentId = query["document"].flatMap { $0.isEmpty ? nil : $0 }
        filter.cursor = query["cursor"].flatMap { $0.isEmpty ? nil : $0 }
        return filter
    }

    static func date(_ query: QueryOptions, _ name: String) throws -> String? {
        guard let value = query[name], !value.isEmpty else { return nil }
        guard CodeRequest.isCalendarDate(value) else {
            throw APIError.badRequest("invalid-date", "\(name)='\(value)' is not a valid date in the form YYYY-MM-DD")
        }
        return value
    }

    /// An actor or country code: letters and digits only, at most 30 of them.
    static func code(_ query: QueryOptions, _ name: String) throws -> String? {
        guard let value = query[name], !value.isEmpty else { return nil }
        guard value.count <= 30, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw APIError.badRequest("invalid-parameter", "\(name)='\(value)' must be a code of letters and digits such as USA or SYRGOV")
        }
        return value.uppercased()
    }
}
