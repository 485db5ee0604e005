import ParleyText

/// Attributions read from the dependency tree: a cue verb with its subject as the source and
/// its clausal complement as the content.
///
/// Covers what word-order rules miss: speech, belief, intention and evidence verbs whose
/// content is a clause ("X believes (that) …", "the poll shows …", "X wants to …", "X called
/// on Y to …"), and reported clauses with the cue inside or after them ("…, X said, …").
/// Runs only when the NLP stage has parsed the document.
extension AttributionContext {
    /// Lemmas that attribute a clause to their subject: a finite complement for all, a "to …"
    /// complement only for the speech acts in `infinitival` (what is promised or demanded).
    static let attributionLemmas: Set<String> = [
        // speech
        "say", "tell", "add", "note", "write", "argue", "claim", "insist", "announce", "state",
        "explain", "report", "acknowledge", "suggest", "predict", "contend", "maintain", "concede",
        "admit", "assert", "allege", "charge", "estimate", "confirm", "deny", "testify", "promise",
        "vow", "warn", "declare", "respond", "reply", "recall", "mention", "complain", "stress",
        "emphasize", "emphasise", "indicate", "reveal", "disclose", "tweet", "post", "joke", "boast",
        "brag", "repeat", "reiterate", "signal", "counter", "concur", "caution", "observe", "remark",
        "propose", "pledge", "demand", "urge", "ask", "call", "threaten", "acknowledge", "hint",
        "imply", "assure", "inform", "advise", "recommend", "accuse", "blame", "praise", "question",
        // belief and knowledge
        "believe", "think", "feel", "expect", "hope", "fear", "worry", "doubt", "assume", "suspect",
        "know", "realize", "realise", "agree", "conclude", "decide", "guess", "imagine", "reckon",
        "consider", "understand", "recognize", "recognise", "acknowledge", "wonder",
        // intentions stated as speech acts ("vowed to", "threatened to"); bare intentions such as
        // "want", "plan" or "seek" are not reported speech and stay out
        // evidence
        "show", "find", "suggest", "indicate", "demonstrate", "prove", "confirm",
    ]
    /// Lemmas whose "to …" complement is attributed content ("vowed to fight", "wants to win").
    static let infinitival: Set<String> = [
        "promise", "vow", "pledge", "threaten", "hope", "urge", "ask", "call", "demand", "expect",
        "agree", "decide", "propose", "warn", "tell", "advise", "recommend",
    ]

    /// Intentions whose "to …" complement is the position taken ("wants to repeal", "refuses to
    /// release"): not speech, but a stance attributed to the subject (kind `stance`).
    static let intentionLemmas: Set<String> = [
        "want", "plan", "seek", "intend", "refuse", "aim", "wish", "prefer", "offer", "hesitate",
    ]
    /// Verbs of judging whose object is what the subject judges ("attacked Trump", "called the
    /// charges unsubstantiated", "criticized the policy"): a stance on that object.
    static let judgingLemmas: Set<String> = [
        "attack", "criticize", "criticise", "condemn", "praise", "support", "oppose", "question",
        "cite", "describe", "reject", "defend", "welcome", "dismiss", "endorse",
        "applaud", "slam", "blast", "denounce", "chastise", "hail", "laud", "mock", "ridicule",
        "challenge", "dispute", "label", "call", "characterize", "characterise", "deride", "fault",
        "credit", "thank", "congratulate", "favor", "favour", "champion", "tout", "decry", "lambaste",
        "rebuke", "scold", "commend", "embrace", "back", "disavow", "repudiate", "accept",
    ]
    /// Verbs whose "for …" object is what is asked for ("called for an investigation").
    static let advocacyLemmas: Set<String> = ["call", "push", "press", "argue", "advocate", "lobby", "appeal", "plead"]

