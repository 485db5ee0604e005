import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ParleyModel
import ParleyServer
import ParleyStore
import Testing

/// The read endpoints over a SQLite store holding two hand-made coded documents.
@Suite struct StoreEndpointTests {
    static func output(_ text: String, date: String, events: [(String, Int, Double, String, String, String, String?)]) -> Output {
        var out = Output(document: DocumentInfo(id: String(text.hashValue.magnitude, radix: 16), date: date, source: "Wire"), text: text)
        out.sentences = [Sentence(index: 0, start: 0, end: text.unicodeScalars.count, text: text, kind: .body)]
        out.places = [Place(text: "Munich", start: 0, end: 0, name: "Munich", country: "DE", admin1: "02", lat: 48.14, lon: 11.58, geonamesId: 2867714, feature: "city")]
        out.events = events.enumerated().map { index, e in
            Event(
                id: "e\(index + 1)", sentence: 0,
                source: Participant(text: e.3, start: 0, end: 1, actor: e.3),
                target: Participant(text: e.4, start: 2, end: 3, actor: e.4),
                code: e.0, root: String(e.0.prefix(2)), quadClass: e.1, goldstein: e.2,
                plover: PloverLabel(type: e.1 <= 2 ? "CONSULT" : "ASSAULT"), date: date, place: e.6,
                evidence: Evidence(verb: TextSpan(text: e.5, start: 0, end: 1), rule: "test rule"))
        }
        return out
    }

    static func seeded() async throws -> any Store {
        let store = try await TemporaryStore.make()
        _ = try await store.insert(
            output("Kerry met Lavrov in Munich.", date: "2016-02-11",
                   events: [("040", 1, 1.0, "USAGOV", "RUSGOV", "met", "Munich")]),
            inputHash: nil, origin: nil, run: nil)
        _ = try await store.insert(
            output("Russian jets struck rebels near Aleppo.", date: "2016-02-12",
                   events: [("190", 4, -10.0, "RUSMIL", "SYRREB", "struck", nil), ("042", 1, 1.9, "USAGOV", "RUSGOV", "visit", nil)]),
            inputHash: nil, origin: nil, run: nil)
        return store
    }

    @Test func listsDocumentsWithCursorPages() async throws {
        try await Fixture.withRouter(try Fixture.context(store: try await Self.seeded())) { client in
            let first = try Fixture.json(try await client.execute(uri: "/v1/documents?limit=1", method: .get))
            let docs = try #require(first["documents"] as? [[String: Any]])
            #expect(docs.count == 1)
            let next = try #require(first["next"] as? String)
            let encoded = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? next
            let second = try Fixture.json(try await client.execute(uri: "/v1/documents?limit=1&cursor=\(encoded)", method: .get))
            let docs2 = try #require(second["documents"] as? [[String: Any]])
            #expect(docs2.count == 1)
            #expect(docs2[0]["id"] as? String != docs[0]["id"] as? String)
            #expect(second["next"] == nil || second["next"] is NSNull)
            let bad = try await client.execute(uri: "/v1/documents?cursor=nonsense", method: .get)
            #expect(bad.status == .badRequest)
            #expect(try Fixture.errorCode(bad) == "invalid-cursor")
        }
    }

    @Test func returnsOneDocumentOr404() async throws {
        let store = try await Self.seeded()
        let id = try #require(try await store.documents(DocumentQuery(limit: 1)).items.first?.id)
        try await Fixture.withRouter(try Fixture.context(store: store)) { client in
            let found = try await client.execute(uri: "/v1/documents/\(id)", method: .get)
            #expect(found.status == .ok)
            let body = try Fixture.json(found)
            #expect(body["schema"] as? String == "parley/1")
            #expect(((body["events"] as? [Any])?.count ?? 0) >= 1)
            let missing = try await client.execute(uri: "/v1/documents/0000", method: .get)
            #expect(missing.status == .notFound)
            #expect(try Fixture.errorCode(missing) == "not-found")
        }
    }

