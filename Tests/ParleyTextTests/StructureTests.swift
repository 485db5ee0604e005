import Foundation
import ParleyModel
import Testing

@testable import ParleyText

let seedPath = "../shared/examples/bloomberg-2016-02-10-syria-diplomacy.txt"
let webNewsPath = "../shared/data/news/web-news-en.jsonl"

/// Every sentence, token and structure span must slice `text` to its stated text.
func checkOffsets(_ o: Output) {
    let scalars = Array(o.text.unicodeScalars)
    func slice(_ s: Int, _ e: Int) -> String { String(String.UnicodeScalarView(scalars[s..<e])) }
    for s in o.sentences { #expect(slice(s.start, s.end) == s.text) }
    for t in o.tokens ?? [] { #expect(slice(t.start, t.end) == t.text) }
    for h in o.structure.headings + o.structure.bullets { #expect(slice(h.start, h.end) == h.text) }
    for r in o.structure.removed { #expect(slice(r.start, r.end) == r.text) }
}

struct StructureTests {
    @Test func synthesizedArticleLayout() throws {
        let text = """
            Leaders Meet in Geneva as Talks Resume

            • Ministers arrive on Monday
            - Second round planned

            The ministers met in Geneva on Monday to resume talks that stalled last year.

            Talks Resume

            Officials said the meeting went well and that a deal was close.

            Sign up for our newsletter
            Share this article
            © 2024 Example News. All rights reserved.
            """
        let o = try TextPipeline.analyze(text: text).output(includeTokens: true)
        checkOffsets(o)
        #expect(o.structure.title?.text == "Leaders Meet in Geneva as Talks Resume")
        #expect(o.structure.bullets.map(\.text) == ["Ministers arrive on Monday", "Second round planned"])
        #expect(o.structure.headings.map(\.text) == ["Talks Resume"])
        #expect(o.structure.removed.map(\.reason) == ["newsletter", "share", "copyright"])
        #expect(o.sentences.map(\.kind) == [.title, .bullet, .bullet, .body, .heading, .body])
    }

    @Test func softWrappedLinesJoinIntoOneParagraph() throws {
        let text = "Title Here\n\nThe minister said the talks, which began in\nGeneva last week, would continue. Officials agreed.\nA second paragraph starts here."
        let o = try TextPipeline.analyze(text: text).output()
        #expect(o.sentences.map(\.text) == [
            "Title Here",
            "The minister said the talks, which began in\nGeneva last week, would continue.",
            "Officials agreed.", "A second paragraph starts here.",
        ])
    }

    @Test func seedArticle() throws {
        guard FileManager.default.fileExists(atPath: seedPath) else {
            print("skipped: \(seedPath) not found (../shared is absent)")
            return
        }
        let bytes = [UInt8](FileManager.default.contents(atPath: seedPath)!)
        let o = try TextPipeline.analyze(bytes, metadata: ArticleMetadata(date: "2016-02-10")).output(includeTokens: true)
        checkOffsets(o)
        #expect(o.structure.title?.text == "U.S., Russia Make Syria Diplomacy Push as Assad Gains Ground")
        #expect(o.structure.bullets.count == 2)
        #expect(o.structure.headings.map(\.text) == ["U.S. Goal", "Merkel’s Challenge", "Rebel Retreat"])
        let removed = o.structure.removed.map(\.text)
        #expect(removed.contains("Michael Fallon: Russia Must Stop Strikes in Syria Now"))
        #expect(removed.contains("QuickTake Syria's Civil War"))
        #expect(removed.contains("Before it's here, it's on the Bloomberg Terminal. LEARN MORE"))
        #expect(removed.count == 3)
        for s in o.sentences {
            #expect(!s.text.contains("QuickTake") && !s.text.contains("Terminal") && !s.text.contains("Fallon"))
        }
        let texts = o.sentences.map(\.text)
        #expect(texts.contains { $0.hasPrefix("U.S. Secretary of State John Kerry") && $0.hasSuffix("Syrian refugees.") })
        #expect(texts.contains("Kerry on Jan. 31 urged all sides to join negotiations, citing the risk that the country could break up."))
        #expect(texts.contains { $0.hasSuffix("scheduled for Feb. 25.") })
        #expect(texts.contains("“We are facing major problems."))
        #expect(o.sentences.count == 30)
    }

    /// On real web news, nothing removed may look like article prose, and offsets hold.
    @Test func realArticlesKeepTheirProse() throws {
        guard let data = FileManager.default.contents(atPath: webNewsPath) else {
            print("skipped: \(webNewsPath) not found (../shared is absent)")
            return
        }
        var articles = 0
        var removedTotal = 0
        for line in data.split(separator: 0x0A) {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let text = obj["text"] as? String, let title = obj["title"] as? String
            else { continue }
            let o = try TextPipeline.analyze(text: title + "\n\n" + text).output(includeTokens: true)
            checkOffsets(o)
            articles += 1
            removedTotal += o.structure.removed.count
            for r in o.structure.removed {
                let words = r.text.split(separator: " ").count
                #expect(words <= 30, "removed a long paragraph: \(r.text.prefix(80)) (\(r.reason))")
            }
            #expect(o.sentences.filter { $0.kind == .body }.count >= 2)
        }
        #expect(articles >= 40)
        print("real articles checked: \(articles), removed spans: \(removedTotal)")
    }
}
