import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid`, for tests.
///
/// Foundation's `Process` is not used in the tests: with many tests starting processes at once
/// (servers, workers, PostgreSQL tools), its termination monitoring was seen to miss a child's
/// exit so that `waitUntilExit()` never returned, and its pipes are inherited by unrelated
/// children, so end-of-file on them may never come. Here standard output and error go to files,
/// and the child starts with no blocked signals.
public final class ChildProcess: @unchecked Sendable {
    /// How a child ended.
    public struct Termination: Sendable, Equatable {
        /// The exit status, or 128 + the signal number when a signal ended it.
        public let status: Int32
        /// The signal that ended it, if any.
        public let signal: Int32?
    }

    public let pid: pid_t
    private let lock = NSLock()
    private var ended: Termination?

    private init(pid: pid_t) { self.pid = pid }

    /// Starts `executable`. Each of `stdin`, `stdout`, `stderr` is a file path (nil: /dev/null);
    /// `stderrToStdout` sends standard error to the same file as standard output.
    public static func spawn(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        stdin: String? = nil, stdout: String? = nil, stderr: String? = nil, stderrToStdout: Bool = false
    ) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if stderrToStdout {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, stderr ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = environment ?? ProcessInfo.processInfo.environment
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }

        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw SpawnError(executable: executable, code: rc) }
        return ChildProcess(pid: pid)
    }

    /// Sends `signal` (SIGTERM by default) unless the child has already been reaped.
    public func signal(_ signal: Int32 = SIGTERM) {
        lock.lock()
        defer { lock.unlock() }
        if ended == nil { kill(pid, signal) }
    }

    /// True while the child has not exited (reaps it if it has).
    public var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        if ended != nil { return false }
        var raw: Int32 = 0
        let r = waitpid(pid, &raw, WNOHANG)
        if r == pid { ended = Self.decode(raw) }
        return ended == nil && r == 0
    }

    /// Blocks until the child ends and returns how it ended.
    @discardableResult
    public func wait() -> Termination {
        lock.lock()
        defer { lock.unlock() }
        if let ended { return ended }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
        let termination = Self.decode(raw)
        ended = termination
        return termination
    }

    /// Waits on a thread of its own so that the caller's concurrency thread stays free.
    public func exit() async -> Termination {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: self.wait()) }
        }
    }

    private static func decode(_ raw: Int32) -> Termination {
        let signal = raw & 0x7f
        if signal == 0 { return Termination(status: (raw >> 8) & 0xff, signal: nil) }
        return Termination(status: 128 + signal, signal: signal)
    }

    public struct SpawnError: Error, CustomStringConvertible {
        public let executable: String
        public let code: Int32
        public var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
    }
}

/// What a finished child printed.
public struct ChildResult: Sendable {
    public let status: Int32
    public let stdout: Data
    public let stderr: Data
    /// Standard output and error as one string (they share a file when merged).
    public var output: String { String(decoding: stdout + stderr, as: UTF8.self) }
}

/// Runs `executable` to the end with its output captured in temporary files.
/// `mergeOutput` interleaves standard error into standard output as a terminal would.
public func runChild(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
    stdin: Data? = nil, mergeOutput: Bool = false
) throws -> ChildResult {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-child-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("stdout").path
    let err = dir.appendingPathComponent("stderr").path
    var input: String?
    if let stdin {
        input = dir.appendingPathComponent("stdin").path
        try stdin.write(to: URL(fileURLWithPath: input!))
    }
    let child = try ChildProcess.spawn(
        executable, arguments, environment: environment, stdin: input, stdout: out,
        stderr: mergeOutput ? nil : err, stderrToStdout: mergeOutput)
    let end = child.wait()
    let stdout = (try? Data(contentsOf: URL(fileURLWithPath: out))) ?? Data()
    let stderr = mergeOutput ? Data() : ((try? Data(contentsOf: URL(fileURLWithPath: err))) ?? Data())
    return ChildResult(status: end.status, stdout: stdout, stderr: stderr)
}
