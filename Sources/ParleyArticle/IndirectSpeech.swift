/// Reported speech outside quotation marks: "X said (that) …", "…, X said", "according to X, …".
extension AttributionContext {
    static let reportingVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "warned", "warns", "argued", "argues",
        "claimed", "claims", "insisted", "insists", "believes", "believed", "thinks", "announced",
        "stated", "noted", "notes", "explained", "wrote", "writes", "reported", "reports",
        "acknowledged", "suggested", "suggests", "predicted", "predicts", "contended", "maintained",
        "conceded", "admitted", "asserted", "alleged", "charged", "estimated", "according",
        "say", "confirmed", "denied", "testified", "hopes", "fears", "expects", "promised", "vowed",
    ]

    func indirect(covered: [Attribution]) -> [Attribution] {
        var usedCue = Set<Int>()
        // Partial quotes ("Lavrov said … the routes “used to …”") also get their whole clause.
        for a in covered where a.kind != "partial" { if let c = a.cue { usedCue.insert(c.lowerBound) } }
        var out: [Attribution] = []
        for s in doc.sentences where s.kind == .body || s.kind == .bullet {
            let r = s.tokens
            // "Bernie Sanders: I'm not much of a socialist." and transcripts ("TRUMP: The deaths
            // of …"): a name and a colon open the sentence, the rest is what the person says.
            if let colon = (r.lowerBound..<min(r.upperBound, r.lowerBound + 6)).first(where: { w.text[$0] == ":" && marks.inside[$0] < 0 }),
                !usedCue.contains(colon), let speaker = colonSpeaker(colon, from: r.lowerBound)
            {
                let content = (colon + 1)..<max(colon + 1, contentEnd(r))
                if content.count >= 3 && !overlapsQuote(content) {
                    out.append(Attribution(fragments: [content], cue: colon..<(colon + 1), speaker: speaker, kind: "indirect"))
                }
            }
            for v in r where marks.inside[v] < 0 && !usedCue.contains(v) && AttributionContext.reportingVerbs.contains(w.lower[v]) {
                if w.lower[v] == "according" {
                    guard w.at(v + 1) == "to", let speaker = object(v + 2) else { continue }
                    let cue = v..<(v + 2)
                    var fragments: [Range<Int>]
                    let tail = contentEnd(r)
                    if v == r.lowerBound || (v == r.lowerBound + 1 && w.lower[r.lowerBound] == "but") {
                        guard let comma = (speaker.upperBound..<r.upperBound).first(where: { w.text[$0] == "," }) else { continue }
                        fragments = [(comma + 1)..<max(comma + 1, tail)]
                    } else {
                        let lead = r.lowerBound..<(w.text[v - 1] == "," ? v - 1 : v)
                        fragments = [lead]
                        // "The implication, according to the aide, is that …": the clause goes on
                        // after the source, and both parts are what is attributed; after a lone
                        // connective ("But, according to the poll, 46 percent …") only the rest.
                        // The clause's verb must come after the source: otherwise what follows the
                        // comma is the source's apposition ("according to X, a senior fellow at …").
                        let comma = speaker.upperBound
                        func hasVerb(_ x: Range<Int>) -> Bool { x.contains { ["VERB", "AUX"].contains(doc.analysis[$0].upos) } }
                        if doc.analysis.count == doc.tokens.count, w.text[v - 1] == ",", comma < tail, w.text[comma] == ",",
                            tail - (comma + 1) >= 3, !hasVerb(lead), hasVerb((comma + 1)..<tail)
                        {
                            let rest = (comma + 1)..<tail
                            let connective = lead.count == 1 || (lead.count == 2 && ["in", "for"].contains(w.lower[lead.lowerBound]))
                            fragments = connective ? [rest] : [lead, rest]
                        }
                    }
                    if fragments.reduce(0, { $0 + $1.count }) >= 3 && !fragments.contains(where: overlapsQuote) {
                        out.append(Attribution(fragments: fragments, cue: cue, speaker: speaker, kind: "indirect"))
                    }
                    continue
                }
                if w.lower[v] == "say" && !["they", "officials", "experts", "analysts", "sources", "people", "critics", "we", "i", "you"].contains(w.at(v - 1)) { continue }
                let start = clauseStart(v)
                var subject = subjectIn(start..<v, preferFirst: false)
                // "… the Central American Minors program will be expanded, officials said": the
                // noun phrase between the last comma and the verb is the speaker, whatever
                // name the clause before it holds.
                if let comma = (max(start, v - 7)..<v).last(where: { w.text[$0] == "," && marks.inside[$0] < 0 }), comma + 1 < v,
                    subject.map({ $0.upperBound <= comma }) ?? true,
                    let np = nounPhrase(endingAt: v - 1, from: comma + 1), np.lowerBound == comma + 1
                {
                    subject = np
                }
                // "…, X said." — content before the comma that precedes the speaker; after the
                // cue only its adjuncts ("told The Huffington Post on Tuesday"), or a comma and
                // the rest of the reported sentence ("The museum, Mr. Obama said, would make …").
                let tail = contentEnd(r)
                let afterVerb = v + 1
                if let subject, let comma = (max(r.lowerBound, subject.lowerBound - 7)..<max(r.lowerBound, subject.lowerBound)).last(where: { w.text[$0] == "," }) {
                    let nextComma = (afterVerb..<max(afterVerb, tail)).first { w.text[$0] == "," && marks.inside[$0] < 0 }
                    let adjunctEnd = nextComma ?? tail
                    let parsed = !doc.analysis.isEmpty
                    let adjunctsOnly = parsed
                        ? adjunctEnd - afterVerb <= 8 && !(afterVerb..<adjunctEnd).contains { ["VERB", "AUX"].contains(doc.analysis[$0].upos) || w.lower[$0] == "that" }
                        : afterVerb >= tail - 3
                    if adjunctsOnly {
                        let begin = parsed ? clauseStart(v, throughQuotes: true) : start
                        var fragments = [begin..<max(begin, comma)]
                        if parsed, let nc = nextComma, tail - (nc + 1) >= 2 { fragments.append((nc + 1)..<tail) }
                        // "The museum, Mr. Obama said, would …": a short subject is enough when
                        // the clause goes on after the cue.
                        let enough = fragments.count > 1 ? fragments[0].count >= 1 : fragments[0].count >= 3
                        if enough && !overlapsQuote(fragments[0]) {
                            out.append(Attribution(fragments: fragments, cue: v..<(v + 1), speaker: subject, kind: "indirect"))
                        }
                        continue
                    }
                }
                // "X said (that) …" — content after the verb (and its object for "told").
                guard let subject, subject.upperBound >= v - 3 else { continue }
                var c = afterVerb
                if w.lower[v] == "told" || w.lower[v] == "tells" {
                    var j = c
                    while j < tail && j - c < 5 && w.lower[j] != "that" { j += 1 }
                    c = j < tail && w.lower[j] == "that" ? j : min(c + 1, tail)
                }
                if c < tail, let t = TimeContextless.leadingTime(w, c) { c += t }
                if c < tail && w.text[c] == "," { continue }
                let content = c..<max(c, tail)
                if content.count >= 3 && !overlapsQuote(content) {
                    out.append(Attribution(fragments: [content], cue: v..<(v + 1), speaker: subject, kind: "indirect"))
                }
            }
        }
        return out
    }

    /// End of the sentence's content, before its final punctuation.
    func contentEnd(_ r: Range<Int>) -> Int {
        var e = r.upperBound
        while e > r.lowerBound && (AttributionContext.sentenceEnd.contains(w.text[e - 1]) || ["”", "\"", "’"].contains(w.text[e - 1])) { e -= 1 }
        return e
    }

    func overlapsQuote(_ r: Range<Int>) -> Bool {
        var n = 0
        for k in r where marks.inside[k] >= 0 { n += 1 }
        return n * 2 > r.count
    }
}

/// Skips a weekday or "last week" right after a reporting verb ("said Monday that …").
enum TimeContextless {
    static func leadingTime(_ w: Words, _ k: Int) -> Int? {
        let t = w.at(k)
        if TimeLexicon.weekdays[t] != nil || ["today", "yesterday", "tuesday"].contains(t) { return 1 }
        if ["last", "this", "on", "earlier"].contains(t), TimeLexicon.weekdays[w.at(k + 1)] != nil || TimeLexicon.units[w.at(k + 1)] != nil { return 2 }
        return nil
    }
}
