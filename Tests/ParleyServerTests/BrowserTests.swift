import Foundation
import ParleyTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Drives the real web page in headless Chromium against `parley serve` on loopback.
///
/// Skips (with a message) when there is no chromium binary, no built `parley` next to the test
/// bundle, or no ../shared seed article. Screenshots go to .ci/artifacts/ (not committed).
@Suite(.serialized) struct BrowserTests {
    static let seedPath = "../shared/examples/bloomberg-2016-02-10-syria-diplomacy.txt"

    @Test func codesTheSeedArticleInTheBrowser() async throws {
        guard let chromium = Browser.chromiumPath() else {
            print("skipped: no chromium binary (apt-get install chromium; scripts/ci-setup.d/server.sh)")
            return
        }
        guard FileManager.default.fileExists(atPath: Self.seedPath) else {
            print("skipped: \(Self.seedPath) is absent")
            return
        }
        guard let parley = Browser.parleyBinary() else {
            print("skipped: no built parley executable next to the test bundle")
            return
        }
        let text = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
        let server = try await LocalServer.start(parley: parley)
        defer { server.stop() }

        // What the API says about the article, to compare with what the page shows.
        let expected = try await server.code(text, date: "2016-02-10")
        let events = (expected["events"] as? [[String: Any]]) ?? []
        let quotes = (expected["quotes"] as? [[String: Any]]) ?? []

        var hash = URLComponents()
        hash.queryItems = [URLQueryItem(name: "text", value: text), URLQueryItem(name: "date", value: "2016-02-10")]
        let query = (hash.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        let url = "\(server.base)/#\(query)"

        let dom = try Browser.run(chromium, ["--dump-dom", url])
        #expect(dom.contains("id=\"article-view\""))
        #expect(dom.contains("data-coded=\"\(events.count)\""), "the page finished coding and shows the API's event count")
        let article = try #require(Browser.element(dom, id: "article-view"), "article view present")
        #expect(article.contains("Kerry"), "the article text is shown")
        let eventIDs = Set(Browser.attributeValues(article, "data-event").flatMap { $0.split(separator: " ").map(String.init) })
        #expect(eventIDs == Set(events.compactMap { $0["id"] as? String }), "every coded event is highlighted, no other")
        let quoteStarts = Set(Browser.attributeValues(article, "data-quote"))
        #expect(quoteStarts == Set(quotes.compactMap { ($0["start"] as? Int).map(String.init) }), "every quote is highlighted")
        print("browser: \(events.count) events and \(quotes.count) quotes highlighted in the page")

        let artifacts = ".ci/artifacts"
        try FileManager.default.createDirectory(atPath: artifacts, withIntermediateDirectories: true)
        for (name, size) in [("code-1280x800", "1280,800"), ("code-phone", "390,844")] {
            let path = "\(artifacts)/\(name).png"
            _ = try Browser.run(chromium, ["--screenshot=\(path)", "--window-size=\(size)", url])
            #expect(FileManager.default.fileExists(atPath: path), "screenshot \(path)")
        }
    }
}

/// Headless Chromium, run once per page.
enum Browser {
    static func chromiumPath() -> String? {
        let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The `parley` executable built beside the test bundle by `swift test`.
    static func parleyBinary() -> String? {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("parley").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    static func run(_ chromium: String, _ arguments: [String]) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("parley-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let args = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--hide-scrollbars", "--user-data-dir=\(profile.path)", "--virtual-time-budget=20000",
        ] + arguments
        return String(decoding: try runChild(chromium, args).stdout, as: UTF8.self)
    }

    /// The outer HTML of the element with `id` (up to its matching close tag).
    static func element(_ html: String, id: String) -> String? {
        guard let open = html.range(of: "id=\"\(id)\"") else { return nil }
        guard let tagStart = html[..<open.lowerBound].lastIndex(of: "<") else { return nil }
        let name = html[html.index(after: tagStart)...].prefix { $0.isLetter }
        var depth = 0
        var index = tagStart
        while index < html.endIndex {
            let rest = html[index...]
            if rest.hasPrefix("<\(name)") { depth += 1 }
            if rest.hasPrefix("</\(name)>") {
                depth -= 1
                if depth == 0 { return String(html[tagStart..<html.index(index, offsetBy: name.count + 3)]) }
            }
            index = html.index(after: index)
        }
        return nil
    }

    static func attributeValues(_ html: String, _ attribute: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        while let found = rest.range(of: "\(attribute)=\"") {
            let tail = rest[found.upperBound...]
            guard let close = tail.firstIndex(of: "\"") else { break }
            values.append(String(tail[..<close]))
            rest = tail[close...]
        }
        return values
    }
}

/// `parley serve` on a free loopback port for the duration of a test.
final class LocalServer: @unchecked Sendable {
    let process: ChildProcess
    let base: String

    private init(process: ChildProcess, base: String) {
        self.process = process
        self.base = base
    }

    static func start(parley: String) async throws -> LocalServer {
        let port = try FreePort.find()
        let process = try ChildProcess.spawn(parley, ["serve", "--host", "127.0.0.1", "--port", String(port)])
        let server = LocalServer(process: process, base: "http://127.0.0.1:\(port)")
        for _ in 0..<100 {
            if let (_, response) = try? await URLSession.shared.data(from: URL(string: "\(server.base)/healthz")!),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return server
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        server.stop()
        throw StartError(message: "parley serve did not answer /healthz on port \(port) within 10 s")
    }

    func code(_ text: String, date: String) async throws -> [String: Any] {
        var request = URLRequest(url: URL(string: "\(base)/v1/code?date=\(date)")!)
        request.httpMethod = "POST"
        request.setValue("text/plain; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(text.utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    func stop() {
        process.signal(SIGTERM)
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        process.signal(SIGKILL)
        process.wait()
    }

    struct StartError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
