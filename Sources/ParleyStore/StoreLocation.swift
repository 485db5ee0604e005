/// Opens the store named on the command line: a SQLite path (default `./parley.sqlite`),
/// `sqlite:PATH`, or `postgres://user@host:port/database`.
public enum StoreLocation {
    public static let defaultPath = "parley.sqlite"

    public static func open(_ location: String?) throws -> any Store {
        let value = location ?? defaultPath
        if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
            return try PostgresStore(url: value)
        }
        if value.contains("://") { throw StoreError.badURL(value) }
        let path = value.hasPrefix("sqlite:") ? String(value.dropFirst("sqlite:".count)) : value
        return try SQLiteStore(path: path)
    }

    /// Opens and migrates.
    public static func openMigrated(_ location: String?) async throws -> any Store {
        let store = try open(location)
        try await store.migrate()
        return store
    }
}
