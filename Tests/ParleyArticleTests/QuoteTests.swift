import ParleyArticle
import ParleyModel
import Testing

/// Quote spans, kinds, speakers and attribution circumstances.
@Suite struct QuoteTests {
    struct Case: CustomStringConvertible, Sendable {
        let text: String
        let quote: String
        let speaker: String
        let kind: String
        var description: String { quote }
    }

    static let cases: [Case] = [
        Case(text: "“We need results swiftly,” Angela Merkel said.", quote: "“We need results swiftly,”", speaker: "Angela Merkel", kind: "direct"),
        Case(text: "\"We need results,\" said John Smith, a senior fellow at the institute.", quote: "\"We need results,\"", speaker: "John Smith", kind: "direct"),
        Case(text: "John Smith said: “The war is over.”", quote: "“The war is over.”", speaker: "John Smith", kind: "direct"),
        Case(text: "Peter Brown arrived late. “This is a disaster,” he said.", quote: "“This is a disaster,”", speaker: "Peter Brown", kind: "direct"),
        Case(text: "Lavrov said a truce needs control of the routes “used to smuggle supplies.”", quote: "“used to smuggle supplies.”", speaker: "Lavrov", kind: "partial"),
        Case(text: "“The process isn’t dead,” said Irina Zvyagelskaya. “The approaches are different.”", quote: "“The approaches are different.”", speaker: "Irina Zvyagelskaya", kind: "direct"),
        Case(text: "Aleppo’s fall would be a serious blow, according to Julian Barnes-Dacey, a fellow.", quote: "Aleppo’s fall would be a serious blow", speaker: "Julian Barnes-Dacey", kind: "indirect"),
        Case(text: "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.", quote: "''This isn't tax reform,''", speaker: "Douglas Holtz-Eakin", kind: "direct"),
        Case(text: "Readers wrote in. “Maybe we can build a wall around him.” ― Steve Quinlan. “He is a bully.” ― Veronica Cruz", quote: "“He is a bully.”", speaker: "Veronica Cruz", kind: "direct"),
        Case(text: "Russian spokeswoman Maria Zakharova spoke on Wednesday. The offensive near the border is legally justified, she said.", quote: "The offensive near the border is legally justified", speaker: "Maria Zakharova", kind: "indirect"),
        Case(text: "Other efforts to supplement the Central American Minors program will also be expanded, officials said.", quote: "Other efforts to supplement the Central American Minors program will also be expanded", speaker: "officials", kind: "indirect"),
        Case(text: "Crowds gathered downtown. Protesters chanted “What curfew?” until dawn.", quote: "“What curfew?”", speaker: "Protesters", kind: "direct"),
        Case(text: "The senator spoke in Decatur on Friday.\n\nTed Cruz: “Assaulting a reporter is a fireable offense.”", quote: "“Assaulting a reporter is a fireable offense.”", speaker: "Ted Cruz", kind: "direct"),
        Case(text: "The debate went on.\n\nPENCE: “My running mate will not attend the debate.”", quote: "“My running mate will not attend the debate.”", speaker: "PENCE", kind: "direct"),
        Case(text: "''To see this is stunning,'' since so many cases were close, said Laurence Tribe.", quote: "''To see this is stunning,''", speaker: "Laurence Tribe", kind: "direct"),
    ]

    @Test(arguments: cases)
    func attribution(_ c: Case) throws {
        let doc = try Shared.run(c.text)
        let q = try #require(doc.quotes.first { $0.text == c.quote }, "no quote \(c.quote) in \(doc.quotes.map(\.text))")
        #expect(q.kind == c.kind)
        #expect((q.speaker?.canonical ?? q.speaker?.text) == c.speaker)
    }

    @Test func attributionTimeAndPlace() throws {
        let doc = try Shared.run("“It is the heart of the movement,” Julian Barnes-Dacey said from London. “We hope for progress,” John Kerry said Monday. “Strikes must end,” Riad Agha said by phone.")
        #expect(doc.quotes.first { $0.speaker?.canonical == "Julian Barnes-Dacey" }?.place == "London")
        #expect(doc.quotes.first { $0.speaker?.canonical == "John Kerry" }?.time == "2016-02-08")
        #expect(doc.quotes.first { $0.speaker?.canonical == "Riad Agha" }?.place == "by phone")
    }

    /// The speaker as annotators mark it: title and party-state parenthesis included, and a
    /// parenthesis between the quote and its verb does not hide the verb.
    @Test func speakerWithTitleAndParenthesis() throws {
        let doc = try Shared.run(
            "“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday. ''I admire the mechanics'' of the plans, Mr. Douglas Holtz-Eakin said.")
        #expect(doc.quotes.first { $0.text.contains("dog whistle") }?.speaker?.text == "Rep. Gwen Moore (D-Wis.)")
        #expect(doc.quotes.first { $0.text.contains("mechanics") }?.speaker?.text == "Mr. Douglas Holtz-Eakin")
    }

    /// A quote paragraph after a sentence that is not its attribution starts a quote of its
    /// own; "yells" is a speech verb.
    @Test func quoteAfterNarrationIsItsOwn() throws {
        let doc = try Shared.run("“Don’t do it,” Mary Jones says, as the shots ring out. The camera falls to the ground.\n\n“Did you shoot him?” Anna Smith yells.\n")
        let qs = doc.quotes.filter { $0.kind == "direct" }
        #expect(qs.map { $0.speaker?.canonical } == ["Mary Jones", "Anna Smith"])
    }

