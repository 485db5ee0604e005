import ArgumentParser
import Foundation
import ParleyPipeline
import ParleyServer
import ParleyStore

/// `parley serve`: the HTTP API and the web page.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the HTTP API (/v1, /openapi.json) and the web page on a local address.",
        discussion: """
            Read-only by default. Storing coded articles (POST /v1/code?store=true) needs \
            --allow-writes, or a client sending 'Authorization: Bearer $PARLEY_TOKEN' when the \
            PARLEY_TOKEN environment variable is set.
            """)

    @Option(help: "Store to browse and write: a SQLite path, sqlite:PATH or a postgres:// URL (none: coding only).")
    var db: String?

    @Option(help: "Address to bind; keep 127.0.0.1 unless the service must be reachable from elsewhere.")
    var host: String = "127.0.0.1"

    @Option(help: "TCP port to listen on.")
    var port: Int = 8080

    @Flag(help: "Let any client store documents (POST /v1/code?store=true) without a token.")
    var allowWrites = false

    @Option(help: "Largest request body in bytes (larger ones get 413).")
    var maxBody: Int = 5 * 1024 * 1024

    @Option(help: "Seconds one coding request may take, waiting included (then 503).")
    var timeout: Int = 30

    @Option(help: "Articles coded at the same time (default: number of cores).")
    var workers: Int?

    @Option(help: "Requests that may wait for a coding slot before new ones get 503 busy (default: 4 per worker).")
    var queue: Int?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a TCP port (0-65535)") }
        guard maxBody > 0 else { throw ValidationError("--max-body \(maxBody) must be positive") }
        guard timeout > 0 else { throw ValidationError("--timeout \(timeout) must be positive") }
        if let workers, workers < 1 { throw ValidationError("--workers \(workers) must be at least 1") }
        if let queue, queue < 0 { throw ValidationError("--queue \(queue) must not be negative") }
        if host.isEmpty { throw ValidationError("--host must not be empty") }
    }

    func run() async throws {
        let configuration = ServerConfiguration(
            host: host, port: port, allowWrites: allowWrites,
            writeToken: ProcessInfo.processInfo.environment["PARLEY_TOKEN"], maxBodyBytes: maxBody,
            requestTimeout: .seconds(timeout),
            maxConcurrentCoding: workers ?? ProcessInfo.processInfo.activeProcessorCount,
            maxWaitingCoding: queue)
        let pipeline: Pipeline
        let assets: WebAssets
        do {
            pipeline = try Pipeline.standard()
            assets = try WebAssets.bundled()
        } catch {
            FileHandle.standardError.write(Data("parley serve: cannot load models or web files: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let store = try await ServeStore.open(db)
        let context = ServerContext(
            configuration: configuration, pipeline: pipeline, store: store, assets: assets,
            version: ParleyVersion.string)
        try await runServer(context)
    }
}

/// Opens and migrates the `--db` store for the service.
enum ServeStore {
    static func open(_ location: String?) async throws -> (any Store)? {
        guard let location else { return nil }
        do {
            return try await StoreLocation.openMigrated(location)
        } catch {
            FileHandle.standardError.write(Data("parley serve: --db \(location): \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
