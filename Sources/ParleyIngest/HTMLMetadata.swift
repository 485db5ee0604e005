import Foundation
import ParleyText

/// Publication facts of a news page from its `<meta>` tags, JSON-LD and `<time>` elements.
public struct HTMLMetadata: Sendable, Equatable {
    public var title: String?
    public var byline: String?
    /// `YYYY-MM-DD`.
    public var date: String?
    public var canonicalURL: String?
    public var siteName: String?
    /// `articleBody` from JSON-LD, when the page gives one.
    public var articleBody: String?

    public init() {}

    public static func read(_ root: HTMLNode) -> HTMLMetadata {
        var m = HTMLMetadata()
        var metas: [String: String] = [:]
        var titleTag: String?
        var firstH1: String?
        var timeDate: String?
        var itempropDate: String?
        var jsonLD: [Any] = []
        root.descendants { n in
            switch n.tag {
            case "meta":
                let key = (n.attribute("property") ?? n.attribute("name") ?? n.attribute("itemprop") ?? "").lowercased()
                if !key.isEmpty, let content = n.attribute("content"), metas[key] == nil {
                    metas[key] = content.trimmingSpaces
                }
            case "title":
                if titleTag == nil { titleTag = n.textContent.collapsedSpaces }
            case "h1":
                if firstH1 == nil {
                    let t = n.textContent.collapsedSpaces
                    if !t.isEmpty { firstH1 = t }
                }
            case "time":
                if timeDate == nil { timeDate = DateNormalizer.normalize(n.attribute("datetime")) }
            case "link":
                if (n.attribute("rel") ?? "").lowercased() == "canonical", m.canonicalURL == nil {
                    m.canonicalURL = n.attribute("href")
                }
            case "script":
                if (n.attribute("type") ?? "").lowercased().contains("ld+json"),
                    let obj = try? JSONSerialization.jsonObject(with: Data(n.textContent.utf8), options: [.fragmentsAllowed])
                {
                    jsonLD.append(obj)
                }
            default:
                if itempropDate == nil, n.attribute("itemprop") == "datePublished" {
                    itempropDate = DateNormalizer.normalize(n.attribute("content") ?? n.attribute("datetime") ?? n.textContent)
                }
            }
        }
        let article = jsonLD.lazy.compactMap { Self.findArticle($0) }.first
        m.title = Self.nonEmpty(metas["og:title"]) ?? Self.string(article?["headline"]) ?? firstH1 ?? titleTag
        m.date =
            [
                metas["article:published_time"], metas["og:published_time"], metas["datepublished"],
                Self.string(article?["datePublished"]), metas["pubdate"], metas["publish-date"], metas["date"],
                metas["dc.date"], metas["dc.date.issued"], metas["sailthru.date"], metas["parsely-pub-date"],
                itempropDate, timeDate,
            ].lazy.compactMap { DateNormalizer.normalize($0) }.first
        m.byline = Self.nonEmpty(metas["author"]) ?? Self.author(article?["author"])
        m.canonicalURL = m.canonicalURL ?? metas["og:url"]
        m.siteName = Self.nonEmpty(metas["og:site_name"]) ?? Self.author((article?["publisher"]))
        m.articleBody = Self.string(article?["articleBody"])
        return m
    }

    static func nonEmpty(_ s: String?) -> String? {
        guard let s = s?.collapsedSpaces, !s.isEmpty else { return nil }
        return s
    }

    static func string(_ v: Any?) -> String? { nonEmpty(v as? String) }

    static func author(_ v: Any?) -> String? {
        if let s = v as? String { return nonEmpty(s) }
        if let d = v as? [String: Any] { return string(d["name"]) }
        if let a = v as? [Any] {
            let names = a.compactMap { author($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    /// The first JSON-LD object whose @type is an article kind (searching @graph and arrays).
    static func findArticle(_ v: Any) -> [String: Any]? {
        if let a = v as? [Any] { return a.lazy.compactMap { findArticle($0) }.first }
        guard let d = v as? [String: Any] else { return nil }
        let types: [String] = (d["@type"] as? [String]) ?? [(d["@type"] as? String) ?? ""]
        if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) { return d }
        if let g = d["@graph"] { return findArticle(g) }
        return nil
    }
}

extension String {
    /// Runs of whitespace (including non-breaking spaces) as one space, trimmed.
    public var collapsedSpaces: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for ch in self {
            if ch.isWhitespace || ch == "\u{00A0}" || ch == "\u{200B}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
        return out
    }
}
