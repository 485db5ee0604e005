import Testing

@testable import ParleyText

/// Tokens of `text` as strings.
func tokens(_ text: String) throws -> [String] {
    let doc = try TextPipeline.analyze(text: text)
    return doc.tokens.indices.map { doc.tokenText($0) }
}

struct TokenizerTests {
    @Test(arguments: [
        ("The U.S. and U.K. agreed.", ["The", "U.S.", "and", "U.K.", "agreed", "."]),
        ("Assad’s advance", ["Assad", "’s", "advance"]),
        ("Russia's air campaign", ["Russia", "'s", "air", "campaign"]),
        ("The peace process isn’t dead", ["The", "peace", "process", "is", "n’t", "dead"]),
        ("we’ll be there and can't stay", ["we", "’ll", "be", "there", "and", "ca", "n't", "stay"]),
        ("a cease-fire with Barnes-Dacey", ["a", "cease-fire", "with", "Barnes-Dacey"]),
        ("Russian-backed advances in a five-year war", ["Russian-backed", "advances", "in", "a", "five-year", "war"]),
        ("the U.S.-led coalition", ["the", "U.S.-led", "coalition"]),
        ("more than 1 million refugees", ["more", "than", "1", "million", "refugees"]),
        ("It rose 3.5% to $1.2 billion in 2016.", ["It", "rose", "3.5", "%", "to", "$", "1.2", "billion", "in", "2016", "."]),
        ("about 1,000,000 people", ["about", "1,000,000", "people"]),
        ("See https://example.com/a?b=1. Then", ["See", "https://example.com/a?b=1", ".", "Then"]),
        ("Write to press@example.org now", ["Write", "to", "press@example.org", "now"]),
        ("@Reuters reports #Syria talks", ["@Reuters", "reports", "#Syria", "talks"]),
        ("Peace 🕊️ now", ["Peace", "🕊️", "now"]),
        ("on Feb. 25 and Jan. 31", ["on", "Feb.", "25", "and", "Jan.", "31"]),
        ("Gen. Smith met Sen. Jones at 10 a.m. today", ["Gen.", "Smith", "met", "Sen.", "Jones", "at", "10", "a.m.", "today"]),
        ("Dr. Who lives on Main St. in Acme Inc. land", ["Dr.", "Who", "lives", "on", "Main", "St.", "in", "Acme", "Inc.", "land"]),
        ("“We hope,” he said", ["“", "We", "hope", ",", "”", "he", "said"]),
        ("AT&T and S&P rose", ["AT&T", "and", "S&P", "rose"]),
        ("wait... what", ["wait", "...", "what"]),
        ("He said ''It is over,'' and ``left''", ["He", "said", "''", "It", "is", "over", ",", "''", "and", "``", "left", "''"]),
        ("the countries’ leaders", ["the", "countries", "’", "leaders"]),
        ("non\u{00A0}stop soft\u{00AD}ware", ["non", "stop", "soft\u{00AD}ware"]),
    ])
    func tokenizes(_ text: String, _ expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test func offsetsSliceTheText() throws {
        let text = "“Russia’s strikes must end,” said Agha — in Geneva… ünïcödé 🕊️ done."
        let doc = try TextPipeline.analyze(text: text)
        let scalars = Array(text.unicodeScalars)
        for i in doc.tokens.indices {
            let t = doc.tokens[i]
            let slice = String(String.UnicodeScalarView(scalars[Int(t.start)..<Int(t.end)]))
            #expect(slice == doc.tokenText(i))
        }
    }

    @Test func normalizedFormFoldsTypography() throws {
        let doc = try TextPipeline.analyze(text: "Assad’s cease‑fire “now”")
        let forms = doc.tokens.indices.map { doc.normalizedText($0) }
        #expect(forms == ["Assad", "'s", "cease-fire", "\"", "now", "\""])
    }
}
