import Benchmark
import Foundation
import ParleyPipeline
import ParleyText

/// The whole pipeline (text, tagger, parser, entities, article stage, event coder) over news
/// articles from ../shared/data/news, on one core, with the time of each stage.
///
/// Prints one summary line per iteration:
/// `PIPELINE … tokens/s … sentences/s per CPU-second (NLP … tokens/s) … peak RSS … MB`.

/// News articles (web news, then Reuters) from ../shared/data/news, or nil when absent.
func loadNews(limit: Int) -> [[UInt8]]? {
    guard let root = ["../../shared/data/news", "../shared/data/news"].first(where: {
        FileManager.default.fileExists(atPath: $0)
    }) else { return nil }
    var blobs: [Data] = []
    if let web = FileManager.default.contents(atPath: root + "/web-news-en.jsonl") { blobs.append(web) }
    let gz = root + "/reuters21578.jsonl.gz"
    let plain = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-reuters.jsonl").path
    if FileManager.default.fileExists(atPath: gz) {
        // gzip writes a file, not a pipe: no end-of-file to wait for.
        _ = system("gzip -dc '\(gz)' > '\(plain)'")
        if let data = FileManager.default.contents(atPath: plain) { blobs.append(data) }
    }
    var texts: [[UInt8]] = []
    for blob in blobs {
        for line in blob.split(separator: 0x0A) where texts.count < limit {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let text = obj["text"] as? String, text.utf8.count > 200
            else { continue }
            texts.append(Array(((obj["title"] as? String ?? "") + "\n\n" + text).utf8))
        }
    }
    return texts.isEmpty ? nil : texts
}

func threadCPU() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func peakRSSMegabytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
    }
    return 0
}

let news = loadNews(limit: 2000)
let pipeline = try? Pipeline.standard()

let benchmarks: @Sendable () -> Void = {
    guard let news, let pipeline else {
        print("skipped: ../shared/data/news not found or the shipped models did not load")
        return
    }
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .custom("Ktokens/s", polarity: .prefersLarger)],
        maxDuration: .seconds(60), maxIterations: 3)

    // One iteration = every article through every stage once, on this thread.
    Benchmark("whole pipeline, news articles (one core)") { benchmark in
        for _ in benchmark.scaledIterations {
            var stageCPU = [Double](repeating: 0, count: pipeline.stages.count)
            var textCPU = 0.0
            var tokens = 0
            var sentences = 0
            var events = 0
            let started = threadCPU()
            for article in news {
                let t0 = threadCPU()
                guard var doc = try? TextPipeline.analyze(article) else { continue }
                textCPU += threadCPU() - t0
                for (i, stage) in pipeline.stages.enumerated() {
                    let t = threadCPU()
                    try? stage.process(&doc)
                    stageCPU[i] += threadCPU() - t
                }
                tokens += doc.tokens.count
                sentences += doc.sentences.count
                events += doc.events.count
            }
            let cpu = threadCPU() - started
            blackHole(events)
            benchmark.measurement(.custom("Ktokens/s"), Int(Double(tokens) / 1e3 / cpu))
            let stages = zip(pipeline.stages, stageCPU).map { "\($0.name) \(String(format: "%.1f", $1)) s" }
                .joined(separator: ", ")
            print(
                "PIPELINE \(Int(Double(tokens) / cpu)) tokens/s \(Int(Double(sentences) / cpu)) sentences/s per CPU-second"
                    + " (NLP \(Int(Double(tokens) / stageCPU[0])) tokens/s) over \(news.count) articles,"
                    + " \(tokens) tokens, \(events) events; text \(String(format: "%.1f", textCPU)) s, \(stages);"
                    + " peak RSS \(peakRSSMegabytes()) MB")
        }
    }
}
