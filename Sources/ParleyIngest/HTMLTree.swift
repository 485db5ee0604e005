import CLibXML2

/// A parsed HTML page as a small tree of elements and text, built with libxml2's HTML parser,
/// which repairs real-world broken markup the way browsers of its generation did (unclosed
/// tags, stray end tags, bad nesting, unknown elements, any declared charset).
public final class HTMLNode {
    /// Lower-case tag name; "#text" for text.
    public let tag: String
    /// Text of a text node (entities decoded); empty for elements.
    public let text: String
    public private(set) var attributes: [String: String]
    public var children: [HTMLNode] { childrenStorage }
    var childrenStorage: [HTMLNode] = []
    public private(set) weak var parent: HTMLNode?

    init(tag: String, text: String = "", attributes: [String: String] = [:]) {
        self.tag = tag
        self.text = text
        self.attributes = attributes
    }

    func append(_ child: HTMLNode) {
        child.parent = self
        childrenStorage.append(child)
    }

    public var isText: Bool { tag == "#text" }

    public func attribute(_ name: String) -> String? { attributes[name] }

    /// Lower-cased `class` and `id` joined, for structural hints.
    public lazy var classAndId: String = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()

    /// Every descendant element (depth first, document order).
    public func descendants(_ visit: (HTMLNode) -> Void) {
        for c in children where !c.isText {
            visit(c)
            c.descendants(visit)
        }
    }

    /// All text below this node, concatenated as in the source.
    public var textContent: String {
        var s = ""
        appendText(&s)
        return s
    }

    func appendText(_ s: inout String) {
        if isText {
            s += text
            return
        }
        for c in children { c.appendText(&s) }
    }
}

/// Parses HTML bytes into an `HTMLNode` tree.
public enum HTMLParser {
    static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Attributes the extractor reads; the rest are dropped to keep the tree small.
    static let keptAttributes: Set<String> = [
        "class", "id", "itemprop", "role", "href", "content", "name", "property", "datetime", "hidden", "style",
        "aria-hidden", "type", "rel", "http-equiv", "charset", "itemtype", "aria-label",
    ]

    /// The root (`#document`) of the parsed page. Never fails: broken input gives a partial tree.
    public static func parse(_ bytes: [UInt8], url: String? = nil) -> HTMLNode {
        _ = initialised
        let root = HTMLNode(tag: "#document")
        guard !bytes.isEmpty else { return root }
        let encoding = CharsetSniffer.declared(bytes) == nil ? "UTF-8" : nil
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { c in
                htmlReadMemory(c, Int32(p.count), url, encoding, options)
            }
        }
        guard let doc else { return root }
        defer { xmlFreeDoc(doc) }
        var child = doc.pointee.children
        while let c = child {
            convert(c, into: root, depth: 0)
            child = c.pointee.next
        }
        return root
    }

    static func convert(_ node: xmlNodePtr, into parent: HTMLNode, depth: Int) {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            guard depth < 400, let name = node.pointee.name else { return }
            var attrs: [String: String] = [:]
            var a = node.pointee.properties
            while let attr = a {
                if let an = attr.pointee.name {
                    let key = String(cString: an).lowercased()
                    if keptAttributes.contains(key) || key.hasPrefix("data-") && key == "data-testid" {
                        var value = ""
                        var v = attr.pointee.children
                        while let vn = v {
                            if let content = vn.pointee.content { value += String(cString: content) }
                            v = vn.pointee.next
                        }
                        attrs[key] = value
                    }
                }
                a = attr.pointee.next
            }
            let element = HTMLNode(tag: String(cString: name).lowercased(), attributes: attrs)
            parent.append(element)
            var child = node.pointee.children
            while let c = child {
                convert(c, into: element, depth: depth + 1)
                child = c.pointee.next
            }
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                parent.append(HTMLNode(tag: "#text", text: String(cString: content)))
            }
        default:
            break
        }
    }
}

/// Finds a charset declared in the first bytes of a page (`<meta charset>` or http-equiv).
enum CharsetSniffer {
    static func declared(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let r = head.range(of: "charset=") else { return nil }
        var name = ""
        for ch in head[r.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " }) {
            if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" { name.append(ch) } else { break }
        }
        return name.isEmpty ? nil : name
    }
}
