import Foundation
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
}
