/// Finds the main text of a news page by its general structure and text density, the way
/// readability-style extractors do: drop elements that are never article text (navigation,
/// scripts, forms, asides, hidden parts, elements whose class or id names boilerplate), score
/// containers by the paragraphs they hold (length, commas, few links), take the best container
/// with its strong siblings, and emit its blocks while skipping link lists and boilerplate lines.
/// No rule names a publisher.
public enum ContentExtractor {
    /// Elements that never hold article text.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "svg", "canvas", "button", "input", "select", "textarea",
        "option", "nav", "footer", "aside", "figure", "figcaption", "template", "dialog", "object", "embed",
        "video", "audio", "picture", "img", "map", "link", "meta", "head", "label", "menu",
    ]
    static let droppedRoles: Set<String> = [
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar",
        "search", "toolbar",
    ]
    /// Class/id words of boilerplate containers.
    static let negativeWords = [
        "comment", "share", "sharing", "social", "related", "recommend", "promo", "newsletter", "subscribe",
        "signup", "sign-up", "advert", "sponsor", "cookie", "consent", "gdpr", "banner", "sidebar", "footer",
        "navbar", "menu", "breadcrumb", "popup", "modal", "outbrain", "taboola", "widget", "caption",
        "most-popular", "mostpopular", "most-read", "trending", "more-stories", "read-more", "readmore",
        "toolbar", "pagination", "pager", "disclaimer", "byline", "dateline", "author-info", "author-bio",
        "skip", "masthead", "paywall", "ad-container", "ad-slot", "adslot", "ad-wrapper", "ad-unit",
        "inline-ad", "recirc", "newsletter", "donate", "tags", "tag-list", "keywords", "print", "login",
        "teaser", "rail", "subscription", "community", "disqus", "shoutbox", "agegate", "hidden",
        "visually-hidden", "sr-only", "credit", "playlist", "gallery", "slideshow", "carousel",
    ]
    /// Class/id words of article containers; they override a negative word on the same element.
    static let positiveWords = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
    ]

    /// The article: metadata plus main-text paragraphs.
    public static func extract(_ root: HTMLNode) -> ExtractedArticle {
        let metadata = HTMLMetadata.read(root)
        prune(root)
        let blocks = mainBlocks(root)
        return ExtractedArticle(metadata: metadata, paragraphs: blocks)
    }

    // MARK: Pruning

    static func classHint(_ n: HTMLNode) -> (negative: Bool, positive: Bool) {
        let s = n.classAndId
        guard s.count > 1 else { return (false, false) }
        var negative = false
        var positive = false
        for token in s.split(whereSeparator: { $0 == " " || $0 == "_" }) {
            if !negative, negativeWords.contains(where: { token.contains($0) }) { negative = true }
            if !positive, positiveWords.contains(where: { token.contains($0) }) { positive = true }
        }
        if !negative {
            // "ad"/"ads" as whole words of a class mark advertisements.
            negative = s.split(whereSeparator: { !$0.isLetter }).contains { $0 == "ad" || $0 == "ads" || $0 == "advertisement" }
        }
        return (negative, positive)
    }

    static func isHidden(_ n: HTMLNode) -> Bool {
        if n.attribute("hidden") != nil || n.attribute("aria-hidden") == "true" { return true }
        if let style = n.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: ""),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        return false
    }

    /// Removes the subtrees that are never article text.
    static func prune(_ node: HTMLNode) {
        node.removeChildren { c in
            if c.isText { return false }
            if droppedTags.contains(c.tag) || isHidden(c) { return true }
            if let role = c.attribute("role")?.lowercased(), droppedRoles.contains(role) { return true }
            if c.tag == "header" || c.tag == "form" {
                // Headers and forms sometimes wrap the whole article; keep them when they hold real paragraphs.
                return !hasLongParagraph(c)
            }
            if c.tag != "body" && c.tag != "html" && c.tag != "article" && c.tag != "main" {
                let hint = classHint(c)
                if hint.negative && !hint.positive { return true }
            }
            return false
        }
        for c in node.children where !c.isText { prune(c) }
    }

    static func hasLongParagraph(_ n: HTMLNode) -> Bool {
        var found = false
        n.descendants { d in
            if !found, d.tag == "p", d.textContent.count >= 150 { found = true }
        }
        return found
    }
}

/// What `ContentExtractor` found on a page.
public struct ExtractedArticle: Sendable, Equatable {
    public var metadata: HTMLMetadata
    /// Main-text blocks (paragraphs, subheadings, quotes, list items), whitespace collapsed.
    public var paragraphs: [String]

    /// The main text, one block per line.
    public var text: String { paragraphs.joined(separator: "\n") }
}

extension HTMLNode {
    func removeChildren(where drop: (HTMLNode) -> Bool) {
        childrenStorage.removeAll(where: drop)
    }
}
