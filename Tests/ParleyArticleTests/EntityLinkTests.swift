import ParleyArticle
import ParleyModel
import Testing

/// Names linked across the article: surnames, acronyms, pronouns.
@Suite struct EntityLinkTests {
    static let text = """
        U.S. Secretary of State John Kerry met the main opposition group, the High Negotiations Committee. \
        Chancellor Angela Merkel said she was shocked. Kerry said the HNC would attend. \
        President Bashar al-Assad’s forces advanced. Merkel warned Assad.
        """

    @Test func canonicalNames() throws {
        let doc = try Shared.run(EntityLinkTests.text)
        func canon(_ t: String) -> String? { doc.entities.first { $0.text == t }?.canonical }
        #expect(canon("Kerry") == "John Kerry")
        #expect(canon("Merkel") == "Angela Merkel")
        #expect(canon("Assad") == "Bashar al-Assad")
        #expect(canon("HNC") == "High Negotiations Committee")
        #expect(doc.entities.first { $0.text == "John Kerry" }?.type == "PERSON")
    }

    @Test func references() throws {
        let doc = try Shared.run(EntityLinkTests.text)
        func ref(_ t: String) -> String? { doc.references.first { doc.string(scalars: $0.start, $0.end) == t }?.canonical }
        #expect(ref("she") == "Angela Merkel")
        #expect(ref("the HNC") == "High Negotiations Committee")
        #expect(ref("Kerry") == "John Kerry")
    }
}
