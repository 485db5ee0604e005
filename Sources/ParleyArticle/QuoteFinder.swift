import ParleyModel
import ParleyText

/// One attribution: who said what, with the cue that says so.
struct Attribution {
    /// Content pieces (token ranges); direct quotes include their quote marks.
    var fragments: [Range<Int>]
    var cue: Range<Int>?
    var speaker: Range<Int>?
    /// `direct`, `partial` or `indirect`.
    var kind: String
    var envelope: Range<Int> { fragments.first!.lowerBound..<fragments.last!.upperBound }
}

/// Finds quotes and attributions and their speakers.
///
/// Direct quotes come from quotation marks; the attribution is searched after the closing
/// mark ("…,” said X / X said), then before the opening one (X said: “…”), then inherited from
/// the previous quote of the paragraph (split quotes), then from a paragraph ending in a colon,
/// then from the next sentence. Indirect speech is a speech verb with its clause outside quotes:
/// "X said (that) …", "…, X said", "according to X, …".
struct QuoteFinder {
    let names: [NameMention]

    func find(_ doc: Document, _ w: Words) -> [Attribution] {
        let marks = QuoteMarks(doc, w)
        var nameAt = [Int](repeating: -1, count: doc.tokens.count)
        for (k, n) in names.enumerated() where n.type == "PERSON" || n.type == "ORG" { for t in n.tokens { nameAt[t] = k } }
        let ctx = AttributionContext(doc: doc, w: w, marks: marks, nameAt: nameAt, names: names)
        var out: [Attribution] = []
        var previous: (passage: Range<Int>, attribution: Int)? = nil
        for p in marks.passages {
            let inner = (p.lowerBound + 1)..<max(p.lowerBound + 1, p.upperBound - 1)
            let kind = ctx.isPartial(p) ? "partial" : "direct"
            let found = ctx.dashSignature(p) ?? ctx.after(p) ?? ctx.before(p)
            if let prev = previous {
                let a = out[prev.attribution]
                let onlyAttributionBetween = ctx.onlyAttribution(between: prev.passage.upperBound, p.lowerBound, of: a)
                let sameCue = found != nil && found?.0 == a.cue && onlyAttributionBetween
                // Continuation: same paragraph without its own attribution, a split quote
                // around the attribution, or a following paragraph that is all quote (with
                // nothing but the first quote's attribution between them).
                let continues = found == nil && onlyAttributionBetween
                    && (ctx.sameParagraph(prev.passage.upperBound - 1, p.lowerBound)
                        || (p.lowerBound > 0 && ctx.marks.breakAfter[p.lowerBound - 1] && ctx.paragraphBreaks(prev.passage.upperBound - 1, p.lowerBound - 1) == 1))
                if sameCue || continues {
                    out[prev.attribution].fragments.append(p)
                    previous = (p, prev.attribution)
                    continue
                }
            }
            if let (cue, speaker) = found ?? ctx.colonLead(p) ?? ctx.nameColon(p) ?? ctx.nextSentence(p) {
                out.append(Attribution(fragments: [p], cue: cue, speaker: speaker, kind: kind))
                previous = (p, out.count - 1)
                continue
            }
            // Unattributed: keep full-sentence quotes, drop titles and scare quotes.
            if inner.count >= 6 && kind == "direct" {
                out.append(Attribution(fragments: [p], cue: nil, speaker: nil, kind: kind))
            }
            previous = nil
        }
        // Reported speech: the word-order rules for the common speech verbs, then the parse for
        // the cues they did not attribute.
        let byRules = ctx.indirect(covered: out)
        var usedCues = Set(out.filter { $0.kind != "partial" }.compactMap { $0.cue?.lowerBound })
        for a in byRules { if let c = a.cue { usedCues.insert(c.lowerBound) } }
        out.append(contentsOf: byRules)
        out.append(contentsOf: ctx.parsed(skipping: usedCues).filter { a in
            !byRules.contains { $0.envelope.overlaps(a.envelope) }
        })
        // "Sen. Lindsey Graham (R-S.C.)": a short parenthesis right after the speaker is part of
        // the mention (party and state in US news, an affiliation elsewhere).
        for k in out.indices {
            guard let sp = out[k].speaker, let close = ctx.shortParenthesis(at: sp.upperBound), marks.inside[sp.upperBound] < 0,
                !(sp.upperBound...close).contains(where: { out[k].cue?.contains($0) == true })
            else { continue }
            out[k].speaker = sp.lowerBound..<(close + 1)
        }
        return out.sorted { $0.envelope.lowerBound < $1.envelope.lowerBound }
    }
}