    func parsed(skipping usedCues: Set<Int>) -> [Attribution] {
        guard doc.analysis.count == doc.tokens.count else { return [] }
        var out: [Attribution] = []
        for s in doc.sentences where s.kind == .body || s.kind == .bullet {
            let r = s.tokens
            var children = [[Int]](repeating: [], count: r.count)
            for t in r {
                let h = doc.analysis[t].head
                if h >= r.lowerBound && h < r.upperBound { children[h - r.lowerBound].append(t) }
            }
            func subtree(_ t: Int) -> Range<Int> {
                var lo = t, hi = t
                var stack = [t]
                while let x = stack.popLast() {
                    lo = min(lo, x)
                    hi = max(hi, x)
                    stack.append(contentsOf: children[x - r.lowerBound])
                }
                return lo..<(hi + 1)
            }
            func dependents(_ t: Int, _ relations: Set<String>) -> [Int] {
                children[t - r.lowerBound].filter { relations.contains(doc.analysis[$0].deprel) }
            }
            for v in r where !usedCues.contains(v) && marks.inside[v] < 0 {
                let a = doc.analysis[v]
                let lemma = a.lemma.lowercased()
                let speech = AttributionContext.attributionLemmas.contains(lemma)
                let intention = AttributionContext.intentionLemmas.contains(lemma)
                let judging = AttributionContext.judgingLemmas.contains(lemma)
                let advocacy = AttributionContext.advocacyLemmas.contains(lemma)
                guard a.upos == "VERB", speech || intention || judging || advocacy else { continue }
                // "rescinded his endorsement, saying he lacks …", "attacked Trump and said …": a
                // participle or a coordinated verb without a subject of its own speaks for the
                // subject of the verb it hangs on.
                var own = dependents(v, ["nsubj"]).first
                let coordinated = a.deprel.hasPrefix("conj")
                if own == nil, coordinated || a.xpos == "VBG" && (a.deprel.hasPrefix("advcl") || a.deprel == "xcomp"),
                    a.head >= r.lowerBound, a.head < r.upperBound, a.head != v
                {
                    own = dependents(a.head, ["nsubj"]).first
                }
                // "Many of her supporters say", "Some argue", "three in 10 said": a quantity can
                // head the subject
                guard var subject = own,
                    ["PROPN", "NOUN", "PRON", "ADJ", "NUM", "DET"].contains(doc.analysis[subject].upos)
                else { continue }
                // "officials who said …": the speaker is the noun the relative clause modifies.
                if ["who", "that", "which"].contains(w.lower[subject]) {
                    let noun = doc.analysis[v].head
                    guard a.deprel == "acl:relcl", noun >= r.lowerBound, noun < v else { continue }
                    subject = noun
                }
                var speaker = trimmed(subtree(subject))
                if speaker.upperBound > v { speaker = speaker.lowerBound..<(subject + 1) }
                guard !speaker.isEmpty, !speaker.contains(v) else { continue }
                var content: Range<Int>?
                var kind = "indirect"
                let infinitive = dependents(v, ["xcomp"]).first(where: { x in
                    children[x - r.lowerBound].contains { w.lower[$0] == "to" && doc.analysis[$0].deprel == "mark" }
                })
                if speech, let clause = dependents(v, ["ccomp"]).first {
                    content = subtree(clause)
                } else if let clause = infinitive, AttributionContext.infinitival.contains(lemma) || intention {
                    // "called on Russia to end …": the addressee stays out of the content.
                    content = subtree(clause)
                    if !AttributionContext.infinitival.contains(lemma) { kind = "stance" }
                } else if advocacy, let goal = dependents(v, ["obl"]).first(where: { o in
                    children[o - r.lowerBound].contains { w.lower[$0] == "for" && doc.analysis[$0].deprel == "case" }
                }) {
                    // "called for an investigation": the goal without its "for".
                    var t = subtree(goal)
                    // "for an end to air strikes" may come out as two obliques of the verb.
                    for o in dependents(v, ["obl"]).sorted() where o > goal && subtree(o).lowerBound == t.upperBound {
                        t = t.lowerBound..<subtree(o).upperBound
                    }
                    content = (t.lowerBound + 1)..<t.upperBound
                    kind = "stance"
                } else if judging, let object = dependents(v, ["obj"]).first ?? dependents(v, ["dep"]).first(where: { d in
                    // a nominal the parser left unlabeled after the verb is most often its object
                    d > v && ["NOUN", "PROPN", "PRON"].contains(doc.analysis[d].upos)
                }) {
                    // "called the charges unsubstantiated": the object with what it is called.
                    var t = subtree(object)
                    if let predicate = dependents(v, ["xcomp"]).first { t = min(t.lowerBound, subtree(predicate).lowerBound)..<max(t.upperBound, subtree(predicate).upperBound) }
                    // "attacked Clinton for her support of …", "described him as …": the reason
                    // or the description right after the object belongs to the judgement.
                    for o in dependents(v, ["obl"]).sorted() where subtree(o).lowerBound == t.upperBound {
                        guard let c = children[o - r.lowerBound].first(where: { doc.analysis[$0].deprel == "case" }),
                            ["for", "over", "as"].contains(w.lower[c])
                        else { continue }
                        t = t.lowerBound..<subtree(o).upperBound
                    }
                    content = t
                    kind = "stance"
                }
                guard var c = content.map(trimmed), c.count >= (kind == "stance" ? 1 : 2) else { continue }
                // "said last week (that) …": the time belongs to the saying.
                if let t = TimeContextless.leadingTime(w, c.lowerBound), c.count > t + 1 { c = (c.lowerBound + t)..<c.upperBound }
                if c.contains(v) || c.overlaps(speaker) {
                    let upper = min(c.upperBound, speaker.lowerBound, v)
                    guard upper >= c.lowerBound + 2 else { continue }
                    c = c.lowerBound..<upper
                }
                // Content that is mostly a quotation is that quote's; content that only ends in
                // one ("called Trump “unhinged.”") is the clause, with its partial quote.
                if overlapsQuote(c) && marks.inside[c.lowerBound] >= 0 { continue }
                out.append(Attribution(fragments: [c], cue: v..<(v + 1), speaker: speaker, kind: kind))
            }
        }
        return out
    }

    /// A span without punctuation at either end.
    private func trimmed(_ span: Range<Int>) -> Range<Int> {
        var lo = span.lowerBound, hi = span.upperBound
        while lo < hi && doc.tokens[lo].kind == .punctuation && !["“", "\"", "‘"].contains(w.text[lo]) { lo += 1 }
        while hi > lo && doc.tokens[hi - 1].kind == .punctuation && !["”", "\"", "’"].contains(w.text[hi - 1]) { hi -= 1 }
        return lo..<hi
    }
}
