import Foundation
import Hummingbird
import Logging
import ParleyPipeline
import ParleyStore

/// Everything a running service shares between requests.
public struct ServerContext: Sendable {
    public let configuration: ServerConfiguration
    public let pipeline: Pipeline
    public let store: (any Store)?
    public let assets: WebAssets
    public let gate: CodingGate
    public let version: String

    public init(
        configuration: ServerConfiguration, pipeline: Pipeline, store: (any Store)? = nil,
        assets: WebAssets, version: String = "dev"
    ) {
        self.configuration = configuration
        self.pipeline = pipeline
        self.store = store
        self.assets = assets
        self.gate = CodingGate(
            capacity: configuration.maxConcurrentCoding, maxWaiting: configuration.maxWaitingCoding)
        self.version = version
    }
}

/// Builds the Parley HTTP service: the /v1 API, /healthz, /metrics, /openapi.json and the web page.
///
/// `parley serve` runs the result; tests drive it in memory with HummingbirdTesting.
public func buildApplication(_ server: ServerContext, logger: Logger? = nil) -> some ApplicationProtocol {
    var logger = logger ?? Logger(label: "parley.serve")
    if logger.logLevel > .info, ProcessInfo.processInfo.environment["LOG_LEVEL"] == nil { logger.logLevel = .info }
    let configuration = server.configuration
    return Application(
        router: buildRouter(server),
        server: .http1(configuration: .init(idleTimeout: .nanoseconds(configuration.idleTimeout.nanoseconds))),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "parley/\(server.version)"),
        logger: logger)
}

/// Runs the service until SIGINT or SIGTERM, then shuts down gracefully.
public func runServer(_ server: ServerContext, logger: Logger? = nil) async throws {
    try await buildApplication(server, logger: logger).runService()
}

/// The router alone, for tests and for embedding.
public func buildRouter(_ server: ServerContext) -> Router<BasicRequestContext> {
    ServiceMetrics.bootstrap()
    let router = Router(context: BasicRequestContext.self)
    router.middlewares.add(MetricsMiddleware())
    router.middlewares.add(JSONErrorMiddleware())

    let code = CodeRoute(
        pipeline: server.pipeline, gate: server.gate, configuration: server.configuration,
        authorization: WriteAuthorization(
            allowWrites: server.configuration.allowWrites, token: server.configuration.writeToken),
        store: server.store)
    router.post("/v1/code") { request, context in try await code.handle(request, context: context) }

    router.get("/healthz") { _, _ in
        let load = server.gate.load
        let health = Health(
            status: "ok", version: server.version, store: server.store.map(StoreRoutes.backendName),
            writes: server.configuration.allowWrites ? "open" : (server.configuration.writeToken == nil ? "off" : "token"),
            coding: .init(capacity: server.gate.capacity, running: load.running, waiting: load.waiting))
        return try JSONResponse.encode(health)
    }
    router.get("/metrics") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: ServiceMetrics.exposition(gate: server.gate))))
    }
    router.get("/openapi.json") { _, _ in
        guard let response = server.assets.response("openapi.json") else { throw APIError.notFound("no OpenAPI document") }
        return response
    }
    router.get("/") { _, _ in
        guard let response = server.assets.response("index.html") else { throw APIError.notFound("no web page") }
        return response
    }
    router.get("/static/{file}") { _, context in
        let name = context.parameters.get("file") ?? ""
        guard name != "index.html", name != "openapi.json", let response = server.assets.response(name) else {
            throw APIError.notFound("no static file named \(name)")
        }
        return response
    }
    StoreRoutes.add(to: router, server: server)
    return router
}

/// Body of `GET /healthz`.
struct Health: Codable, Sendable {
    struct Coding: Codable, Sendable {
        let capacity: Int
        let running: Int
        let waiting: Int
    }
    let status: String
    let version: String
    let store: String?
    let writes: String
    let coding: Coding
}

/// JSON responses with one encoder setting for the whole API.
enum JSONResponse {
    static func encode<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let data = try encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
