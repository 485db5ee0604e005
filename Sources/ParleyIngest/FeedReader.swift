import CLibXML2
import Foundation
import ParleyText

/// RSS 2.0 and Atom feeds: each item's title, link, date and description/content (HTML in
/// the feed is reduced to its text). Parsed by libxml2 in recover mode, without network
/// access or external entities.
public struct FeedReader: ArticleReader {
    public let path: String
    static let limit = 64 << 20

    public init(path: String) { self.path = path }

    public func read(_ emit: (Result<RawArticle, IngestError>) throws -> Void) throws {
        var reader = BufferedReader(try InputSource.open(path))
        let (bytes, _) = try reader.readAll(limit: Self.limit)
        guard let root = Self.parseXML(bytes) else {
            try emit(.failure(IngestError(origin: RecordOrigin(file: path, record: 0, offset: 0), code: "bad-feed", message: "not an XML document")))
            return
        }
        var record = 0
        var found = false
        func visit(_ n: HTMLNode) throws {
            for c in n.children where !c.isText {
                if c.tag == "item" || c.tag == "entry" {
                    found = true
                    record += 1
                    try emit(Self.article(c, origin: RecordOrigin(file: path, record: record)))
                } else {
                    try visit(c)
                }
            }
        }
        try visit(root)
        if !found {
            try emit(.failure(IngestError(origin: RecordOrigin(file: path, record: 0, offset: 0), code: "bad-feed", message: "no RSS <item> or Atom <entry> elements")))
        }
    }

    static func child(_ n: HTMLNode, _ names: String...) -> HTMLNode? {
        for name in names {
            if let c = n.children.first(where: { $0.tag == name }) { return c }
        }
        return nil
    }

    static func article(_ item: HTMLNode, origin: RecordOrigin) -> Result<RawArticle, IngestError> {
        let title = child(item, "title")?.textContent.collapsedSpaces
        var link = child(item, "link").flatMap { l -> String? in
            let text = l.textContent.trimmingSpaces
            return text.isEmpty ? l.attribute("href") : text
        }
        if let alternate = item.children.first(where: { $0.tag == "link" && ($0.attribute("rel") ?? "alternate") == "alternate" && $0.attribute("href") != nil }) {
            link = alternate.attribute("href")
        }
        let date = DateNormalizer.normalize(child(item, "pubdate", "published", "date", "updated", "issued")?.textContent)
        let body = child(item, "encoded", "content", "description", "summary")?.textContent ?? ""
        // Feed bodies are usually escaped HTML: reduce them to text blocks.
        let paragraphs: [String]
        if body.contains("<") {
            let root = HTMLParser.parse(Array(body.utf8))
            ContentExtractor.prune(root)
            paragraphs = ContentExtractor.blocks(of: root).filter { !$0.isEmpty }
        } else {
            paragraphs = body.components(separatedBy: "\n\n").map(\.collapsedSpaces).filter { !$0.isEmpty }
        }
        let text = paragraphs.joined(separator: "\n\n")
        guard !text.isEmpty || !(title ?? "").isEmpty else {
            return .failure(IngestError(origin: origin, code: "no-text", message: "feed item without title or text"))
        }
        return .success(
            RawArticle(
                title: title, text: text.isEmpty ? (title ?? "") : text, date: date, url: link,
                source: link.flatMap(HTMLReader.host), origin: origin))
    }

    static func parseXML(_ bytes: [UInt8]) -> HTMLNode? {
        _ = HTMLParser.initialised
        guard !bytes.isEmpty else { return nil }
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { c in
                xmlReadMemory(c, Int32(p.count), nil, nil, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        let root = HTMLNode(tag: "#document")
        var child = doc.pointee.children
        while let c = child {
            HTMLParser.convert(c, into: root, depth: 0)
            child = c.pointee.next
        }
        return root.children.isEmpty ? nil : root
    }
}

