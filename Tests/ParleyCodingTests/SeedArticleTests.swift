import Foundation
import ParleyArticle
import ParleyCoding
import ParleyModel
import ParleyNLP
import ParleyText
import Testing

/// The canonical seed article through Parley's own tagger/parser and the coder.
@Suite struct SeedArticleTests {
    static let path = "../shared/examples/bloomberg-2016-02-10-syria-diplomacy.txt"

    @Test func analystEvents() throws {
        guard FileManager.default.fileExists(atPath: Self.path) else {
            print("skipped: \(Self.path) not present")
            return
        }
        let text = try PetrarchDictionaryFiles.read(Self.path)
        var doc = try TextPipeline.analyze(text: text, metadata: ArticleMetadata(date: "2016-02-10"))
        try LinguisticStage.loadShipped().process(&doc)
        try Hand.shipped.process(&doc)
        let events = doc.events
        func find(_ s: String, _ root: String, _ t: String?) -> Event? {
            events.first { e in
                let pair = (e.source?.actor.map { String($0.prefix(3)) }, e.target?.actor.map { String($0.prefix(3)) })
                return pair.0 == s && pair.1 == t && e.root == root
            }
        }
        #expect(find("USA", "04", "RUS")?.place == "Munich", "USA/RUS consult in Munich")
        #expect(find("SYR", "19", "SYR") != nil, "government forces encircle Aleppo")
        #expect(find("SYR", "10", "RUS") != nil, "HNC demands of Russia")
        #expect(find("DEU", "11", "RUS") != nil, "Germany blames Russia")
        #expect(find("DEU", "04", "TUR") != nil, "Germany–Turkey consult in Ankara")
        #expect(find("USA", "04", "SAU")?.place == "Washington", "USA–Saudi meeting in Washington")
        #expect(find("USA", "02", nil) != nil, "Kerry appeals")
        #expect(events.count <= 18, "few others: \(events.count) events")
    }

    /// With the article stage's times and places, each event takes the date and place of its
    /// own clause, not the first ones its sentence mentions.
    @Test func analystDatesAndPlaces() throws {
        guard FileManager.default.fileExists(atPath: Self.path) else {
            print("skipped: \(Self.path) not present")
            return
        }
        let text = try PetrarchDictionaryFiles.read(Self.path)
        var doc = try TextPipeline.analyze(text: text, metadata: ArticleMetadata(date: "2016-02-10"))
        try LinguisticStage.loadShipped().process(&doc)
        try ArticleStage.loadShipped().process(&doc)
        try Hand.shipped.process(&doc)
        func find(_ s: String, _ root: String, _ t: String?) -> Event? {
            doc.events.first { e in
                e.source?.actor.map { String($0.prefix(3)) } == s && e.target?.actor.map { String($0.prefix(3)) } == t
                    && e.root == root
            }
        }
        let munich = find("USA", "04", "RUS")
        #expect(munich?.place == "Munich" && munich?.date == "2016-02-11" && munich?.dateBasis == "stated")
        let washington = find("USA", "04", "SAU")
        #expect(washington?.place == "Washington" && washington?.date == "2016-02-08")
        let ankara = find("DEU", "04", "TUR")
        #expect(ankara?.place == "Ankara" && ankara?.date == "2016-02-08")
        #expect(find("DEU", "11", "RUS")?.date == "2016-02-08", "the blame falls on the day of the visit")
        #expect(find("USA", "02", nil)?.date == "2016-01-31")
        let demand = find("SYR", "10", "RUS")
        #expect(demand?.dateBasis == "report", "Feb. 25 dates the Geneva talks, not the demand")
    }
}
