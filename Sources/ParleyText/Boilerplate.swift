/// Decides whether a paragraph is publisher furniture rather than article text.
///
/// The evidence is general: calls to action and their typography (all-caps buttons),
/// vocabulary that publishers use for teasers, newsletters, sharing and copyright, the
/// paragraph's length and its position at the edges of the article.
enum Boilerplate {
    enum Kind: Sendable { case callToAction, teaser, newsletter, share, copyright, advertising, caption }

    static let phrases = PhraseIndex([
        // Button-like phrases that invite the reader to act.
        (.callToAction, [
            "learn more", "read more", "sign up", "subscribe", "click here", "find out more",
            "download the app", "get the app", "try it free", "start your free trial", "buy now",
            "shop now", "register now", "join now", "log in", "sign in", "see more", "watch now",
            "listen now", "continue reading", "more info",
        ]),
        // Words that open teasers pointing at other content.
        (.teaser, [
            "quicktake", "read more", "related", "see also", "also read", "watch", "listen", "video",
            "explainer", "factbox", "more from", "most read", "recommended", "you may also like",
            "trending", "top stories", "editor's picks", "editor’s picks", "don't miss",
            "don’t miss", "more on this",
        ]),
        (.newsletter, [
            "newsletter", "sign up for", "subscribe to", "delivered to your inbox", "get our",
            "in your inbox",
        ]),
        (.share, [
            "share this", "share on", "share via", "tweet this", "email this", "print this",
            "follow us", "like us on",
        ]),
        (.copyright, [
            "all rights reserved", "copyright", "©", "terms of use", "terms of service",
            "privacy policy", "cookie policy", "this material may not be published",
        ]),
        (.advertising, ["advertisement", "sponsored content", "paid post", "promoted"]),
        (.caption, [
            "photo", "picture by", "picture", "photograph", "image credit", "credit", "getty images",
            "ap photo", "afp photo", "file photo", "reuters/",
        ]),
    ])

    /// Why the paragraph `p[start..<end]`, of shape `s`, is not article text, if it is not.
    static func reason(
        _ s: LineShape, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, position: Int,
        count: Int, inHeader: Bool
    ) -> String? {
        guard s.words <= LineShape.phraseTestLimit else { return nil }
        let short = s.words <= 15
        let atEdge = position >= count - 2 || inHeader
        // Mid-article prose sentences of some length are never furniture; skip the phrase tests.
        if s.words > 12 && s.endsSentence && !atEdge { return nil }
        // The paragraph as written; phrase tests ignore ASCII case.
        let text = UnsafeBufferPointer(rebasing: p[start..<end])
        // "By Jane Doe, Example News, New York": a byline, not article text.
        if s.words <= 12, Boilerplate.startsWithBy(text), text.count > 3,
            text[3] >= 0x41 && text[3] <= 0x5A, s.isTitleCase(p)
        {
            return "byline"
        }
        let hits = phrases.hits(in: text)
        if hits.isEmpty { return nil }
        func has(_ kind: Kind, atStart: Bool = false) -> Bool {
            hits.contains { h in
                switch (h.category, kind) {
                case (.callToAction, .callToAction), (.teaser, .teaser), (.newsletter, .newsletter),
                    (.share, .share), (.copyright, .copyright), (.advertising, .advertising),
                    (.caption, .caption):
                    return !atStart || h.start == 0
                default: return false
                }
            }
        }
        let copyrightAtStart = has(.copyright, atStart: true)
        let copyrightFull = hits.contains { h in
            if case .copyright = h.category { return h.end - h.start > 9 } else { return false }
        }
        if s.words <= 20, copyrightAtStart || copyrightFull { return "copyright" }
        if s.words <= 3, has(.advertising, atStart: true) { return "advertisement" }
        // "(Picture by …)", "Photo: …": a caption.
        if s.words <= 25, hits.contains(where: { h in
            if case .caption = h.category {
                return h.start == 0 || (h.start > 0 && (text[h.start - 1] == 0x28 || text[h.start - 1] == 0x7C))
            }
            return false
        }) {
            return "caption"
        }
        // A teaser opener followed by a colon or a capitalised headline, not a prose sentence.
        if short, !s.endsSentence || s.words <= 6, let opener = hits.first(where: { h in
            if case .teaser = h.category { return h.start == 0 } else { return false }
        }) {
            let next = opener.end < text.count ? text[opener.end] : 0x3A
            let headlineFollows = next == 0x3A || s.words <= 6 || s.isTitleCase(p)
            if headlineFollows {
                return Phrase.hasFoldedPrefix(text, "related") ? "related-headline" : "teaser"
            }
        }
        var score = 0
        let ctas = hits.filter { h in
            if case .callToAction = h.category { return true } else { return false }
        }
        if !ctas.isEmpty {
            let atEnd = ctas.contains { h in !text[h.end...].contains { Phrase.isLetter($0) } }
            score += atEnd ? 3 : 1
            // A call to action set as a button ("LEARN MORE", "SUBSCRIBE NOW").
            let button = ctas.contains { h in
                !text[h.start..<h.end].contains { $0 >= 0x61 && $0 <= 0x7A }
            }
            if button { score += 3 }
        }
        if short { score += 1 }
        if atEdge { score += 1 }
        if score >= 5 { return "advertisement" }
        // "Sign up for …", "Subscribe to …" as an imperative, or a newsletter plug without a sentence.
        if short, has(.newsletter, atStart: true) || has(.callToAction, atStart: true) && has(.newsletter)
            || has(.newsletter) && !s.endsSentence
        {
            return "newsletter"
        }
        if s.words <= 6, has(.share) { return "share" }
        return nil
    }
}

extension Boilerplate {
    static func startsWithBy(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.count > 3 && Phrase.fold(text[0]) == 0x62 && Phrase.fold(text[1]) == 0x79 && text[2] == 0x20
    }
}
