import Foundation
import ParleyTestSupport
import ParleyModel
import Testing

/// Runs the built `parley` binary and captures its output.
struct Run {
    var status: Int32
    var stdout: Data
    var stderr: String

    static var binary: URL {
        // The test bundle and the executable are built into the same folder.
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [here, here.deletingLastPathComponent(), URL(fileURLWithPath: ".build/debug")] {
            let candidate = dir.appendingPathComponent("parley")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: ".build/debug/parley")
    }

    /// Runs `parley` with its output captured in files (see ParleyTestSupport.ChildProcess).
    static func parley(_ args: [String], stdin: Data? = nil) throws -> Run {
        let result = try runChild(binary.path, args, stdin: stdin ?? Data())
        return Run(status: result.status, stdout: result.stdout, stderr: String(decoding: result.stderr, as: UTF8.self))
    }
}

func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

@Suite(.serialized) struct CLITests {
    @Test func codesTheBundledExample() throws {
        let r = try Run.parley(["code", "Examples/ministers-meet-in-vienna.txt", "--date", "2024-03-06"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try JSONDecoder().decode(Output.self, from: r.stdout)
        #expect(o.schema == "parley/1")
        #expect(o.document.date == "2024-03-06")
        #expect(o.structure.title?.text.hasPrefix("Germany and France") == true)
        #expect(o.structure.removed.map(\.reason) == ["advertisement"])
        #expect(o.sentences.count > 10)
    }

    @Test func readsStandardInputAndWritesJSONLines() throws {
        let r = try Run.parley(["code", "-", "--format", "jsonl", "--tokens"], stdin: Data("Title\n\nKerry met Lavrov.\n".utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: 0x0A)
        #expect(lines.count == 1)
        let o = try JSONDecoder().decode(Output.self, from: Data(lines[0]))
        #expect(o.tokens?.map(\.text) == ["Title", "Kerry", "met", "Lavrov", "."])
    }

    @Test func writesToAnOutputFile() throws {
        let input = try temporaryFile(Array("A Title\n\nThe talks resumed.".utf8), name: "a.txt")
        let target = input + ".json"
        let r = try Run.parley(["code", input, "--output", target])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        let o = try JSONDecoder().decode(Output.self, from: try Data(contentsOf: URL(fileURLWithPath: target)))
        #expect(o.sentences.last?.text == "The talks resumed.")
    }

    @Test(arguments: [
        (["code", "/nonexistent/article.txt"], "/nonexistent/article.txt: no such file"),
        (["code", "Examples/ministers-meet-in-vienna.txt", "--date", "2016-02-30"], "--date '2016-02-30'"),
        (["code", "Examples/ministers-meet-in-vienna.txt", "--date", "yesterday"], "--date 'yesterday'"),
        (["code", "Examples"], "Examples: is a directory"),
    ])
    func failsCleanly(_ args: [String], _ message: String) throws {
        let r = try Run.parley(args)
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(message), "stderr was: \(r.stderr)")
    }

    @Test func refusesEmptyAndBinaryFiles() throws {
        let empty = try temporaryFile([], name: "empty.txt")
        var r = try Run.parley(["code", empty])
        #expect(r.status != 0 && r.stdout.isEmpty)
        #expect(r.stderr.contains("empty.txt: the input is empty"))
        let binary = try temporaryFile([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3], name: "image.png")
        r = try Run.parley(["code", binary])
        #expect(r.status != 0 && r.stdout.isEmpty)
        #expect(r.stderr.contains("image.png: not text (NUL byte at byte 4)"))
    }

    @Test func printsVersionAndHelp() throws {
        let v = try Run.parley(["--version"])
        #expect(String(decoding: v.stdout, as: UTF8.self).hasPrefix("0."))
        let h = try Run.parley(["code", "--help"])
        #expect(String(decoding: h.stdout, as: UTF8.self).contains("--date"))
    }
}
