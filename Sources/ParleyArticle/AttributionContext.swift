import ParleyText

/// Token-level searches for attribution verbs and their speakers around a quote.
struct AttributionContext {
    let doc: Document
    let w: Words
    let marks: QuoteMarks
    let nameAt: [Int]
    let names: [NameMention]

    static let subjectPronouns: Set<String> = ["he", "she", "they", "i", "we", "it", "you"]
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "his", "her", "their", "its", "one", "another", "some", "many", "several", "two", "three", "most", "other", "our"]
    static let sentenceEnd: Set<String> = [".", "!", "?"]
    /// Words that open an adverbial clause or phrase, never a speaker's name.
    static let subordinators: Set<String> = ["like", "since", "although", "though", "unless", "whereas", "until", "so", "than", "where", "whether", "even", "despite", "unlike", "including"]
    static let npStop: Set<String> = ["who", "which", "that", "in", "on", "at", "during", "to", "from", "by", "after", "before", "when", "while", "as", "with", "and", "but", "because", "if", "for", "about", "of"]

    func sameParagraph(_ a: Int, _ b: Int) -> Bool {
        guard a < b else { return true }
        for k in a..<b where marks.breakAfter[k] { return false }
        return true
    }

    /// True when no words stand between two quotes after the sentence of the first one's
    /// attribution ends ("“…,” she said on Monday in Ankara. “…”"). Otherwise the second quote
    /// starts an attribution of its own ("“…,” Obama said. He called Burma a “good news …”").
    func onlyAttribution(between a: Int, _ b: Int, of previous: Attribution) -> Bool {
        var sentenceEnded = false
        for k in a..<b {
            if previous.cue?.contains(k) == true || previous.speaker?.contains(k) == true { continue }
            if doc.tokens[k].kind == .punctuation {
                if AttributionContext.sentenceEnd.contains(w.text[k]) { sentenceEnded = true }
                continue
            }
            if sentenceEnded { return false }
        }
        return true
    }

    /// "“…” ― Sonya Herridge": a dash and a name right after the closing mark sign the quote.
    func dashSignature(_ p: Range<Int>) -> (Range<Int>, Range<Int>?)? {
        let dash = p.upperBound
        guard dash + 1 < w.count, ["-", "--"].contains(w.text[dash]), !marks.breakAfter[p.upperBound - 1],
            w.isCapitalized(dash + 1), marks.inside[dash + 1] < 0
        else { return nil }
        var end = dash + 1
        while end < w.count && end - dash <= 4 && marks.inside[end] < 0
            && (w.isCapitalized(end) || (w.text[end].count <= 2 && w.text[end].hasSuffix(".") == false && doc.tokens[end].kind == .word))
        {
            end += 1
            if marks.breakAfter[end - 1] { break }
        }
        return (dash..<(dash + 1), (dash + 1)..<end)
    }

    /// The closing token of a short parenthesis opening at `k` ("(D-Wis.)", "(R-S.C.)"), within
    /// the paragraph; nil when `k` opens none.
    func shortParenthesis(at k: Int) -> Int? {
        guard k < w.count, w.text[k] == "(",
            let close = (k + 1..<min(w.count, k + 8)).first(where: { w.text[$0] == ")" }),
            !(k..<close).contains(where: { marks.breakAfter[$0] })
        else { return nil }
        return close
    }

    /// Paragraph breaks after tokens a...b (inclusive).
    func paragraphBreaks(_ a: Int, _ b: Int) -> Int {
        guard a <= b else { return 0 }
        return (a...b).filter { marks.breakAfter[$0] }.count
    }

    func isVerb(_ k: Int) -> Bool {
        guard k >= 0, k < w.count, marks.inside[k] < 0 else { return false }
        if w.lower[k] == "according" && w.at(k + 1) == "to" { return true }
        return NameLexicon.speechVerbs.contains(w.lower[k])
    }

    func cue(_ v: Int) -> Range<Int> { w.lower[v] == "according" ? v..<(v + 2) : v..<(v + 1) }

    /// A quote inside running text ("the routes “used to smuggle …”").
    func isPartial(_ p: Range<Int>) -> Bool {
        let k = p.lowerBound - 1
        guard k >= 0, !marks.breakAfter[k] else { return false }
        let t = w.text[k]
        if NameLexicon.speechVerbs.contains(w.lower[k]) { return false }
        if [",", ":", "(", "—", "-", "–", "”", "\""].contains(t) || AttributionContext.sentenceEnd.contains(t) { return false }
        return doc.tokens[k].kind == .word || doc.tokens[k].kind == .number
    }

    /// "…,” said X." / "…,” X said." / "…?” he asks."
    func after(_ p: Range<Int>) -> (Range<Int>, Range<Int>?)? {
        let lastInner = p.upperBound - 2
        let endedSentence = lastInner >= p.lowerBound && AttributionContext.sentenceEnd.contains(w.text[lastInner])
        let limit = endedSentence ? 5 : 30
        var k = p.upperBound
        guard p.upperBound - 1 < w.count, !marks.breakAfter[p.upperBound - 1] else { return nil }
        var steps = 0
        while k < w.count && steps < limit {
            if marks.inside[k] >= 0 { k = nextOutside(k); continue }
            // "Rep. Gwen Moore (D-Wis.) said": a short parenthesis costs no steps.
            if let close = shortParenthesis(at: k) {
                k = close + 1
                continue
            }
            if isVerb(k) {
                if w.lower[k] == "according" { return (cue(k), object(k + 2)) }
                let stretch = p.upperBound..<k
                if let s = speakerStretch(stretch) { return (cue(k), s) }
                if let s = subjectIn(stretch, preferFirst: true) { return (cue(k), withTitle(s, from: stretch.lowerBound)) }
                if let o = trailingObject(k + 1) { return (cue(k), o) }
                return (cue(k), nil)
            }
            if AttributionContext.sentenceEnd.contains(w.text[k]) || marks.breakAfter[k] { return nil }
            k += 1
            steps += 1
        }
        return nil
    }

    func nextOutside(_ k: Int) -> Int {
        var j = k
        while j < w.count && marks.inside[j] >= 0 { j += 1 }
        return j
    }

    /// "X said: “…”", "He says, “…”", and partial quotes after "Lavrov said … “…”".
    func before(_ p: Range<Int>) -> (Range<Int>, Range<Int>?)? {
        var k = p.lowerBound - 1
        var steps = 0
        while k >= 0 && steps < 40 && !marks.breakAfter[k] {
            if marks.inside[k] >= 0 { k -= 1; continue }
            if AttributionContext.sentenceEnd.contains(w.text[k]) { return nil }
            if isVerb(k) {
                if w.lower[k] == "according" { return (cue(k), object(k + 2)) }
                let start = clauseStart(k)
                if let s = subjectIn(start..<k, preferFirst: false) { return (cue(k), withTitle(s, from: start)) }
                if let o = object(k + 1), o.upperBound <= p.lowerBound { return (cue(k), o) }
                return (cue(k), nil)
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// "Ted Cruz: ‘Physically assaulting a reporter is a fireable offense.’", "PENCE: “…”": a
    /// clause that is only a person's name (or one word in capitals, as in transcripts) and a
    /// colon signs the quote after it.
    func nameColon(_ p: Range<Int>) -> (Range<Int>, Range<Int>?)? {
        let colon = p.lowerBound - 1
        guard colon >= 1, w.text[colon] == ":", !marks.breakAfter[colon] else { return nil }
        return colonSpeaker(colon, from: clauseStart(colon)).map { (colon..<(colon + 1), $0) }
    }

    /// The speaker when the words from `start` to `colon` are only a person's name (with its
    /// title) or one word in capitals.
    func colonSpeaker(_ colon: Int, from start: Int) -> Range<Int>? {
        let stretch = start..<colon
        guard (1...5).contains(stretch.count), stretch.allSatisfy({ doc.tokens[$0].kind == .word || w.text[$0] == "." }) else { return nil }
        let last = colon - 1
        // a dateline ("BEIJING: China's …") is a place, not a speaker
        guard !doc.places.contains(where: { $0.start <= Int(doc.tokens[last].start) && Int(doc.tokens[last].end) <= $0.end }) else { return nil }
        // the entity model often takes a name before a colon for an organisation, which may
        // speak too ("Clinton camp: …")
        if nameAt[last] >= 0, names[nameAt[last]].tokens.lowerBound >= start {
            return withTitle(names[nameAt[last]].tokens, from: start)
        }
        let t = w.text[last]
        if stretch.count == 1, t.count >= 3, t.allSatisfy({ $0.isUppercase }) { return stretch }
        return nil
    }

    /// A quote paragraph introduced by a paragraph ending in "…said:".
    func colonLead(_ p: Range<Int>) -> (Range<Int>, Range<Int>?)? {
        let k = p.lowerBound - 1
        guard k >= 1, marks.breakAfter[k], w.text[k] == ":" else { return nil }
        var v = k - 1
        while v >= 0 && !marks.breakAfter[v] && k - v < 12 {
            if isVerb(v) { return (cue(v), subjectIn(clauseStart(v)..<v, preferFirst: false) ?? object(v + 1)) }
            v -= 1
        }
        return nil
    }

    /// A quote paragraph whose speaker is named at the start of the next sentence ("Merkel said …").
    func nextSentence(_ p: Range<Int>) -> (Range<Int>, Range<Int>?)? {
        guard p.upperBound < w.count else { return nil }
        var k = p.upperBound
        var steps = 0
        while k < w.count && steps < 6 {
            if marks.inside[k] >= 0 { return nil }
            if isVerb(k) {
                guard let s = subjectIn(p.upperBound..<k, preferFirst: true), nameAt[s.lowerBound] >= 0 || AttributionContext.subjectPronouns.contains(w.lower[s.lowerBound]) else { return nil }
                return (cue(k), s)
            }
            k += 1
            steps += 1
        }
        return nil
    }

    static let adverbs: Set<String> = ["also", "later", "then", "previously", "recently", "has", "had", "have", "was", "would", "will", "once", "again", "further", "repeatedly", "publicly", "privately", "reportedly", "simply", "only", "just", "quickly", "finally", "has", "flatly", "bluntly", "told", "is"]

    /// The words between a closing quote and its verb, as annotators mark a speaker:
    /// "Senate minority leader Harry Reid", "Brian Fallon, a spokesman for the campaign,".
    func speakerStretch(_ r: Range<Int>) -> Range<Int>? {
        var a = r.lowerBound
        var b = r.upperBound
        while a < b && doc.tokens[a].kind == .punctuation { a += 1 }
        while b > a && AttributionContext.adverbs.contains(w.lower[b - 1]) { b -= 1 }
        // "…,” since so many cases were decided …, said": a clause, not a speaker.
        guard a < b, b - a <= 30, !AttributionContext.npStop.contains(w.lower[a]),
            !AttributionContext.subordinators.contains(w.lower[a])
        else { return nil }
        var parenthesis = false  // "(D-Wis.)": its period ends no sentence
        for k in a..<b {
            if w.text[k] == "(" { parenthesis = true } else if w.text[k] == ")" { parenthesis = false }
            if marks.inside[k] >= 0 || isVerb(k) || (!parenthesis && AttributionContext.sentenceEnd.contains(w.text[k])) { return nil }
        }
        return a..<b
    }

    /// "said Dino Spencer, who now runs the gym." — the rest of the sentence after the verb.
    func trailingObject(_ k: Int) -> Range<Int>? {
        guard let first = object(k) else { return nil }
        guard nameAt[first.lowerBound] >= 0 || first.count > 1 else { return first }
        var e = first.upperBound
        while e < w.count && marks.inside[e] < 0 && !marks.breakAfter[e - 1] && !AttributionContext.sentenceEnd.contains(w.text[e]) && w.text[e] != ";" { e += 1 }
        while e > first.upperBound && doc.tokens[e - 1].kind == .punctuation { e -= 1 }
        return first.lowerBound..<e
    }

    static let roleNouns: Set<String> = ["manager", "doctor", "host", "anchor", "co-anchor", "aide", "editor", "founder", "strategist", "pollster", "consultant", "head", "member", "chair", "owner", "author", "columnist", "reporter", "correspondent", "executive", "voter", "supporter", "nominee", "candidate", "hopeful", "rival", "press", "campaign", "communications", "policy", "attorney", "lawyer", "professor", "analyst", "expert", "historian", "scientist", "economist", "activist", "organizer", "deputy", "senior", "former", "republican", "democratic", "state", "party", "white", "house"]

    /// A name with the titles and role words written before it ("Gov. John Kasich").
    func withTitle(_ r: Range<Int>, from start: Int) -> Range<Int> {
        guard nameAt[r.lowerBound] >= 0 else { return r }
        var a = r.lowerBound
        while a > start {
            let k = a - 1
            let t = w.lower[k]
            if doc.tokens[k].kind != .word || AttributionContext.determiners.contains(t) || isVerb(k) { break }
            if w.isCapitalized(k) || NameLexicon.titles.contains(t) || NameLexicon.roles.contains(t) || AttributionContext.roleNouns.contains(t) || (t == "of" && k > start && w.isCapitalized(k - 1)) {
                a = k
                continue
            }
            break
        }
        return a..<r.upperBound
    }

    /// Start of the clause a verb belongs to: after the previous sentence end, colon, semicolon or quote.
    /// Start of the clause that ends at `v`: back to a sentence or quote boundary; with
    /// `throughQuotes`, a short quotation inside the clause ("A cashier who “steals …” is held
    /// accountable, Warren said") does not stop it.
    func clauseStart(_ v: Int, throughQuotes: Bool = false) -> Int {
        var k = v - 1
        while k >= 0 && !marks.breakAfter[k] && (throughQuotes || marks.inside[k] < 0) && ![".", "!", "?", ";", ":"].contains(w.text[k]) { k -= 1 }
        return k + 1
    }

    /// The speaker in a stretch of tokens: a person's name first, else a pronoun or organisation,
    /// else the noun phrase just before the end of the stretch.
    func subjectIn(_ r: Range<Int>, preferFirst: Bool) -> Range<Int>? {
        guard !r.isEmpty else { return nil }
        if !preferFirst {
            // "…, she said": the word right before the verb is the speaker when it is one.
            let k = r.upperBound - 1
            if AttributionContext.subjectPronouns.contains(w.lower[k]) && w.lower[k] != "it" { return k..<(k + 1) }
            if nameAt[k] >= 0, !names[nameAt[k]].tokens.clamped(to: r).isEmpty { return names[nameAt[k]].tokens.clamped(to: r) }
        }
        let order: [Int] = preferFirst ? Array(r) : Array(r.reversed())
        for k in order where nameAt[k] >= 0 && names[nameAt[k]].type == "PERSON" { return names[nameAt[k]].tokens.clamped(to: r) }
        for k in order {
            if AttributionContext.subjectPronouns.contains(w.lower[k]) && w.lower[k] != "it" { return k..<(k + 1) }
            if nameAt[k] >= 0 {
                let name = names[nameAt[k]].tokens.clamped(to: r)
                // "the Ukrainian navy said", "a Turkish diplomat told": the name only modifies
                // the noun the phrase is about
                if !preferFirst, name.upperBound < r.upperBound, let np = nounPhrase(endingAt: r.upperBound - 1, from: r.lowerBound),
                    np.contains(k), np.upperBound > name.upperBound
                {
                    return np
                }
                return name
            }
        }
        return nounPhrase(endingAt: r.upperBound - 1, from: r.lowerBound)
    }

    /// "the official", "senior administration officials", "the New York businessman".
    func nounPhrase(endingAt e: Int, from s: Int) -> Range<Int>? {
        var k = e
        while k >= s && ["also", "later", "then", "previously", "recently", "has", "had", "have", "was", "would", "will", "once", "again", "further", "repeatedly", "publicly", "privately", "reportedly"].contains(w.lower[k]) { k -= 1 }
        let end = k + 1
        guard k >= s, doc.tokens[k].kind == .word, !AttributionContext.npStop.contains(w.lower[k]) else { return nil }
        while k > s && end - k < 6 {
            let prev = k - 1
            if doc.tokens[prev].kind != .word || AttributionContext.npStop.contains(w.lower[prev]) || isVerb(prev) { break }
            k = prev
            if AttributionContext.determiners.contains(w.lower[k]) { break }
        }
        return k..<end
    }

    /// The speaker after the verb: "said Irina Zvyagelskaya, …", "said the announcer".
    func object(_ k: Int) -> Range<Int>? {
        guard k < w.count, marks.inside[k] < 0 else { return nil }
        var j = k
        while j < w.count && j - k < 4 && NameLexicon.titles.contains(w.lower[j]) && nameAt[j] < 0 { j += 1 }
        if j < w.count, nameAt[j] >= 0 { return names[nameAt[j]].tokens }
        if AttributionContext.subjectPronouns.contains(w.lower[k]) || ["him", "her", "them"].contains(w.lower[k]) { return k..<(k + 1) }
        guard doc.tokens[k].kind == .word, !AttributionContext.npStop.contains(w.lower[k]) else { return nil }
        var e = k
        while e + 1 < w.count && e - k < 6 && doc.tokens[e + 1].kind == .word && !AttributionContext.npStop.contains(w.lower[e + 1]) && marks.inside[e + 1] < 0 && !isVerb(e + 1) { e += 1 }
        return k..<(e + 1)
    }
}
