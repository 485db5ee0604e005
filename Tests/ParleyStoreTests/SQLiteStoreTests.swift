import Foundation
import ParleyIngest
import ParleyModel
import Testing

@testable import ParleyStore

@Test func insertIsIdempotentAndRoundTrips() async throws {
    let store = try SQLiteStore(path: temporaryDatabase())
    try await store.migrate()
    try await store.migrate()  // migrations are named and applied once
    let doc = sampleOutput(1)
    #expect(try await store.insert(doc, inputHash: "h1", origin: nil, run: nil) == .inserted(events: 2))
    #expect(try await store.insert(doc, inputHash: "h1", origin: nil, run: nil) == .duplicate)
    #expect(try await store.insert(doc, inputHash: "h2", origin: nil, run: nil) == .duplicate)
    #expect(try await store.containsInput(hash: "h1"))
    #expect(try await !store.containsInput(hash: "h2"))
    let back = try await store.document(id: doc.document.id)
    #expect(back == doc)
    let totals = try await store.totals()
    #expect(totals.documents == 1 && totals.events == 2)
}

@Test func eventFiltersAndCursorPagination() async throws {
    let store = try SQLiteStore(path: temporaryDatabase())
    try await store.migrate()
    for n in 1...7 {
        let date = n <= 3 ? "2016-02-10" : "2016-03-0\(n - 3)"
        _ = try await store.insert(
            sampleOutput(n, text: "Unique text \(n) \(String(repeating: "word\(n) ", count: n))", date: date),
            inputHash: "h\(n)", origin: nil, run: nil)
    }
    #expect(try await store.events(EventQuery(limit: 100)).items.count == 14)
    let conflict = try await store.events(EventQuery(quadClass: 4, limit: 100))
    #expect(conflict.items.count == 7 && conflict.items.allSatisfy { $0.event.root == "19" })
    #expect(try await store.events(EventQuery(actor: "RUS")).items.count == 7)
    #expect(try await store.events(EventQuery(sourceCountry: "RUS", targetCountry: "USA")).items.count == 7)
    #expect(try await store.events(EventQuery(code: "05*")).items.count == 7)
    #expect(try await store.events(EventQuery(root: "19", from: "2016-03-01", to: "2016-03-02")).items.count == 2)
    #expect(try await store.events(EventQuery(place: "syr")).items.count == 7)
    // Pages of 3 cover every event once, in order.
    var seen: [Int64] = []
    var q = EventQuery(limit: 3)
    while true {
        let page = try await store.events(q)
        seen += page.items.map(\.rowId)
        guard let next = page.nextCursor else { break }
        q.cursor = next
    }
    #expect(seen.count == 14 && seen == seen.sorted() && Set(seen).count == 14)
    await #expect(throws: StoreError.self) { try await store.events(EventQuery(cursor: "nope")) }
    let stats = try await store.stats(EventQuery())
    #expect(stats.events == 14)
    #expect(stats.byRoot.map(\.root) == ["05", "19"])
    #expect(stats.byCountryPair.first?.events == 7)
    #expect(stats.byDay.first?.day == "2016-02-10")
    let actors = try await store.actors(matching: "rus", limit: 10)
    #expect(actors.contains { $0.actor == "RUSGOV" && $0.events == 7 })
    let docs = try await store.documents(DocumentQuery(limit: 4))
    #expect(docs.items.count == 4 && docs.nextCursor != nil)
    let rest = try await store.documents(DocumentQuery(cursor: docs.nextCursor, limit: 4))
    #expect(rest.items.count == 3 && Set((docs.items + rest.items).map(\.id)).count == 7)
}

@Test func nearDuplicatesShareCountsAcrossSources() async throws {
    let store = try SQLiteStore(path: temporaryDatabase())
    try await store.migrate()
    let wire = (1...12).map { "Sentence \($0) of the wire story about the ceasefire talks in Geneva between the parties." }
        .joined(separator: " ")
    _ = try await store.insert(sampleOutput(1, text: wire, source: "a.example"), inputHash: "a", origin: nil, run: nil)
    _ = try await store.insert(
        sampleOutput(2, text: wire + " Additional reporting by a local desk.", source: "b.example"), inputHash: "b",
        origin: nil, run: nil)
    _ = try await store.insert(
        sampleOutput(3, text: "A completely different article about elections in another country entirely today.", source: "c.example"),
        inputHash: "c", origin: nil, run: nil)
    let events = try await store.events(EventQuery(code: "057")).items
    #expect(events.count == 3)
    let byDoc = Dictionary(uniqueKeysWithValues: events.map { ($0.documentId, $0) })
    let first = byDoc[String(format: "%032x", 1)]!
    #expect(first.numArticles == 2 && first.numSources == 2 && first.numMentions == 4)
    #expect(byDoc[String(format: "%032x", 3)]!.numArticles == 1)
}

@Test func queueClaimsEachItemOnce() async throws {
    let store = try SQLiteStore(path: temporaryDatabase())
    try await store.migrate()
    for n in 1...5 {
        #expect(try await store.enqueue(RawArticle(title: "T\(n)", text: "Body \(n).", origin: RecordOrigin(file: "q", record: n))))
    }
    #expect(try await !store.enqueue(RawArticle(title: "T1", text: "Body 1.", origin: RecordOrigin(file: "q", record: 1))))
    let a = try await store.claim(worker: "a", limit: 3)
    let b = try await store.claim(worker: "b", limit: 3)
    #expect(a.count == 3 && b.count == 2 && Set((a + b).map(\.id)).count == 5)
    #expect(try await store.claim(worker: "c", limit: 3).isEmpty)
    _ = try await store.complete(a[0], output: sampleOutput(1), worker: "a")
    try await store.fail(a[1], message: "bad", worker: "a")
    let counts = try await store.queueCounts()
    #expect(counts["done"] == 1 && counts["failed"] == 1 && counts["claimed"] == 3)
}

@Test func gdeltCountryCodes() {
    #expect(ActorCountry.of("RUSGOV") == "RUS")
    #expect(ActorCountry.of("IGOUNO") == nil)
    #expect(ActorCountry.type(of: "RUSGOV") == "GOV")
    #expect(ActorCountry.type(of: "USA") == nil)
}
