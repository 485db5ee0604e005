import ParleyModel
import ParleyText

/// Turning a `CodedEvent` into the parley/1 `Event`, and merging repeated reports.
extension EventCoder {
    /// Scalar span of the phrase headed by `h`: the head and its name/compound modifiers.
    func phraseSpan(_ s: CodingSentence, _ h: Int) -> (Int, Int) {
        var lo = h
        var hi = h
        var stack = [h]
        while let n = stack.popLast() {
            // a modifier cut off by a dash or comma is no part of the name ("ANKARA — Turkey
            // summoned …": the dateline the parser hung on the subject)
            for c in s.children[n] where SentenceActors.isModifier(s, c) && s.deprels[c] != "det" && !Self.separated(s, c, n) {
                lo = min(lo, c)
                hi = max(hi, c)
                stack.append(c)
            }
        }
        if lo < h && s.deprels[lo] == "case" { lo += 1 }
        return (s.starts[lo], s.ends[hi])
    }

    static let separators: Set<String> = ["—", "–", "--", "-", ",", ":", "|"]

    /// Whether a separating punctuation mark lies between tokens `a` and `b`.
    static func separated(_ s: CodingSentence, _ a: Int, _ b: Int) -> Bool {
        let (lo, hi) = (min(a, b), max(a, b))
        guard hi - lo > 1 else { return false }
        return (lo + 1..<hi).contains { s.upos[$0] == "PUNCT" && separators.contains(s.words[$0]) }
    }

    func participant(_ code: String?, _ token: Int?, _ s: CodingSentence, _ doc: Document) -> Participant? {
        guard let code, let token else { return nil }
        let (a, b) = phraseSpan(s, token)
        let span = doc.span(a, b)
        var canonical: String?
        for r in doc.references where r.tokens.contains(s.firstToken + token) { canonical = r.canonical }
        return Participant(text: span.text, start: a, end: b, actor: code, canonical: canonical)
    }

    func makeEvent(_ e: CodedEvent, _ s: CodingSentence, _ si: Int, _ doc: Document) -> Event {
        let info = cameo.info(e.code)
        let sentence = doc.sentences[si]
        var date = eventDate(s, e.verb, sentence, doc)
        var basis: String? = date == nil ? nil : "stated"
        if date == nil, let d = doc.metadata.date {
            date = d
            basis = "report"
        }
        let src = participant(e.source, e.sourceToken, s, doc)
        let tgt = participant(e.target, e.targetToken, s, doc)
        let place = eventPlace(e, s, sentence, doc, source: src, target: tgt)
        let verb = doc.span(s.starts[e.verb], s.ends[e.verb])
        return Event(
            id: "", sentence: si, source: src, target: tgt, code: e.code, root: String(e.code.prefix(2)),
            quadClass: info?.quadClass ?? 0, goldstein: info?.goldstein ?? 0, plover: info?.plover, date: date,
            dateBasis: basis, place: place, negated: e.negated, mode: e.mode,
            evidence: Evidence(verb: verb, rule: e.rule))
    }

    /// One real event reported twice is one event with two mentions.
    func merge(_ e: Event, into events: inout [Event]) {
        // One verb, one code, one target: "Hungarian Prime Minister Viktor Orban vetoed" is
        // HUNGOV acting, not also HUN; the more specific source stays.
        for i in events.indices {
            let o = events[i]
            guard o.sentence == e.sentence, o.evidence.verb == e.evidence.verb, o.code == e.code,
                o.target?.actor == e.target?.actor, let a = o.source?.actor, let b = e.source?.actor, a != b
            else { continue }
            if b.hasPrefix(a) {
                events[i].source = e.source
                return
            }
            if a.hasPrefix(b) { return }
        }
        for i in events.indices {
            let o = events[i]
            if o.source?.actor == e.source?.actor && o.target?.actor == e.target?.actor && o.root == e.root
                && o.negated == e.negated && (o.date == e.date || e.dateBasis == "report" || o.dateBasis == "report")
            {
                if o.sentence == e.sentence && o.evidence.verb == e.evidence.verb { return }
                events[i].mentions.append(EventMention(sentence: e.sentence, verb: e.evidence.verb))
                if o.place == nil { events[i].place = e.place }
                if o.dateBasis == "report" && e.dateBasis == "stated" {
                    events[i].date = e.date
                    events[i].dateBasis = "stated"
                }
                return
            }
        }
        events.append(e)
    }
}
