import Foundation

/// Scores main-text extraction on pages with expected extractions.
///
/// - `expected.jsonl` (trafilatura's benchmark): each `with` snippet found in the extracted
///   text is a true positive, a missed one a false negative; each `without` snippet found is a
///   false positive. Whitespace is collapsed on both sides before matching.
/// - `NAME.html` + `NAME.expected.txt` (full gold text): bag-of-words token precision, recall
///   and F1 (lower-cased letters and digits), summed over pages.
public struct ExtractionScore: Sendable, Equatable {
    public var pages = 0
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var fullTextPages = 0
    public var tokenOverlap = 0
    public var tokensExtracted = 0
    public var tokensExpected = 0
    /// Per-page failures for `--verbose`.
    public var misses: [String] = []

    public init() {}

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { Self.f1(precision, recall) }
    public var tokenPrecision: Double { Self.ratio(tokenOverlap, tokensExtracted) }
    public var tokenRecall: Double { Self.ratio(tokenOverlap, tokensExpected) }
    public var tokenF1: Double { Self.f1(tokenPrecision, tokenRecall) }

    public var summary: String {
        func f(_ v: Double) -> String { String(format: "%.3f", v) }
        var s = "extraction P \(f(precision)) R \(f(recall)) F1 \(f(f1)) (snippets: \(pages) pages, "
        s += "\(truePositives) TP \(falsePositives) FP \(falseNegatives) FN)"
        if fullTextPages > 0 {
            s += "; full text token P \(f(tokenPrecision)) R \(f(tokenRecall)) F1 \(f(tokenF1)) (\(fullTextPages) pages)"
        }
        return s
    }

    /// Evaluates every `expected.jsonl` and `*.expected.txt` under `directory`.
    public static func evaluate(directory: String) throws -> ExtractionScore {
        var score = ExtractionScore()
        let files = try InputFiles.expand([directory])
        for file in files where file.hasSuffix("/expected.jsonl") || file == "expected.jsonl" {
            let dir = (file as NSString).deletingLastPathComponent
            var reader = BufferedReader(try InputSource.open(file))
            while let line = try reader.nextLine() {
                guard !line.isEmpty,
                    let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                    let name = obj["file"] as? String
                else { continue }
                let page = (dir as NSString).appendingPathComponent(name)
                guard let bytes = FileManager.default.contents(atPath: page) else { continue }
                let text = extractedText([UInt8](bytes))
                score.pages += 1
                for snippet in (obj["with"] as? [String]) ?? [] {
                    if text.contains(snippet.collapsedSpaces) {
                        score.truePositives += 1
                    } else {
                        score.falseNegatives += 1
                        score.misses.append("\(name): missed: \(snippet)")
                    }
                }
                for snippet in (obj["without"] as? [String]) ?? [] where text.contains(snippet.collapsedSpaces) {
                    score.falsePositives += 1
                    score.misses.append("\(name): kept boilerplate: \(snippet)")
                }
            }
        }
        for file in files where file.hasSuffix(".expected.txt") {
            let page = String(file.dropLast(".expected.txt".count)) + ".html"
            guard let html = FileManager.default.contents(atPath: page),
                let gold = FileManager.default.contents(atPath: file)
            else { continue }
            let got = bag(extractedText([UInt8](html)))
            let want = bag(String(decoding: gold, as: UTF8.self))
            var overlap = 0
            for (token, n) in got { overlap += min(n, want[token] ?? 0) }
            let extracted = got.values.reduce(0, +)
            let expected = want.values.reduce(0, +)
            score.fullTextPages += 1
            score.tokenOverlap += overlap
            score.tokensExtracted += extracted
            score.tokensExpected += expected
            score.misses.append(
                "\((page as NSString).lastPathComponent): token P \(ratio(overlap, extracted)) R \(ratio(overlap, expected))")
        }
        return score
    }

    /// The main text as the evaluation sees it: blocks on lines, whitespace collapsed.
    static func extractedText(_ bytes: [UInt8]) -> String {
        let article = ContentExtractor.extract(HTMLParser.parse(bytes))
        return article.paragraphs.map(\.collapsedSpaces).joined(separator: "\n")
    }

    static func bag(_ text: String) -> [String: Int] {
        var out: [String: Int] = [:]
        var word = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                word.append(ch)
            } else if !word.isEmpty {
                out[word, default: 0] += 1
                word = ""
            }
        }
        if !word.isEmpty { out[word, default: 0] += 1 }
        return out
    }
}
