import Foundation
import Hummingbird
import HummingbirdTesting
import ParleyModel
import ParleyPipeline
import ParleyServer
import ParleyText

/// Builders shared by the router tests.
enum Fixture {
    static let assets: WebAssets = {
        do { return try WebAssets.bundled() } catch { fatalError("web assets missing: \(error)") }
    }()

    static func context(
        _ configuration: ServerConfiguration = ServerConfiguration(), pipeline: Pipeline? = nil,
        store: (any ServerStore)? = nil
    ) throws -> ServerContext {
        ServerContext(
            configuration: configuration, pipeline: try pipeline ?? Pipeline.standard(), store: store,
            assets: assets, version: "test")
    }

    /// Runs `test` against the router in memory (no socket).
    static func withRouter<T>(
        _ context: ServerContext, _ test: @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        let app = Application(router: buildRouter(context))
        return try await app.test(.router, test)
    }

    static let article = """
        Kerry meets Lavrov in Munich as talks on Syria resume

        U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Munich on Thursday. \
        "We are not going to give up," Kerry told reporters after the meeting.
        """

    static func json(_ response: TestResponse) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body))
        guard let dictionary = object as? [String: Any] else { throw FixtureError.notAnObject }
        return dictionary
    }

    /// The `error.code` of an API error response.
    static func errorCode(_ response: TestResponse) throws -> String? {
        let error = try json(response)["error"] as? [String: Any]
        return error?["code"] as? String
    }

    enum FixtureError: Error { case notAnObject }
}

/// A store that keeps saved documents in memory.
actor MemoryStore: ServerStore {
    private(set) var saved: [String: Output] = [:]
    nonisolated var backendName: String { "memory" }

    func save(_ output: Output) async throws -> StoredDocument {
        let created = saved[output.document.id] == nil
        saved[output.document.id] = output
        return StoredDocument(id: output.document.id, created: created)
    }
}

/// A pipeline stage that only waits, to fill coding slots in backpressure tests.
struct SlowStage: DocumentStage {
    let name = "slow"
    let seconds: Double
    func process(_ document: inout Document) throws {
        Thread.sleep(forTimeInterval: seconds)
    }
}
