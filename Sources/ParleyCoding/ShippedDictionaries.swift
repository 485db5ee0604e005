import Foundation

/// Parley's own dictionaries, shipped as SwiftPM resources and compiled once.
enum ShippedDictionaries {
    static let files = ["countries", "groups", "people.generated", "people", "agents", "verbs"]

    static func resource(_ name: String, _ ext: String = "txt") throws -> String {
        var name = name
        var ext = ext
        if name.hasSuffix(".generated") {
            name = String(name.dropLast(10))
            ext = "generated.txt"
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else {
            throw DictionaryError(file: "\(name).\(ext)", line: 0, message: "shipped resource missing")
        }
        // Filtering a Data byte by byte is slow; the shipped files normally have no CR at all.
        return String(decoding: data.contains(13) ? Array(data).filter { $0 != 13 } : Array(data), as: UTF8.self)
    }

    static func load() throws -> CodingDictionaries {
        var d = CodingDictionaries()
        d.adjectiveAgents = false
        d.specificActorsKeepCode = true
        for f in files {
            try ParleyDictionaryLoader.load(try resource(f), file: "\(f).txt", into: &d)
        }
        d.actors.finish()
        d.agents.finish()
        return d
    }

    static func cameo() throws -> CameoTable {
        try CameoTable(text: try resource("cameo"), file: "cameo.txt")
    }
}
