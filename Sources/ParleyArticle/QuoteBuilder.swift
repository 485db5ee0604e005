import ParleyModel
import ParleyText

/// Turns attributions into parley/1 quotes: one quote per quoted passage (or per indirect
/// content), the speaker with its canonical name, the cue, and the attribution's time and place.
struct QuoteBuilder {
    let doc: Document
    let w: Words

    func quotes(_ attributions: [Attribution]) -> [Quote] {
        var out: [Quote] = []
        for a in attributions {
            let speaker = a.speaker.map(speaker)
            let cue = a.cue.map { doc.span(tokens: $0) }
            let (time, place) = a.cue.map(circumstances) ?? (nil, nil)
            for f in a.fragments {
                let span = doc.span(tokens: f)
                out.append(Quote(text: span.text, start: span.start, end: span.end, sentence: Int(doc.tokens[f.lowerBound].sentence), speaker: speaker, kind: a.kind, cue: cue, time: time, place: place))
            }
        }
        return out.sorted { $0.start < $1.start }
    }

    func speaker(_ r: Range<Int>) -> Speaker {
        var r = r
        if r.count > 1, ["’s", "'s"].contains(w.text[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
        let span = doc.span(tokens: r)
        var canonical: String? = nil
        let inside = doc.entities.filter { $0.start >= span.start && $0.end <= span.end }
        if let person = inside.first(where: { $0.type == "PERSON" }) {
            canonical = person.canonical
        } else if let ref = doc.references.first(where: { $0.start >= span.start && $0.end <= span.end }) {
            canonical = ref.canonical  // "she", "the HNC"
        } else if let e = inside.first, e.type != "NORP" || e.end == span.end {
            // "the Ukrainian navy" is not "Ukrainian": a nationality names the speaker only alone
            canonical = e.canonical
        }
        return Speaker(text: span.text, start: span.start, end: span.end, canonical: canonical)
    }

    /// "said Monday", "said from London", "said by phone" within a few words of the cue.
    func circumstances(_ cue: Range<Int>) -> (String?, String?) {
        let s = Int(doc.tokens[cue.lowerBound].sentence)
        let sentenceEnd = doc.sentences[s].tokens.upperBound
        let window = (cue.upperBound)..<min(sentenceEnd, cue.upperBound + 8)
        let before = max(doc.sentences[s].tokens.lowerBound, cue.lowerBound - 4)..<cue.lowerBound
        let lo = doc.tokens[min(before.lowerBound, cue.lowerBound)].start
        let hi = doc.tokens[max(window.upperBound - 1, cue.lowerBound)].end
        var time: String? = nil
        if let t = doc.times.first(where: { $0.start >= lo && $0.end <= hi && ($0.type == "DATE" || $0.type == "TIME") }) {
            time = t.value
        }
        var place: String? = nil
        for k in window where k + 1 < sentenceEnd {
            if w.lower[k] == "by" && ["phone", "telephone", "e-mail", "email", "text"].contains(w.lower[k + 1]) {
                place = "by \(w.lower[k + 1])"
                break
            }
            if ["from", "in"].contains(w.lower[k]), let p = doc.places.first(where: { $0.start == Int(doc.tokens[k + 1].start) }) {
                place = p.name
                break
            }
        }
        return (time, place)
    }
}
