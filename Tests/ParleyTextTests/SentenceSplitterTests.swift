import Testing

@testable import ParleyText

func sentences(_ text: String) throws -> [String] {
    let doc = try TextPipeline.analyze(text: "Title\n\n" + text)
    return doc.output().sentences.filter { $0.kind == .body }.map(\.text)
}

struct SentenceSplitterTests {
    @Test(arguments: [
        ("The U.S. Secretary of State met him. He left.", ["The U.S. Secretary of State met him.", "He left."]),
        ("Talks are scheduled for Feb. 25. They may fail.", ["Talks are scheduled for Feb. 25.", "They may fail."]),
        ("Kerry on Jan. 31 urged all sides to join.", ["Kerry on Jan. 31 urged all sides to join."]),
        ("He lives in the U.S. The talks failed.", ["He lives in the U.S.", "The talks failed."]),
        ("“We are facing major problems. The approaches differ.” He left.", ["“We are facing major problems.", "The approaches differ.”", "He left."]),
        ("He said “it is over.” Then he left.", ["He said “it is over.”", "Then he left."]),
        ("Wait... It worked. Really?! Yes.", ["Wait...", "It worked.", "Really?!", "Yes."]),
        ("J. R. Smith and Dr. Jones met at 10 a.m. on Monday.", ["J. R. Smith and Dr. Jones met at 10 a.m. on Monday."]),
        ("Shares of Acme Inc. rose. Analysts cheered.", ["Shares of Acme Inc. rose.", "Analysts cheered."]),
        ("The rate was 3.5 percent. It fell.", ["The rate was 3.5 percent.", "It fell."]),
        ("Yahoo! shares rose on the news.", ["Yahoo! shares rose on the news."]),
    ])
    func splits(_ text: String, _ expected: [String]) throws {
        #expect(try sentences(text) == expected)
    }
}
