import Foundation

/// A throw-away PostgreSQL cluster on loopback for tests, started with Debian's binaries
/// (`/usr/lib/postgresql/N/bin`). When running as root, the server runs as the `postgres`
/// user through `runuser`, because initdb refuses root. Nil (with a reason) when none can start.
final class PostgresServer: @unchecked Sendable {
    let directory: String
    let port: Int
    let bin: String
    let asUser: String?
    var url: String { "postgres://postgres@127.0.0.1:\(port)/parley" }

    static func binDirectory() -> String? {
        let base = "/usr/lib/postgresql"
        guard let versions = try? FileManager.default.contentsOfDirectory(atPath: base) else { return nil }
        for v in versions.sorted(by: >) where FileManager.default.isExecutableFile(atPath: "\(base)/\(v)/bin/initdb") {
            return "\(base)/\(v)/bin"
        }
        return nil
    }

    /// Starts a cluster, or returns the reason it could not.
    static func start() -> Result<PostgresServer, SkipReason> {
        guard let bin = binDirectory() else {
            return .failure(SkipReason("no PostgreSQL server binaries (apt-get install postgresql)"))
        }
        let root = getuid() == 0
        if root && !FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") && !FileManager.default.isExecutableFile(atPath: "/sbin/runuser") {
            return .failure(SkipReason("running as root without runuser to start PostgreSQL as another user"))
        }
        let dir = "/tmp/parley-pg-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let port = Int.random(in: 20000...40000)
        let server = PostgresServer(directory: dir, port: port, bin: bin, asUser: root ? "postgres" : nil)
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            if root { _ = try run("/bin/chown", ["postgres:postgres", dir]) }
            let initdb = try server.exec("initdb", ["-D", "\(dir)/data", "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
            guard initdb.status == 0 else { return .failure(SkipReason("initdb failed: \(initdb.output.suffix(300))")) }
            let start = try server.exec(
                "pg_ctl",
                ["-D", "\(dir)/data", "-l", "\(dir)/log", "-w", "-o",
                 "-p \(port) -k \(dir) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100", "start"])
            guard start.status == 0 else { return .failure(SkipReason("pg_ctl start failed: \(start.output.suffix(300))")) }
            let create = try server.exec("createdb", ["-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres", "parley"])
            guard create.status == 0 else {
                server.stop()
                return .failure(SkipReason("createdb failed: \(create.output.suffix(300))"))
            }
        } catch {
            return .failure(SkipReason("cannot start PostgreSQL: \(error)"))
        }
        return .success(server)
    }

    private init(directory: String, port: Int, bin: String, asUser: String?) {
        self.directory = directory
        self.port = port
        self.bin = bin
        self.asUser = asUser
    }

    func exec(_ tool: String, _ args: [String]) throws -> (status: Int32, output: String) {
        if let asUser {
            let runuser = FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") ? "/usr/sbin/runuser" : "/sbin/runuser"
            return try run(runuser, ["-u", asUser, "--", "\(bin)/\(tool)"] + args)
        }
        return try run("\(bin)/\(tool)", args)
    }

    func stop() {
        _ = try? exec("pg_ctl", ["-D", "\(directory)/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: directory)
    }
}

struct SkipReason: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
