import Foundation
import Hummingbird
import HummingbirdTesting
import ParleyModel
import ParleyPipeline
import ParleyServer
import ParleyStore
import ParleyText

/// Builders shared by the router tests.
enum Fixture {
    static let assets: WebAssets = {
        do { return try WebAssets.bundled() } catch { fatalError("web assets missing: \(error)") }
    }()

    static func context(
        _ configuration: ServerConfiguration = ServerConfiguration(), pipeline: Pipeline? = nil,
        store: (any Store)? = nil
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

/// A fresh, migrated SQLite store in a temporary directory.
enum TemporaryStore {
    static func make() async throws -> any Store {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parley-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try await StoreLocation.openMigrated(directory.appendingPathComponent("test.sqlite").path)
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
