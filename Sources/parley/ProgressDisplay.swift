import Foundation
import ParleyStore

/// Shows ingest progress on standard error: a redrawn bar on a terminal (documents/s, events,
/// errors, ETA), one plain line every 10 s otherwise.
final class ProgressDisplay: @unchecked Sendable {
    let engine: IngestEngine
    let enabled: Bool
    let tty = isatty(2) != 0
    private var timer: DispatchSourceTimer?

    init(engine: IngestEngine, enabled: Bool) {
        self.engine = engine
        self.enabled = enabled
    }

    func start() {
        guard enabled else { return }
        let t = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        let interval: DispatchTimeInterval = tty ? .milliseconds(250) : .seconds(10)
        t.schedule(deadline: .now() + interval, repeating: interval)
        t.setEventHandler { [self] in draw() }
        t.resume()
        timer = t
    }

    func stop() {
        timer?.cancel()
        timer = nil
        if enabled && tty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    func draw() {
        let p = engine.snapshot()
        let rate = p.seconds > 0 ? Double(p.documents + p.duplicates) / p.seconds : 0
        var line = String(
            format: "%d documents, %d events, %d errors, %.1f docs/s", p.documents, p.events, p.errors, rate)
        if tty {
            var bar = ""
            if p.files > 1 {
                let fraction = Double(p.filesDone) / Double(p.files)
                let width = 24
                let filled = Int(fraction * Double(width))
                bar = "[" + String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled) + "] "
                if fraction > 0 && fraction < 1 {
                    let eta = Int(p.seconds / fraction * (1 - fraction))
                    line += String(format: ", ETA %d:%02d", eta / 60, eta % 60)
                }
            }
            FileHandle.standardError.write(Data("\r\u{1B}[K\(bar)\(line)".utf8))
        } else {
            FileHandle.standardError.write(Data("ingest: \(line)\n".utf8))
        }
    }
}
