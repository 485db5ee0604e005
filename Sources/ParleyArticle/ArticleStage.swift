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
    func mentions(_ doc: Document, _ w: Words) -> [NameMention] {
        let own = NameFinder(gazetteer: gazetteer).find(doc, w)
        guard !doc.entities.isEmpty else { return own }
        var out: [NameMention] = []
        var k = 0
        for e in doc.entities where e.type == "PERSON" || e.type == "ORG" || e.type == "PER" {
            while k < doc.tokens.count && Int(doc.tokens[k].end) <= e.start { k += 1 }
            var j = k
            while j < doc.tokens.count && Int(doc.tokens[j].start) < e.end { j += 1 }
            guard j > k else { continue }
            let gender = own.first { $0.tokens.overlaps(k..<j) }?.gender
            out.append(NameMention(tokens: k..<j, type: e.type == "PER" ? "PERSON" : e.type, gender: gender, title: nil))
        }
        // Keep our surname mentions the model missed.
        for m in own where !out.contains(where: { $0.tokens.overlaps(m.tokens) }) { out.append(m) }
        return out.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