    @Test func multiParagraphQuoteContinues() throws {
        let doc = try Shared.run("“The first part goes here,” Mary Jones said.\n\n“And the second paragraph continues the quote without attribution.”\n")
        let qs = doc.quotes.filter { $0.kind == "direct" }
        #expect(qs.count == 2)
        #expect(qs.allSatisfy { $0.speaker?.canonical == "Mary Jones" })
    }

    /// Positions held without words reported, read from the parse.
    @Test func stancesFromTheParse() throws {
        let doc = try Shared.runParsed(
            "Chancellor Angela Merkel wants to limit the number of refugees. The opposition has called for an end to air strikes. Senator John Smith criticized the new sanctions on Monday.")
        let stances = doc.quotes.filter { $0.kind == "stance" }
        #expect(stances.map(\.text) == ["to limit the number of refugees", "an end to air strikes", "the new sanctions"])
        #expect(stances.first?.speaker?.canonical == "Angela Merkel")
        #expect(stances.last?.speaker?.canonical == "John Smith")
    }

    /// "…, X told Y on Tuesday." and "The museum, X said, would …": the reported clause around the cue.
    @Test func reportedClauseAroundTheCue() throws {
        let doc = try Shared.runParsed(
            "The ceasefire could hold if both sides keep their promises, Senator John Smith told reporters on Tuesday. The museum, Mary Jones said, would make visitors face hard truths.")
        let first = try #require(doc.quotes.first { $0.speaker?.canonical == "John Smith" })
        #expect(first.kind == "indirect")
        #expect(first.text == "The ceasefire could hold if both sides keep their promises")
        let pieces = doc.quotes.filter { $0.speaker?.canonical == "Mary Jones" }.map(\.text)
        #expect(pieces == ["The museum", "would make visitors face hard truths"])
    }

    /// "Name: statement." signs the statement without quote marks; a dateline does not.
    @Test func nameAndColonOpenAStatement() throws {
        let doc = try Shared.runParsed(
            "The debate went on for hours on Tuesday.\n\nBernie Sanders: I am not much of a socialist compared to Eisenhower.\n\nBEIJING: China's exports rose sharply in March, customs data showed.")
        let sanders = try #require(doc.quotes.first { $0.speaker?.text == "Bernie Sanders" }, "\(doc.quotes.map(\.text))")
        #expect(sanders.text == "I am not much of a socialist compared to Eisenhower")
        #expect(!doc.quotes.contains { $0.speaker?.text == "BEIJING" })
    }

    /// "according to X" inside the clause: the clause on both sides is what is attributed.
    @Test func accordingToInsideTheClause() throws {
        let doc = try Shared.runParsed("The implication, according to a senior aide, is that the talks have failed. The city’s fall would be a serious blow, according to John Smith, a senior fellow at the institute.")
        let pieces = doc.quotes.filter { $0.kind == "indirect" }.map(\.text)
        #expect(pieces == ["The implication", "is that the talks have failed", "The city’s fall would be a serious blow"])
    }

    /// A judgement takes the reason or description after its object, and a partial quote at
    /// its end stays in it.
    @Test func judgementWithReasonAndPartialQuote() throws {
        let doc = try Shared.runParsed(
            "Donald Trump attacked Hillary Clinton for her support of the war in Iraq. Former Florida Gov. Jeb Bush called Trump “unhinged.” Mary Jones described the plan as a disaster for farmers.")
        let stances = doc.quotes.filter { $0.kind == "stance" }.map(\.text)
        #expect(stances.contains("the plan as a disaster for farmers"), "\(stances)")
        #expect(stances.contains("Hillary Clinton for her support of the war in Iraq"), "\(stances)")
        #expect(stances.contains { $0.hasPrefix("Trump “unhinged") }, "\(stances)")
    }

    /// A participle or a coordinated verb without a subject speaks for the subject of the verb
    /// it hangs on; a quantity can head the subject.
    @Test func inheritedAndQuantifiedSpeakers() throws {
        let doc = try Shared.runParsed(
            "Senator Mark Kirk rescinded his endorsement of the nominee, saying he lacks the temperament to be president. Many of her Republican supporters say they empathize with her predicament.")
        let kirk = try #require(doc.quotes.first { $0.speaker?.canonical == "Mark Kirk" }, "\(doc.quotes.map { ($0.text, $0.speaker?.text) })")
        #expect(kirk.text == "he lacks the temperament to be president")
        let many = try #require(doc.quotes.first { $0.text == "they empathize with her predicament" })
        #expect(many.speaker?.text == "Many of her Republican supporters")
    }

    /// "the Ukrainian navy said": the speaker is the navy, not the nationality.
    @Test func nationalityModifiesTheSpeaker() throws {
        let doc = try Shared.runParsed("Russia fired missiles at Odesa on Monday, and the Ukrainian navy said it had shot down several drones.")
        let q = try #require(doc.quotes.first { $0.text.contains("shot down") })
        #expect(q.speaker?.text == "the Ukrainian navy")
        #expect(q.speaker?.canonical == nil)
    }

    @Test func scareQuotesAreNotQuotes() throws {
        let doc = try Shared.run("The so-called “moderate” rebels retreated.")
        #expect(doc.quotes.isEmpty)
    }
}
