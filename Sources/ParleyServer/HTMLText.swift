/// Reduces an HTML page to its readable text, one block per paragraph.
///
/// A small, forgiving scanner over bytes: drops `script`, `style`, `nav`, `header`, `footer`,
/// `aside`, `form`, `noscript`, `svg` and `template` elements with their content, turns block
/// elements into paragraph breaks, decodes character references and collapses white space.
/// The `<title>` becomes the first line. `POST /v1/code` uses it for HTML in which ParleyIngest's
/// content extractor finds no article (fragments, very short pages).
public enum HTMLText {
    static let skipped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "template",
        "iframe", "button", "select", "figure",
    ]
    static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
        "blockquote", "tr", "table", "main", "hr", "pre", "dd", "dt", "title",
    ]

    /// The text of `html`; never throws, whatever the markup.
    public static func extract(_ html: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(html.count / 3)
        var i = 0
        var skipDepth = 0
        var skipName = ""
        let n = html.count
        while i < n {
            let byte = html[i]
            if byte == UInt8(ascii: "<") {
                if i + 3 < n, html[i + 1] == UInt8(ascii: "!"), html[i + 2] == UInt8(ascii: "-"), html[i + 3] == UInt8(ascii: "-") {
                    i = find(html, from: i + 4, "-->".utf8).map { $0 + 3 } ?? n
                    continue
                }
                let close = find(html, from: i + 1, ">".utf8) ?? n
                let (name, isEnd) = tagName(html, from: i + 1, to: close)
                i = min(n, close + 1)
                if skipDepth > 0 {
                    if name == skipName { skipDepth += isEnd ? -1 : 1 }
                    continue
                }
                if skipped.contains(name), !isEnd, html[max(0, close - 1)] != UInt8(ascii: "/") {
                    skipDepth = 1
                    skipName = name
                    continue
                }
                if blocks.contains(name) { out.append(contentsOf: [10, 10]) }
                continue
            }
            if skipDepth > 0 {
                i += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (scalar, length) = entity(html, at: i) {
                out.append(contentsOf: Array(String(scalar).utf8))
                i += length
                continue
            }
            out.append(byte)
            i += 1
        }
        return collapse(String(decoding: out, as: UTF8.self))
    }

    /// Lower-cased element name of the tag between `from` and `to`, and whether it is an end tag.
    static func tagName(_ bytes: [UInt8], from: Int, to: Int) -> (String, Bool) {
        var j = from
        let isEnd = j < to && bytes[j] == UInt8(ascii: "/")
        if isEnd { j += 1 }
        var name: [UInt8] = []
        while j < to {
            let c = bytes[j]
            let isAlnum = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            if !isAlnum { break }
            name.append(c | 0x20)
            j += 1
        }
        return (String(decoding: name, as: UTF8.self), isEnd)
    }

    static func find(_ bytes: [UInt8], from: Int, _ needle: String.UTF8View) -> Int? {
        let pattern = Array(needle)
        guard !pattern.isEmpty, from < bytes.count else { return nil }
        var i = from
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0], Array(bytes[i..<(i + pattern.count)]) == pattern { return i }
            i += 1
        }
        return nil
    }

    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "\u{2014}",
        "ndash": "\u{2013}", "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}",
        "ldquo": "\u{201C}", "hellip": "\u{2026}", "eacute": "\u{E9}", "copy": "\u{A9}",
    ]

    /// Decodes the character reference at `i`, returning the scalar and its length in bytes.
    static func entity(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        let limit = min(bytes.count, i + 12)
        guard let semi = (i + 1..<limit).first(where: { bytes[$0] == UInt8(ascii: ";") }) else { return nil }
        let body = String(decoding: bytes[(i + 1)..<semi], as: UTF8.self)
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (scalar, semi - i + 1)
        }
        guard let scalar = named[body] else { return nil }
        return (scalar, semi - i + 1)
    }

    /// Collapses runs of spaces within lines and keeps at most one blank line between blocks.
    static func collapse(_ text: String) -> String {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" })
            if words.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(contentsOf: words)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs.joined(separator: "\n\n")
    }
}
