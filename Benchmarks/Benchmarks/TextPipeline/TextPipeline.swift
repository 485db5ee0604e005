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

/// CPU seconds used by the calling thread.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
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

    // One iteration = decode, tokenize and split every article once, each as one paragraph:
    // the issue's "tokenize+split" figure, without the article structure and date search.
    Benchmark("tokenize+split only (one core)") { benchmark in
        var tokens: [ByteToken] = []
        for _ in benchmark.scaledIterations {
            let cpuStart = threadCPUSeconds()
            var count = 0
            var sentences = 0
            for article in corpus {
                guard let decoded = try? TextDecoder.decode(article, inputName: "bench") else { continue }
                tokens.removeAll(keepingCapacity: true)
                sentences += decoded.bytes.withUnsafeBufferPointer { p in
                    Tokenizer.tokenize(p, range: 0..<p.count, into: &tokens)
                    return SentenceSplitter.split(p, tokens, range: 0..<tokens.count).count
                }
                count += tokens.count
            }
            let cpu = threadCPUSeconds() - cpuStart
            blackHole(count + sentences)
            print("TOKENIZE+SPLIT \(String(format: "%.1f", Double(corpusBytes) / 1e6 / cpu)) MB/s \(Int(Double(count) / cpu)) tokens/s per CPU-second over \(corpus.count) articles, \(corpusBytes) bytes, \(count) tokens, \(sentences) sentences")
        }
    }

    // One iteration = structure, tokenize and split every article of the corpus once.
    Benchmark("tokenize+split news corpus (one core)") { benchmark in
        for _ in benchmark.scaledIterations {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = threadCPUSeconds()
            var tokens = 0
            for article in corpus {
                if let doc = try? TextPipeline.analyze(article) { tokens += doc.tokens.count }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpu = threadCPUSeconds() - cpuStart
            blackHole(tokens)
            benchmark.measurement(.custom("MB/s"), Int(Double(corpusBytes) / 1e6 / seconds))
            benchmark.measurement(.custom("Ktokens/s"), Int(Double(tokens) / 1e3 / seconds))
            // CPU time of this thread is the figure that survives a busy machine; wall time is shown too.
            print("TEXT tokenize+split \(String(format: "%.1f", Double(corpusBytes) / 1e6 / cpu)) MB/s \(Int(Double(tokens) / cpu)) tokens/s per CPU-second (wall: \(String(format: "%.1f", Double(corpusBytes) / 1e6 / seconds)) MB/s) over \(corpus.count) articles, \(corpusBytes) bytes")
        }
    }
}
