/// Decides whether a paragraph is publisher furniture rather than article text.
///
/// The evidence is general: calls to action and their typography (all-caps buttons),
/// vocabulary that publishers use for teasers, newsletters, sharing and copyright, the
/// paragraph's length and its position at the edges of the article.
enum Boilerplate {
    /// Button-like phrases that invite the reader to act.
    static let callsToAction = [
        "learn more", "read more", "sign up", "subscribe", "click here", "find out more",
        "download the app", "get the app", "try it free", "start your free trial", "buy now",
        "shop now", "register now", "join now", "log in", "sign in", "see more", "watch now",
        "listen now", "continue reading", "more info",
    ]
    /// Words that open teasers pointing at other content.
    static let teaserOpeners = [
        "quicktake", "read more:", "read more", "related:", "related stories", "related articles",
        "related coverage", "related:", "see also", "also read", "watch:", "listen:", "video:",
        "explainer:", "factbox:", "more from", "most read", "recommended", "you may also like",
        "trending", "top stories", "editor's picks", "don't miss", "more on this",
    ]
    static let newsletter = [
        "newsletter", "sign up for", "subscribe to", "delivered to your inbox", "get our",
        "in your inbox",
    ]
    static let share = [
        "share this", "share on", "share via", "tweet this", "email this", "print this",
        "follow us", "like us on",
    ]
    static let copyright = [
        "all rights reserved", "copyright ©", "© copyright", "(c) copyright", "terms of use",
        "terms of service", "privacy policy", "cookie policy", "this material may not be published",
    ]
    static let advertising = ["advertisement", "sponsored content", "paid post", "promoted"]

    static func reason(_ s: LineShape, position: Int, count: Int, inHeader: Bool) -> String? {
        let text = s.folded
        let short = s.words <= 15
        let atEdge = position >= count - 2 || inHeader
        if s.words <= 20, copyright.contains(where: text.contains) || text.hasPrefix("©")
            || text.hasPrefix("copyright")
        {
            return "copyright"
        }
        if s.words <= 3, advertising.contains(where: { text == $0 || text.hasPrefix($0) }) {
            return "advertisement"
        }
        if short, !s.endsSentence || s.words <= 6,
            teaserOpeners.contains(where: { text.hasPrefix($0) })
        {
            return text.hasPrefix("related") ? "related-headline" : "teaser"
        }
        var score = 0
        let ctaAtEnd = callsToAction.contains { cta in
            text.hasSuffix(cta) || text.hasSuffix(cta + ".") || text.hasSuffix(cta + " »")
                || text.hasSuffix(cta + " ›") || text.hasSuffix(cta + " →")
                || text.hasSuffix(cta + " >")
        }
        let ctaAnywhere = ctaAtEnd || callsToAction.contains(where: text.containsPhrase)
        if ctaAtEnd { score += 3 } else if ctaAnywhere { score += 1 }
        // A call to action set as a button ("LEARN MORE", "SUBSCRIBE NOW").
        if callsToAction.contains(where: { s.original.containsPhrase($0.uppercased()) }) { score += 3 }
        if short { score += 1 }
        if atEdge { score += 1 }
        if score >= 5 { return "advertisement" }
        if short, newsletter.contains(where: text.containsPhrase), score >= 2 || !s.endsSentence {
            return "newsletter"
        }
        if s.words <= 6, share.contains(where: text.containsPhrase) { return "share" }
        return nil
    }
}

extension String {
    func contains(_ other: String) -> Bool {
        Substring(self).range(of: other) != nil
    }
}
