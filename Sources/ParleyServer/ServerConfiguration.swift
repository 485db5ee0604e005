import Foundation

/// Settings of one `parley serve` process; every limit the service enforces is here.
public struct ServerConfiguration: Sendable {
    /// Address to bind. Loopback by default: exposing the service is a deliberate choice.
    public var host: String
    public var port: Int
    /// Lets anyone store documents (`POST /v1/code?store=true`) without a token.
    public var allowWrites: Bool
    /// Bearer token that authorizes writes when `allowWrites` is off (`PARLEY_TOKEN`).
    public var writeToken: String?
    /// Largest request body accepted; larger bodies get 413.
    public var maxBodyBytes: Int
    /// Time one coding request may take, waiting for a slot included; then 503 `timeout`.
    public var requestTimeout: Duration
    /// Articles coded at the same time (defaults to the number of cores).
    public var maxConcurrentCoding: Int
    /// Requests allowed to wait for a coding slot; beyond that the service answers 503 `busy`.
    public var maxWaitingCoding: Int
    /// Idle connections are closed after this long.
    public var idleTimeout: Duration

    public init(
        host: String = "127.0.0.1", port: Int = 8080, allowWrites: Bool = false,
        writeToken: String? = nil, maxBodyBytes: Int = 5 * 1024 * 1024,
        requestTimeout: Duration = .seconds(30),
        maxConcurrentCoding: Int = ProcessInfo.processInfo.activeProcessorCount,
        maxWaitingCoding: Int? = nil, idleTimeout: Duration = .seconds(60)
    ) {
        self.host = host
        self.port = port
        self.allowWrites = allowWrites
        self.writeToken = writeToken.flatMap { $0.isEmpty ? nil : $0 }
        self.maxBodyBytes = maxBodyBytes
        self.requestTimeout = requestTimeout
        self.maxConcurrentCoding = max(1, maxConcurrentCoding)
        self.maxWaitingCoding = max(0, maxWaitingCoding ?? 4 * max(1, maxConcurrentCoding))
        self.idleTimeout = idleTimeout
    }
}
