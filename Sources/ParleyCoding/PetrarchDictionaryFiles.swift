import Foundation

/// Loads PETRARCH dictionary files from disk into `CodingDictionaries`.
public enum PetrarchDictionaryFiles {
    public static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DictionaryError(file: path, line: 0, message: "cannot read dictionary file")
        }
        return String(decoding: data.filter { $0 != 13 }, as: UTF8.self)
    }

    /// Compiles the named files; any may be nil/empty.
    public static func load(verbs: String?, actors: [String], agents: String?, discards: String?) throws
        -> CodingDictionaries
    {
        var d = CodingDictionaries()
        if let verbs { try PetrarchVerbLoader.load(read(verbs), file: verbs, into: &d.verbs) }
        for a in actors { try PetrarchActorLoader.loadActors(read(a), file: a, into: &d.actors) }
        if let agents { try PetrarchActorLoader.loadAgents(read(agents), file: agents, into: &d.agents) }
        if let discards { d.discards = PetrarchActorLoader.loadDiscards(try read(discards)) }
        d.actors.finish()
        d.agents.finish()
        return d
    }

    /// Loads a PETRARCH dictionary folder: files named like `*verbs*`, `*actors*`, `*agents*`,
    /// `*discards*` (the `--dictionaries DIR` front-end).
    public static func load(directory: String) throws -> CodingDictionaries {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory))?.sorted() ?? []
        func pick(_ key: String) -> [String] {
            names.filter { $0.lowercased().contains(key) && $0.hasSuffix(".txt") }.map { directory + "/" + $0 }
        }
        return try load(
            verbs: pick("verbs").first, actors: pick("actors"), agents: pick("agents").first,
            discards: pick("discards").first)
    }
}
