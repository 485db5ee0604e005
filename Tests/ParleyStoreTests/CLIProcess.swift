import Foundation
import ParleyTestSupport

/// Finds the built `parley` executable next to the test bundle or under .build.
func parleyBinary() -> String? {
    var candidates: [String] = []
    let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
    candidates.append(bundle.appendingPathComponent("parley").path)
    for arg in CommandLine.arguments.prefix(1) {
        candidates.append(URL(fileURLWithPath: arg).deletingLastPathComponent().appendingPathComponent("parley").path)
    }
    for config in ["debug", "release"] {
        candidates.append(".build/\(config)/parley")
        candidates.append(".build/x86_64-unknown-linux-gnu/\(config)/parley")
        candidates.append(".build/aarch64-unknown-linux-gnu/\(config)/parley")
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Runs a process and returns its exit status and its standard output and error, interleaved.
@discardableResult
func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (
    status: Int32, output: String
) {
    let result = try runChild(executable, arguments, environment: environment, mergeOutput: true)
    return (result.status, result.output)
}

/// A JSONL file of `count` distinct synthetic articles (our own words, no shared data).
func syntheticNews(count: Int) throws -> String {
    let actors = ["Russia", "The United States", "France", "Germany", "Turkey", "Iran", "China", "Egypt"]
    let verbs = ["met", "criticized", "agreed with", "threatened", "welcomed", "accused", "praised", "warned"]
    var out = ""
    for i in 0..<count {
        let a = actors[i % actors.count]
        let b = actors[(i / 3 + 1) % actors.count]
        let v = verbs[(i / 7) % verbs.count]
        var text = "\(a) \(v) \(b.lowercased() == a.lowercased() ? "its neighbours" : b) on Tuesday, officials said in report \(i)."
        for k in 0..<6 {
            text += "\\n\\nParagraph \(k) of story \(i) describes talks in Geneva, aid convoys, and a ceasefire that \(a) proposed."
        }
        out += "{\"title\": \"Report \(i) on \(a)\", \"text\": \"\(text)\", \"date\": \"2016-02-\(10 + i % 18)\", \"url\": \"https://example.org/\(i)\", \"source\": \"example.org\"}\n"
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("parley-news-\(UUID().uuidString).jsonl").path
    try out.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}
