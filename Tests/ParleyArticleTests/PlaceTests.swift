import ParleyArticle
import ParleyModel
import Testing

/// Geocoding: names, namesakes, descriptions and borders.
@Suite struct PlaceTests {
    struct Case: CustomStringConvertible, Sendable {
        let text: String
        let mention: String
        let name: String
        let country: String
        let feature: String
        var description: String { mention }
    }

    static let cases: [Case] = [
        Case(text: "Government forces encircled Aleppo, Syria's largest city.", mention: "Aleppo", name: "Aleppo", country: "SY", feature: "city"),
        Case(text: "Peace talks broke down in Geneva last week.", mention: "Geneva", name: "Geneva", country: "CH", feature: "city"),
        Case(text: "The analyst spoke from London on Monday.", mention: "London", name: "London", country: "GB", feature: "capital"),
        Case(text: "Merkel visited Ankara for talks with Turkish leaders.", mention: "Ankara", name: "Ankara", country: "TR", feature: "capital"),
        Case(text: "Officials met in Washington after the talks.", mention: "Washington", name: "Washington", country: "US", feature: "capital"),
        Case(text: "The offensive near the Turkish border continued.", mention: "the Turkish border", name: "Turkey border", country: "TR", feature: "border"),
        Case(text: "Rebels shelled the Syrian capital overnight.", mention: "the Syrian capital", name: "Damascus", country: "SY", feature: "capital"),
        Case(text: "Ministers gathered in Munich. The talks in the Bavarian capital were tense.", mention: "the Bavarian capital", name: "Munich", country: "DE", feature: "city"),
        Case(text: "The U.S. and Russia disagreed.", mention: "U.S.", name: "United States", country: "US", feature: "country"),
        Case(text: "Britain sent aid.", mention: "Britain", name: "United Kingdom", country: "GB", feature: "country"),
        // first-level subdivisions: a one-word name with its "province", or a longer name
        Case(text: "Taliban fighters attacked a checkpoint in Helmand province.", mention: "Helmand province", name: "Helmand", country: "AF", feature: "province"),
        Case(text: "Militants attacked an army post in Khyber Pakhtunkhwa.", mention: "Khyber Pakhtunkhwa", name: "Khyber Pakhtunkhwa", country: "PK", feature: "province"),
        Case(text: "Spain said thousands rallied in Catalonia on Sunday.", mention: "Catalonia", name: "Catalunya", country: "ES", feature: "province"),
    ]

    @Test(arguments: cases)
    func geocode(_ c: Case) throws {
        let doc = try Shared.run(c.text)
        let p = try #require(doc.places.first { $0.text == c.mention }, "no place \(c.mention) in \(doc.places.map(\.text))")
        #expect(p.name == c.name)
        #expect(p.country == c.country)
        #expect(p.feature == c.feature)
    }

    /// Region names shared by countries, or made of generic words, need the article to say where.
    @Test(arguments: [
        "Floods hit Punjab province on Monday.", "Storms battered the West Coast.", "Gunmen attacked a bank in Plateau.",
        // a sea is no subdivision named after it, even with that country in the article
        "Sudan said the Houthis attacked a ship in the Red Sea.",
    ])
    func doubtfulRegionsStayUnresolved(_ text: String) throws {
        let doc = try Shared.run(text)
        #expect(doc.places.filter { $0.feature == "province" }.isEmpty, "\(doc.places.map { "\($0.text) \($0.country ?? "-")" })")
    }

    @Test func aSubdivisionNamedAfterASeaNeedsItsCue() throws {
        let doc = try Shared.run("Floods hit Red Sea state in eastern Sudan.")
        #expect(doc.places.first { $0.text.hasPrefix("Red Sea") }?.country == "SD")
    }

    @Test func aSharedRegionNameFollowsTheArticle() throws {
        let doc = try Shared.run("Pakistan said floods hit Punjab province on Monday.")
        #expect(doc.places.first { $0.text.hasPrefix("Punjab") }?.country == "PK")
    }

    @Test func citiesCarryCoordinatesAndIds() throws {
        let doc = try Shared.run("Talks were held in Munich.")
        let p = try #require(doc.places.first)
        #expect(p.geonamesId == 2867714)
        #expect(p.admin1 == "02")
        #expect(abs((p.lat ?? 0) - 48.14) < 0.01)
    }

    @Test func personNamesAreNotPlaces() throws {
        let doc = try Shared.run("“We must act,” Riad Nassan Agha said.")
        #expect(!doc.places.contains { $0.text == "Riad" })
    }
}
