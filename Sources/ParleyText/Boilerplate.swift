/// Decides whether a paragraph is publisher furniture rather than article text.
///
/// The evidence is general: calls to action and their typography (all-caps buttons),
/// vocabulary that publishers use for teasers, newsletters, sharing and copyright, the
/// paragraph's length and its position at the edges of the article.
enum Boilerplate {
    /// Button-like phrases that invite the reader to act.
    static let callsToAction: [[UInt8]] = bytes([
        "learn more", "read more", "sign up", "subscribe", "click here", "find out more",
        "download the app", "get the app", "try it free", "start your free trial", "buy now",
        "shop now", "register now", "join now", "log in", "sign in", "see more", "watch now",
        "listen now", "continue reading", "more info",
    ])
    /// Words that open teasers pointing at other content.
    static let teaserOpeners: [[UInt8]] = bytes([
        "quicktake", "read more:", "read more", "related:", "related stories", "related articles",
        "related coverage", "related:", "see also", "also read", "watch:", "listen:", "video:",
        "explainer:", "factbox:", "more from", "most read", "recommended", "you may also like",
        "trending", "top stories", "editor's picks", "don't miss", "more on this",
    ])
    static let newsletter: [[UInt8]] = bytes([
        "newsletter", "sign up for", "subscribe to", "delivered to your inbox", "get our",
        "in your inbox",
    ])
    static let share: [[UInt8]] = bytes([
        "share this", "share on", "share via", "tweet this", "email this", "print this",
        "follow us", "like us on",
    ])
    static let copyright: [[UInt8]] = bytes([
        "all rights reserved", "copyright ©", "© copyright", "(c) copyright", "terms of use",
        "terms of service", "privacy policy", "cookie policy", "this material may not be published",
    ])
    static let advertising: [[UInt8]] = bytes(["advertisement", "sponsored content", "paid post", "promoted"])

    /// Calls to action in capitals, as set on buttons.
    static let callsToActionUpper: [[UInt8]] = callsToAction.map { Array(String(decoding: $0, as: UTF8.self).uppercased().utf8) }

    static func bytes(_ phrases: [String]) -> [[UInt8]] { phrases.map { Array($0.utf8) } }
    static let copyrightSign = Array("©".utf8)
    static let copyrightWord = Array("copyright".utf8)
    static let relatedWord = Array("related".utf8)

    static func reason(_ s: LineShape, position: Int, count: Int, inHeader: Bool) -> String? {
        guard s.words <= LineShape.phraseTestLimit else { return nil }
        let short = s.words <= 15
        let atEdge = position >= count - 2 || inHeader
        // Mid-article prose sentences of some length are never furniture; skip the phrase tests.
        if s.words > 12 && s.endsSentence && !atEdge { return nil }
        let text = s.folded
        if s.words <= 20,
            copyright.contains(where: { Phrase.contains(text, $0) }) || Phrase.hasPrefix(text, copyrightSign)
                || Phrase.hasPrefix(text, copyrightWord)
        {
            return "copyright"
        }
        if s.words <= 3, advertising.contains(where: { Phrase.hasPrefix(text, $0) }) {
            return "advertisement"
        }
        if short, !s.endsSentence || s.words <= 6, teaserOpeners.contains(where: { Phrase.hasPrefix(text, $0) }) {
            return Phrase.hasPrefix(text, relatedWord) ? "related-headline" : "teaser"
        }
        var score = 0
        let ctaAtEnd = callsToAction.contains { Phrase.endsWith(text, $0) }
        let ctaAnywhere = ctaAtEnd || callsToAction.contains { Phrase.contains(text, $0) }
        if ctaAtEnd { score += 3 } else if ctaAnywhere { score += 1 }
        // A call to action set as a button ("LEARN MORE", "SUBSCRIBE NOW").
        if callsToActionUpper.contains(where: { Phrase.contains(s.original, $0) }) { score += 3 }
        if short { score += 1 }
        if atEdge { score += 1 }
        if score >= 5 { return "advertisement" }
        if short, newsletter.contains(where: { Phrase.contains(text, $0) }), score >= 2 || !s.endsSentence {
            return "newsletter"
        }
        if s.words <= 6, share.contains(where: { Phrase.contains(text, $0) }) { return "share" }
        return nil
    }
}
