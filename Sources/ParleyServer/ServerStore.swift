import ParleyModel

/// What the service needs from a store; ParleyStore's backends are adapted to it.
public protocol ServerStore: Sendable {
    /// Stores one coded document (idempotent on its content hash).
    func save(_ output: Output) async throws -> StoredDocument
    /// Name of the backend for /healthz ("sqlite", "postgresql").
    var backendName: String { get }
}

/// The result of storing a document.
public struct StoredDocument: Sendable, Equatable {
    public var id: String
    /// False when the same content was already stored.
    public var created: Bool

    public init(id: String, created: Bool) {
        self.id = id
        self.created = created
    }
}
