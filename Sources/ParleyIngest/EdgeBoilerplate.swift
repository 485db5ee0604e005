/// Publisher furniture that sits inside the article container, at its start or end: calls to
/// subscribe, follow or download, affiliate notices, credits. Recognised by general wording,
/// only in short blocks near the edges, so article sentences that mention the same words stay.
enum EdgeBoilerplate {
    static let openers = [
        "follow ", "subscribe", "sign up", "submit your", "download ", "click ", "read more", "for the latest",
        "never miss", "stay up", "credit:", "credits:", "this post contains", "bonus value", "the latest on",
        "read further", "advertisement", "related:", "see also", "watch:", "get the", "join our", "don't miss",
        "don’t miss", "share this", "share on", "sponsored", "image:", "photo:", "©", "copyright",
    ]
    static let phrases = [
        "newsletter", "subscribe now", "sign up for", "signing up", "all rights reserved", "affiliate",
        "earn a commission", "download the", "apps for ios", "app for ios", "in your inbox", "follow us",
        "editorial independence", "terms of use", "privacy policy",
    ]

    /// `paragraphs` without furniture among the first 2 and last 5 blocks.
    static func strip(_ paragraphs: [String]) -> [String] {
        paragraphs.enumerated().filter { i, p in
            let atEdge = i < 2 || i >= paragraphs.count - 5
            return !(atEdge && isFurniture(p))
        }.map(\.element)
    }

    static func isFurniture(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        guard words <= 40 else { return false }
        let lower = text.lowercased()
        return openers.contains { lower.hasPrefix($0) } || phrases.contains { lower.contains($0) }
    }
}
