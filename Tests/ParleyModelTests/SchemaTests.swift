import Foundation
import ParleyModel
import Testing

struct SchemaTests {
    func sample() -> Output {
        let event = Event(
            id: "e1", sentence: 3,
            source: Participant(text: "Kerry", start: 10, end: 15, actor: "USAGOV", canonical: "John Kerry"),
            target: Participant(text: "Lavrov", start: 20, end: 26, actor: "RUSGOV"),
            code: "040", root: "04", quadClass: 1, goldstein: 1.0,
            plover: PloverLabel(type: "CONSULT", mode: nil, context: "diplomatic"),
            date: "2016-02-11", dateBasis: "stated", place: "Munich", negated: false, mode: "future",
            evidence: Evidence(verb: TextSpan(text: "meet", start: 30, end: 34), rule: "verb:meet"),
            mentions: [EventMention(sentence: 5, verb: TextSpan(text: "talks", start: 90, end: 95))])
        return Output(
            document: DocumentInfo(id: "abc", title: "T", date: "2016-02-10"), text: "some text",
            structure: Structure(title: TextSpan(text: "T", start: 0, end: 1), removed: [RemovedSpan(text: "x", start: 2, end: 3, reason: "teaser")]),
            sentences: [Sentence(index: 0, start: 0, end: 4, text: "some", kind: .title)],
            entities: [Entity(text: "Kerry", start: 10, end: 15, type: "PERSON", canonical: "John Kerry", actor: "USAGOV")],
            events: [event],
            quotes: [Quote(text: "q", start: 1, end: 2, sentence: 0, speaker: Speaker(text: "she", start: 3, end: 6, canonical: "Maria Zakharova", actor: "RUSGOV"))],
            times: [TimeExpression(text: "Thursday", start: 5, end: 13, type: "DATE", value: "2016-02-11")],
            places: [Place(text: "Munich", start: 0, end: 6, name: "Munich", country: "DE", admin1: "02", lat: 48.1, lon: 11.6, geonamesId: 2867714, feature: "city")],
            warnings: [Warning(code: "invalid-utf8", message: "m", offset: 4)])
    }

    @Test func roundTrips() throws {
        let o = sample()
        let data = try JSONEncoder().encode(o)
        #expect(try JSONDecoder().decode(Output.self, from: data) == o)
    }

    @Test func usesContractFieldNames() throws {
        let data = try JSONEncoder().encode(sample())
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["schema"] as? String == "parley/1")
        for key in ["document", "text", "structure", "sentences", "entities", "events", "quotes", "times", "places", "warnings"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        let event = try #require((json["events"] as? [[String: Any]])?.first)
        for key in ["id", "sentence", "source", "target", "code", "root", "quad_class", "goldstein", "plover", "date", "place", "negated", "mode", "evidence"] {
            #expect(event[key] != nil, "event lacks \(key)")
        }
        let place = try #require((json["places"] as? [[String: Any]])?.first)
        #expect(place["geonames_id"] as? Int == 2867714)
    }
}