    @Test func filtersAndPagesEvents() async throws {
        try await Fixture.withRouter(try Fixture.context(store: try await Self.seeded())) { client in
            let all = try Fixture.json(try await client.execute(uri: "/v1/events", method: .get))
            let events = try #require(all["events"] as? [[String: Any]])
            #expect(events.count == 3)
            let met = try #require(events.first { $0["code"] as? String == "040" })
            #expect(met["country"] as? String == "DE")
            #expect(met["lat"] as? Double == 48.14)
            #expect(met["sentence"] as? String == "Kerry met Lavrov in Munich.")
            #expect(met["source_country"] as? String == "USA")
            for (query, count) in [("quad=4", 1), ("actor=rus", 3), ("code=04*", 2), ("root=19", 1),
                                   ("source_country=usa", 2), ("from=2016-02-12", 2), ("to=2016-02-11", 1)] {
                let page = try Fixture.json(try await client.execute(uri: "/v1/events?\(query)", method: .get))
                #expect((page["events"] as? [Any])?.count == count, "\(query)")
            }
            var seen: [String] = []
            var cursor: String? = nil
            repeat {
                let uri = "/v1/events?limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try Fixture.json(try await client.execute(uri: uri, method: .get))
                seen += ((page["events"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
                cursor = page["next"] as? String
            } while cursor != nil && seen.count < 10
            #expect(seen.count == 3 && Set(seen).count == 3)
        }
    }

    @Test func exportsEventsAsCSVAndGDELT() async throws {
        try await Fixture.withRouter(try Fixture.context(store: try await Self.seeded())) { client in
            let csv = try await client.execute(uri: "/v1/events?format=csv&limit=2", method: .get)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(csv.headers[HTTPField.Name("Parley-Next-Cursor")!] != nil)
            let lines = String(buffer: csv.body).split(separator: "\n")
            #expect(lines.count == 3)
            #expect(lines[0].hasPrefix("row_id,document_id,event_id,date"))
            let gdelt = try await client.execute(uri: "/v1/events?format=gdelt", method: .get)
            #expect(gdelt.headers[.contentType]?.hasPrefix("text/tab-separated-values") == true)
            let rows = String(buffer: gdelt.body).split(separator: "\n")
            #expect(rows.count == 3)
            #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 61 })
            #expect(rows.contains { $0.contains("48.14") }, "the GDELT action place has the gazetteer coordinates")
        }
    }

    @Test(arguments: ["quad=9", "from=2016-13-01", "code=abc", "root=1", "format=xml", "cursor=zzz", "limit=0",
                      "actor=RUS%25", "source_country=U%20S"])
    func rejectsBadEventFilters(query: String) async throws {
        try await Fixture.withRouter(try Fixture.context(store: try await Self.seeded())) { client in
            let response = try await client.execute(uri: "/v1/events?\(query)", method: .get)
            #expect(response.status == .badRequest, "\(query)")
            #expect(try Fixture.errorCode(response) != nil)
        }
    }

    @Test func searchesActorsAndCountsStats() async throws {
        try await Fixture.withRouter(try Fixture.context(store: try await Self.seeded())) { client in
            let actors = try Fixture.json(try await client.execute(uri: "/v1/actors?q=rus", method: .get))
            let codes = ((actors["actors"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
            #expect(Set(codes) == ["RUSGOV", "RUSMIL"])
            let stats = try Fixture.json(try await client.execute(uri: "/v1/stats", method: .get))
            #expect(stats["documents"] as? Int == 2)
            #expect(stats["events"] as? Int == 3)
            let days = try #require(stats["by_day"] as? [[String: Any]])
            #expect(days.contains { $0["day"] as? String == "2016-02-12" && $0["quad_class"] as? Int == 4 && $0["count"] as? Int == 1 })
            let pairs = try #require(stats["by_country_pair"] as? [[String: Any]])
            let usaRus = try #require(pairs.first { $0["source"] as? String == "USA" && $0["target"] as? String == "RUS" })
            #expect(usaRus["count"] as? Int == 2 && usaRus["cooperation"] as? Int == 2 && usaRus["conflict"] as? Int == 0)
            let quad = try Fixture.json(try await client.execute(uri: "/v1/stats?quad=4", method: .get))
            #expect(quad["events"] as? Int == 1)
        }
    }
}
