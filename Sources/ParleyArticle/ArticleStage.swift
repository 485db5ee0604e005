import ParleyModel
import ParleyText

/// Article understanding in one pass: names and their links, places, times, quotes.
///
/// Runs after the NLP stage (uses its entities, tags and lemmas when present) and before the
/// event coder, which reads `entities`, `references`, `times` and `places`. Immutable and
/// `Sendable`: one loaded instance serves every thread.
public struct ArticleStage: DocumentStage {
    public let name = "article"
    public let gazetteer: Gazetteer
    let times = TimeTagger()

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// The stage with the shipped gazetteer.
    public static func loadShipped() throws -> ArticleStage {
        ArticleStage(gazetteer: try Gazetteer.loadShipped())
    }

    public func process(_ doc: inout Document) throws {
        let w = Words(doc)
        let names = mentions(doc, w)
        let (places, demonyms) = PlaceFinder(gazetteer: gazetteer).find(doc, w, excluding: names)
        EntityLinker().link(&doc, w, names: names, places: places, demonyms: demonyms)
        doc.places = places.map { $0.place }
        doc.times = times.tag(doc, w)
        let attributions = QuoteFinder(names: names).find(doc, w)
        doc.quotes = QuoteBuilder(doc: doc, w: w).quotes(attributions)
    }

    /// Person and organisation mentions: the NLP stage's entities when it ran, else our own finder.
    ///
    /// The model's spans are reconciled with the capitalization rules: in headline-case lines
    /// (title, headings) only names the body introduced count; a span of lowercase words ("of")
    /// is no name; a longer capitalized name the rules found around the model's pieces wins
    /// ("Staffan" + "Mistura" → "Staffan de Mistura", "Council" → "European Council on Foreign
    /// Relations"); a "person" that is a gazetteer place and no rule's person is left to the
    /// place finder ("Aleppo's fall"); titles in front of a person are kept apart from the name
    /// ("Chancellor Angela Merkel" → "Angela Merkel", title "Chancellor").
    func mentions(_ doc: Document, _ w: Words) -> [NameMention] {
        let finder = NameFinder(gazetteer: gazetteer)
        let own = finder.find(doc, w)
        guard !doc.entities.isEmpty else { return own }
        var out: [NameMention] = []
        var k = 0
        for e in doc.entities where e.type == "PERSON" || e.type == "ORG" || e.type == "PER" {
            while k < doc.tokens.count && Int(doc.tokens[k].end) <= e.start { k += 1 }
            var j = k
            while j < doc.tokens.count && Int(doc.tokens[j].start) < e.end { j += 1 }
            guard j > k else { continue }
            let kind = doc.sentences[Int(doc.tokens[k].sentence)].kind
            guard kind != .title && kind != .heading else { continue }
            guard (k..<j).contains(where: { finder.isNameToken(doc, w, $0) }) else { continue }
            var mention = NameMention(tokens: k..<j, type: e.type == "PER" ? "PERSON" : e.type, gender: nil, title: nil)
            if let wider = own.first(where: {
                $0.tokens.count > mention.tokens.count && $0.tokens.clamped(to: mention.tokens) == mention.tokens
            }) {
                mention.tokens = wider.tokens
                mention.type = wider.type
                mention.title = wider.title
            }
            if mention.type == "PERSON", finder.gazetteerHit(w, mention.tokens),
                !own.contains(where: { $0.type == "PERSON" && $0.tokens == mention.tokens })
            {
                continue
            }
            if mention.type == "PERSON" {
                var start = mention.tokens.lowerBound
                while start + 1 < mention.tokens.upperBound && NameLexicon.titles.contains(w.lower[start]) { start += 1 }
                if start > mention.tokens.lowerBound {
                    mention.title = mention.tokens.lowerBound..<start
                    mention.tokens = start..<mention.tokens.upperBound
                }
            }
            mention.gender = own.first { $0.tokens.overlaps(mention.tokens) }?.gender
            if out.contains(where: { $0.tokens.overlaps(mention.tokens) }) { continue }
            out.append(mention)
        }
        // Keep our mentions the model missed (surnames, headline names the body introduced).
        for m in own where !out.contains(where: { $0.tokens.overlaps(m.tokens) }) { out.append(m) }
        return out.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
