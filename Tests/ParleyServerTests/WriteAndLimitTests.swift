import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ParleyPipeline
import ParleyServer
import ParleyStore
import Testing

@Suite struct WriteAndLimitTests {
    @Test func storingIsRefusedOnAReadOnlyServer() async throws {
        try await Fixture.withRouter(try Fixture.context(store: try await TemporaryStore.make())) { client in
            let response = try await client.execute(
                uri: "/v1/code?store=true", method: .post, body: ByteBuffer(string: Fixture.article))
            #expect(response.status == .forbidden)
            #expect(try Fixture.errorCode(response) == "read-only")
        }
    }

    @Test func storingNeedsTheRightBearerToken() async throws {
        let store = try await TemporaryStore.make()
        let context = try Fixture.context(ServerConfiguration(writeToken: "s3cret"), store: store)
        try await Fixture.withRouter(context) { client in
            let missing = try await client.execute(
                uri: "/v1/code?store=true", method: .post, body: ByteBuffer(string: Fixture.article))
            #expect(missing.status == .unauthorized)
            #expect(missing.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            let wrong = try await client.execute(
                uri: "/v1/code?store=true", method: .post, headers: [.authorization: "Bearer s3cre"],
                body: ByteBuffer(string: Fixture.article))
            #expect(wrong.status == .unauthorized)
            #expect(try Fixture.errorCode(wrong) == "unauthorized")
            let right = try await client.execute(
                uri: "/v1/code?store=true", method: .post, headers: [.authorization: "Bearer s3cret"],
                body: ByteBuffer(string: Fixture.article))
            #expect(right.status == .created)
            let id = try #require((try Fixture.json(right)["document"] as? [String: Any])?["id"] as? String)
            #expect(right.headers[.location] == "/v1/documents/\(id)")
            #expect(try await store.document(id: id) != nil)
            let again = try await client.execute(
                uri: "/v1/code?store=true", method: .post, headers: [.authorization: "Bearer s3cret"],
                body: ByteBuffer(string: Fixture.article))
            #expect(again.status == .ok)
            #expect(again.headers[HTTPField.Name("Parley-Stored")!] == "exists")
        }
    }

    @Test func allowWritesStoresWithoutToken() async throws {
        let store = try await TemporaryStore.make()
        try await Fixture.withRouter(try Fixture.context(ServerConfiguration(allowWrites: true), store: store)) { client in
            let response = try await client.execute(
                uri: "/v1/code?store=true", method: .post, body: ByteBuffer(string: Fixture.article))
            #expect(response.status == .created)
            #expect(try await store.totals().documents == 1)
        }
    }

    @Test func storingWithoutAStoreIs503() async throws {
        try await Fixture.withRouter(try Fixture.context(ServerConfiguration(allowWrites: true))) { client in
            let response = try await client.execute(
                uri: "/v1/code?store=true", method: .post, body: ByteBuffer(string: Fixture.article))
            #expect(response.status == .serviceUnavailable)
            #expect(try Fixture.errorCode(response) == "no-store")
        }
    }

    @Test func codingBeyondSlotsAndWaitingLineIsRefusedAsBusy() async throws {
        // The waiting line is under test, not the deadline: a long one, so that a machine busy
        // enough to starve this process for the default 30 s cannot turn a waiter into a timeout.
        let configuration = ServerConfiguration(requestTimeout: .seconds(600), maxConcurrentCoding: 1, maxWaitingCoding: 1)
        // Each job lasts long enough that all four requests arrive while the first one runs,
        // even when this process is starved by other suites (at 0.4 s a late request found the
        // slot free again).
        let pipeline = Pipeline(stages: [SlowStage(seconds: 3)])
        try await Fixture.withRouter(try Fixture.context(configuration, pipeline: pipeline)) { client in
            let statuses = try await withThrowingTaskGroup(of: (Int, String?).self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        let r = try await client.execute(uri: "/v1/code", method: .post, body: ByteBuffer(string: "Kerry spoke."))
                        return (Int(r.status.code), r.status == .ok ? nil : try Fixture.errorCode(r))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0.0 == 200 }.count == 2)
            #expect(statuses.filter { $0 == (503, "busy") }.count == 2)
        }
    }

    @Test func codingThatOutlastsTheTimeoutIs503() async throws {
        let configuration = ServerConfiguration(requestTimeout: .milliseconds(100), maxConcurrentCoding: 1)
        let pipeline = Pipeline(stages: [SlowStage(seconds: 0.5)])
        try await Fixture.withRouter(try Fixture.context(configuration, pipeline: pipeline)) { client in
            let response = try await client.execute(uri: "/v1/code", method: .post, body: ByteBuffer(string: "Kerry spoke."))
            #expect(response.status == .serviceUnavailable)
            #expect(try Fixture.errorCode(response) == "timeout")
            #expect(response.headers[.retryAfter] != nil)
        }
    }

    @Test func gateNeverRunsMoreThanItsCapacity() async throws {
        let gate = CodingGate(capacity: 2, maxWaiting: 10)
        let counter = PeakCounter()
        // Only the bound on running work is under test: the deadline is far enough away that a
        // concurrency pool starved by other suites running at the same time cannot reach it.
        let deadline = ContinuousClock.now.advanced(by: .seconds(600))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await gate.run(deadline: deadline) {
                        counter.enter()
                        Thread.sleep(forTimeInterval: 0.02)
                        counter.leave()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(counter.peak == 2)
        #expect(gate.load.running == 0 && gate.load.waiting == 0)
    }

    @Test func gateTimesOutWaitersAndKeepsNoneQueued() async throws {
        let gate = CodingGate(capacity: 1, maxWaiting: 4)
        async let long: Void = gate.run(deadline: .now.advanced(by: .seconds(600))) { Thread.sleep(forTimeInterval: 1.0) }
        // Wait until the long job holds the gate: on a machine busy with other suites the
        // child task may start late, and a waiter that came first would find the gate free.
        let start = ContinuousClock.now
        while gate.load.running == 0 && ContinuousClock.now - start < .seconds(120) {
            try await Task.sleep(for: .milliseconds(5))
        }
        try #require(gate.load.running == 1)
        await #expect(throws: CodingGate.Refusal.timeout) {
            try await gate.run(deadline: .now.advanced(by: .milliseconds(50))) { 1 }
        }
        #expect(gate.load.waiting == 0)
        try await long
        #expect(gate.load.running == 0)
    }
}

/// Counts concurrent entries and remembers the most seen at once.
final class PeakCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var peak = 0

    func enter() {
        lock.lock()
        current += 1
        peak = max(peak, current)
        lock.unlock()
    }

    func leave() {
        lock.lock()
        current -= 1
        lock.unlock()
    }
}
