import ArgumentParser
import Foundation
import ParleyCoding
import ParleyModel

/// `parley eval events GOLD.json OUTPUT.json`: article-level event-set match.
struct EvalEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Compare coded events with article-level gold (source country, target country, root; consult symmetric).",
        discussion: """
            GOLD.json is a parley/1 document or a JSON array of {"source": "USA", "target": "RUS", "root": "04"};
            an entry with "required": false is an event an analyst accepts but does not require: coded, it
            counts as right; missing, it is not missed.
            OUTPUT.json is a parley/1 document (as written by `parley code --format json`).
            """)

    @Argument(help: "Gold events.")
    var gold: String

    @Argument(help: "Parley output (parley/1 JSON).")
    var output: String

    struct GoldEvent: Decodable {
        var source: String?
        var target: String?
        var root: String?
        var code: String?
        var required: Bool?
    }

    func run() throws {
        let goldBytes = Data(try InputFile.read(gold))
        let outBytes = Data(try InputFile.read(output))
        let decoder = JSONDecoder()
        let goldKeys: [EventSetEvaluation.Key]
        var acceptable: [EventSetEvaluation.Key] = []
        if let doc = try? decoder.decode(Output.self, from: goldBytes) {
            goldKeys = EventSetEvaluation.keys(doc.events)
        } else {
            do {
                let entries = try decoder.decode([GoldEvent].self, from: goldBytes)
                func key(_ e: GoldEvent) -> EventSetEvaluation.Key {
                    EventSetEvaluation.Key(source: e.source, target: e.target, root: e.root ?? e.code ?? "")
                }
                goldKeys = entries.filter { $0.required != false }.map(key)
                acceptable = entries.filter { $0.required == false }.map(key)
            } catch {
                throw InputFile.Failure(description: "\(gold): neither parley/1 nor a list of gold events (\(error))")
            }
        }
        let coded: Output
        do {
            coded = try decoder.decode(Output.self, from: outBytes)
        } catch {
            throw InputFile.Failure(description: "\(output): not parley/1 JSON (\(error))")
        }
        let s = EventSetEvaluation.score(gold: goldKeys, coded: EventSetEvaluation.keys(coded.events), acceptable: acceptable)
        for k in s.matched { print("matched  \(k)") }
        for k in s.accepted { print("accepted \(k)") }
        for k in s.missed { print("missed   \(k)") }
        for k in s.spurious { print("spurious \(k)") }
        let p = (s.precision * 1000).rounded() / 10
        let r = (s.recall * 1000).rounded() / 10
        print("precision \(p)%, recall \(r)%: \(s.matched.count) matched, \(s.accepted.count) accepted, \(s.missed.count) missed, \(s.spurious.count) spurious")
    }
}
