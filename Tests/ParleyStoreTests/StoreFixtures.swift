import Foundation
import ParleyIngest
import ParleyModel

@testable import ParleyStore

/// A coded document with literal annotations, so store tests do not depend on the coder.
func sampleOutput(_ n: Int, text: String? = nil, date: String = "2016-02-10", source: String = "example.org") -> Output {
    let body = text ?? "Russia and the United States agreed on a ceasefire in Syria, report number \(n)."
    let verb = TextSpan(text: "agreed", start: 29, end: 35)
    let events = [
        Event(
            id: "e1", sentence: 0, source: Participant(text: "Russia", start: 0, end: 6, actor: "RUSGOV"),
            target: Participant(text: "the United States", start: 11, end: 28, actor: "USA"), code: "057", root: "05",
            quadClass: 1, goldstein: 8.0, plover: PloverLabel(type: "AGREE"), date: date, dateBasis: "report",
            place: "Syria", evidence: Evidence(verb: verb, rule: "agree to"),
            mentions: [EventMention(sentence: 0, verb: verb)]),
        Event(
            id: "e2", sentence: 0, source: Participant(text: "Syria", start: 0, end: 5, actor: "SYRMIL"),
            target: Participant(text: "rebels", start: 6, end: 12, actor: "SYRREB"), code: "190", root: "19",
            quadClass: 4, goldstein: -10, plover: PloverLabel(type: "FIGHT", mode: "conventional"),
            evidence: Evidence(verb: verb, rule: "fight")),
    ]
    let info = DocumentInfo(
        id: String(format: "%032x", n) , title: "Report \(n)", date: date, source: source, url: "https://\(source)/\(n)")
    return Output(
        document: info, text: body,
        sentences: [Sentence(index: 0, start: 0, end: body.count, text: body, kind: .body)],
        entities: [Entity(text: "Russia", start: 0, end: 6, type: "GPE", canonical: "Russia", actor: "RUS")],
        events: events,
        quotes: [Quote(text: "We agree", start: 0, end: 8, sentence: 0, speaker: Speaker(text: "Lavrov", start: 0, end: 6))],
        times: [TimeExpression(text: "Thursday", start: 0, end: 8, type: "DATE", value: date)],
        places: [
            Place(
                text: "Syria", start: 60, end: 65, name: "Syria", country: "SY", admin1: nil, lat: 35, lon: 38,
                geonamesId: 163843, feature: "country")
        ])
}

func temporaryDatabase() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("parley-store-\(UUID().uuidString).sqlite").path
}
