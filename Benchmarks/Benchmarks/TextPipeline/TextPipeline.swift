import Benchmark
import Foundation
import ParleyText

/// News articles from ../shared/data/news (Reuters-21578 and web news), or nil when absent.
func loadNewsCorpus() -> [[UInt8]]? {
    var texts: [[UInt8]] = []
    let root = ["../../shared/data/news", "../shared/data/news"].first {
        FileManager.default.fileExists(atPath: $0)
    }
    guard let root else { return nil }
    var blobs: [Data] = []
    if let web = FileManager.default.contents(atPath: root + "/web-news-en.jsonl") { blobs.append(web) }
    let gz = root + "/reuters21578.jsonl.gz"
    if FileManager.default.fileExists(atPath: gz) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", gz]
        let pipe = Pipe()
        process.standardOutput = pipe
        try? process.run()
        blobs.append(pipe.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
    }
    for blob in blobs {
        for line in blob.split(separator: 0x0A) {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let text = obj["text"] as? String
            else { continue }
            let title = obj["title"] as? String ?? ""
            texts.append(Array((title + "\n\n" + text).utf8))
        }
    }
    return texts.isEmpty ? nil : texts
}

let corpus = loadNewsCorpus()
let corpusBytes = corpus?.reduce(0) { $0 + $1.count } ?? 0

let benchmarks: @Sendable () -> Void = {
    guard let corpus else {
        print("skipped: ../shared/data/news not found")
        return
    }
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident,
                  .custom("MB/s", polarity: .prefersLarger), .custom("Ktokens/s", polarity: .prefersLarger)],
        maxDuration: .seconds(20), maxIterations: 10)

    // One iteration = structure, tokenize and split every article of the corpus once.
    Benchmark("tokenize+split news corpus (one core)") { benchmark in
        for _ in benchmark.scaledIterations {
            let start = DispatchTime.now().uptimeNanoseconds
            var tokens = 0
            for article in corpus {
                if let doc = try? TextPipeline.analyze(article) { tokens += doc.tokens.count }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            blackHole(tokens)
            benchmark.measurement(.custom("MB/s"), Int(Double(corpusBytes) / 1e6 / seconds))
            benchmark.measurement(.custom("Ktokens/s"), Int(Double(tokens) / 1e3 / seconds))
            print("TEXT tokenize+split \(String(format: "%.1f", Double(corpusBytes) / 1e6 / seconds)) MB/s \(Int(Double(tokens) / seconds)) tokens/s over \(corpus.count) articles, \(corpusBytes) bytes")
        }
    }
}
