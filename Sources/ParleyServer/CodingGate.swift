import Foundation

/// Bounds how many articles are coded at once, with a short bounded waiting line.
///
/// Coding is CPU-bound, so more simultaneous work than cores only adds latency and memory.
/// A request takes a slot if one is free, waits in a line of at most `maxWaiting` otherwise,
/// and is refused at once (`busy`) when the line is full: the queue can never grow without
/// bound. The work runs on a thread of its own, off the event loops and the Swift concurrency
/// pool (whose few threads must stay free to answer other requests), and its slot is released only when the work really ends, even if the client has
/// already been answered with a timeout.
public final class CodingGate: @unchecked Sendable {
    public enum Refusal: Error, Equatable {
        /// The waiting line was full.
        case busy
        /// The deadline passed while waiting or coding.
        case timeout
    }

    public let capacity: Int
    public let maxWaiting: Int

    private let lock = NSLock()
    private var running = 0
    private var waiters: [(id: UInt64, resume: @Sendable (Bool) -> Void)] = []
    private var nextID: UInt64 = 0

    public init(capacity: Int, maxWaiting: Int) {
        self.capacity = max(1, capacity)
        self.maxWaiting = max(0, maxWaiting)
    }

    /// Slots in use and requests waiting, for metrics and tests.
    public var load: (running: Int, waiting: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (running, waiters.count)
    }

    /// Runs `work` in a slot, or throws `Refusal` when the line is full or `deadline` passes.
    public func run<T: Sendable>(
        deadline: ContinuousClock.Instant, _ work: @escaping @Sendable () throws -> T
    ) async throws -> T {
        try await acquire(deadline: deadline)
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let once = Once()
            let timer = Self.schedule(at: deadline) {
                if once.claim() { continuation.resume(throwing: Refusal.timeout) }
            }
            let thread = Thread {
                let result = Result { try work() }
                self.release()
                if once.claim() {
                    timer.cancel()
                    continuation.resume(with: result)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private enum Admission { case granted, busy, timedOut }

    private func acquire(deadline: ContinuousClock.Instant) async throws {
        let admission: Admission = await withCheckedContinuation { continuation in
            admit(deadline: deadline) { continuation.resume(returning: $0) }
        }
        switch admission {
        case .granted: return
        case .busy: throw Refusal.busy
        case .timedOut: throw Refusal.timeout
        }
    }

    /// Takes a free slot, joins the waiting line, or refuses; `decide` is called exactly once.
    private func admit(deadline: ContinuousClock.Instant, _ decide: @escaping @Sendable (Admission) -> Void) {
        lock.lock()
        if running < capacity {
            running += 1
            lock.unlock()
            decide(.granted)
            return
        }
        guard waiters.count < maxWaiting else {
            lock.unlock()
            decide(.busy)
            return
        }
        let id = nextID
        nextID += 1
        let once = Once()
        let timer = Self.schedule(at: deadline) { [weak self] in self?.removeWaiter(id) }
        waiters.append((id, { granted in
            if once.claim() {
                if granted { timer.cancel() }
                decide(granted ? .granted : .timedOut)
            }
        }))
        lock.unlock()
    }

    /// Deadline timers run on a serial queue of their own. A serial queue gets a thread even
    /// when every worker of the (small, fixed-width) global pool, which Swift concurrency
    /// shares, is blocked: deadlines must fire on time exactly when the service is busiest.
    private static let timers = DispatchQueue(label: "parley.coding-gate.deadlines")

    /// Runs `action` at `deadline` on `timers`, not in a Swift concurrency task.
    private static func schedule(
        at deadline: ContinuousClock.Instant, _ action: @escaping @Sendable () -> Void
    ) -> DispatchWorkItem {
        let item = DispatchWorkItem(block: action)
        let remaining = ContinuousClock.now.duration(to: deadline)
        let nanoseconds = remaining <= .zero
            ? 0 : remaining.components.seconds * 1_000_000_000 + remaining.components.attoseconds / 1_000_000_000
        timers.asyncAfter(deadline: .now() + .nanoseconds(Int(clamping: nanoseconds)), execute: item)
        return item
    }

    private func removeWaiter(_ id: UInt64) {
        lock.lock()
        let index = waiters.firstIndex { $0.id == id }
        let waiter = index.map { waiters.remove(at: $0) }
        lock.unlock()
        waiter?.resume(false)
    }

    /// Hands the slot to the first waiter, or frees it.
    private func release() {
        lock.lock()
        if waiters.isEmpty {
            running -= 1
            lock.unlock()
        } else {
            let waiter = waiters.removeFirst()
            lock.unlock()
            waiter.resume(true)
        }
    }
}

/// A flag that exactly one caller can claim; guards continuations resumed from two places.
final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = false

    func claim() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if claimed { return false }
        claimed = true
        return true
    }
}
