import Foundation
import ParleyArticle
import ParleyModel
import ParleyText
import Testing

/// The canonical Bloomberg article (published Wednesday 2016-02-10).
@Suite struct SeedArticleTests {
    static let path = "../shared/examples/bloomberg-2016-02-10-syria-diplomacy.txt"

    static func doc() throws -> Document? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        var doc = try TextPipeline.analyze(bytes, metadata: ArticleMetadata(date: "2016-02-10"))
        try Shared.stage.process(&doc)
        return doc
    }

    @Test func quotedPassagesAndSpeakers() throws {
        guard let doc = try SeedArticleTests.doc() else { print("skip: \(SeedArticleTests.path) absent"); return }
        let passages = doc.quotes.filter { $0.kind != "indirect" }
        let speakers = passages.map { $0.speaker?.canonical ?? "?" }
        #expect(speakers == [
            "Irina Zvyagelskaya", "Irina Zvyagelskaya", "John Kerry", "John Kerry", "Sergei Lavrov",
            "Riad Nassan Agha", "Angela Merkel", "Angela Merkel", "Julian Barnes-Dacey", "Julian Barnes-Dacey",
        ])
        let she = try #require(doc.quotes.first { $0.speaker?.text == "she" })
        #expect(she.speaker?.canonical == "Maria Zakharova")
        #expect(doc.quotes.first { $0.speaker?.canonical == "John Kerry" }?.time == "2016-02-08")
        #expect(doc.quotes.first { $0.speaker?.canonical == "Julian Barnes-Dacey" && $0.kind == "direct" }?.place == "London")
        #expect(doc.quotes.first { $0.speaker?.canonical == "Riad Nassan Agha" }?.place == "by phone")
    }

    @Test func times() throws {
        guard let doc = try SeedArticleTests.doc() else { return }
        let values = Dictionary(doc.times.map { ($0.text.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["thursday"] == "2016-02-11")
        #expect(values["monday"] == "2016-02-08")
        #expect(values["feb. 25"] == "2016-02-25")
        #expect(values["jan. 31"] == "2016-01-31")
        #expect(values["last year"] == "2015")
        #expect(values["last week"] == "2016-W05")
        #expect(values["this weekend"] == "2016-W06-WE")
        #expect(values["five-year"] == "P5Y")
        #expect(values["six months"] == "P6M")
    }

    @Test func places() throws {
        guard let doc = try SeedArticleTests.doc() else { return }
        func country(_ t: String) -> String? { doc.places.first { $0.text == t }?.country }
        #expect(country("Munich") == "DE")
        #expect(country("Aleppo") == "SY")
        #expect(country("Geneva") == "CH")
        #expect(country("Ankara") == "TR")
        #expect(country("Washington") == "US")
        #expect(country("London") == "GB")
        #expect(country("Syria") == "SY")
        #expect(country("Russia") == "RU")
        #expect(country("Germany") == "DE")
        #expect(doc.places.first { $0.text == "the Bavarian capital" }?.name == "Munich")
        #expect(doc.places.first { $0.text == "the Turkish border" }?.feature == "border")
    }

    @Test func persons() throws {
        guard let doc = try SeedArticleTests.doc() else { return }
        let persons = Set(doc.entities.filter { $0.type == "PERSON" }.compactMap(\.canonical))
        for name in ["Bashar al-Assad", "John Kerry", "Sergei Lavrov", "Staffan de Mistura", "Maria Zakharova",
            "Adel al-Jubeir", "Riad Nassan Agha", "Angela Merkel", "Julian Barnes-Dacey", "Irina Zvyagelskaya"]
        {
            #expect(persons.contains(name), "missing \(name)")
        }
        #expect(doc.entities.first { $0.text == "Lavrov" }?.canonical == "Sergei Lavrov")
        #expect(doc.references.contains { $0.canonical == "High Negotiations Committee" })
    }
}
