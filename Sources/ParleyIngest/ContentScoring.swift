/// Scoring of containers by the paragraphs they hold, and emission of the chosen blocks.
extension ContentExtractor {
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
        "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "br", "hr", "header", "body",
        "center", "address", "details", "summary",
    ]
    static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote"]

    /// Text length and the part of it inside links.
    static func density(_ n: HTMLNode) -> (chars: Int, linkChars: Int) {
        var chars = 0
        var link = 0
        func walk(_ n: HTMLNode, inLink: Bool) {
            if n.isText {
                let c = n.text.collapsedSpaces.count
                chars += c
                if inLink { link += c }
                return
            }
            for c in n.children { walk(c, inLink: inLink || n.tag == "a") }
        }
        walk(n, inLink: false)
        return (chars, link)
    }

    static func linkDensity(_ n: HTMLNode) -> Double {
        let d = density(n)
        return d.chars == 0 ? 0 : Double(d.linkChars) / Double(d.chars)
    }

    /// Text directly in `n` (not inside a child block element).
    static func ownText(_ n: HTMLNode) -> String {
        var s = ""
        func walk(_ n: HTMLNode) {
            for c in n.children {
                if c.isText { s += c.text } else if !blockTags.contains(c.tag) { walk(c) }
            }
        }
        walk(n)
        return s.collapsedSpaces
    }

    /// Picks the main container(s) and returns their text blocks.
    static func mainBlocks(_ root: HTMLNode) -> [String] {
        var scores: [ObjectIdentifier: Double] = [:]
        var nodes: [ObjectIdentifier: HTMLNode] = [:]
        func initial(_ n: HTMLNode) -> Double {
            var s: Double
            switch n.tag {
            case "div", "article", "main", "section": s = 5
            case "pre", "td", "blockquote": s = 3
            case "ol", "ul", "dl", "dd", "dt", "li", "form", "address": s = -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": s = -5
            default: s = 0
            }
            let hint = classHint(n)
            if hint.positive { s += 25 }
            if hint.negative { s -= 25 }
            if n.tag == "article" || n.attribute("itemprop") == "articleBody" { s += 30 }
            return s
        }
        root.descendants { n in
            let isParagraph = paragraphTags.contains(n.tag) || ((n.tag == "div" || n.tag == "section") && ownText(n).count >= 60)
            guard isParagraph else { return }
            let text = n.tag == "div" || n.tag == "section" ? ownText(n) : n.textContent.collapsedSpaces
            guard text.count >= 25 else { return }
            var score = 1.0 + Double(text.filter { $0 == "," }.count) + min(Double(text.count / 100), 3)
            score *= 1 - linkDensity(n)
            var ancestor = n.parent
            var level = 0
            while let a = ancestor, level < 5, a.tag != "#document" {
                let id = ObjectIdentifier(a)
                if scores[id] == nil {
                    scores[id] = initial(a)
                    nodes[id] = a
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3
                scores[id]! += score / divider
                ancestor = a.parent
                level += 1
            }
        }
        guard !scores.isEmpty else { return blocks(of: root) }
        var best: HTMLNode?
        var bestScore = -Double.infinity
        for (id, s) in scores {
            let n = nodes[id]!
            let final = s * (1 - linkDensity(n))
            if final > bestScore {
                bestScore = final
                best = n
            }
        }
        guard let top = best else { return blocks(of: root) }
        // Take siblings that score well too: articles are often split into several containers.
        guard let parent = top.parent else { return blocks(of: top) }
        let threshold = max(10, bestScore * 0.2)
        var out: [String] = []
        for sibling in parent.children {
            if sibling === top {
                out += blocks(of: sibling)
                continue
            }
            if sibling.isText { continue }
            let s = (scores[ObjectIdentifier(sibling)] ?? -1) * (1 - linkDensity(sibling))
            if s >= threshold {
                out += blocks(of: sibling)
            } else if sibling.tag == "p" {
                let text = sibling.textContent.collapsedSpaces
                let ld = linkDensity(sibling)
                if (text.count > 80 && ld < 0.25) || (text.count > 0 && ld == 0 && text.hasSuffix(".")) {
                    out += blocks(of: sibling)
                }
            }
        }
        return out
    }

    /// The text blocks under `node`, skipping link lists and boilerplate lines.
    static func blocks(of node: HTMLNode) -> [String] {
        var out: [String] = []
        var line = ""
        var lineLinks = 0
        func flush(_ tag: String) {
            let text = line.collapsedSpaces
            let links = lineLinks
            line = ""
            lineLinks = 0
            guard !text.isEmpty else { return }
            if keep(text, linkChars: links, tag: tag) { out.append(text) }
        }
        func walk(_ n: HTMLNode, inLink: Bool, block: String) {
            for c in n.children {
                if c.isText {
                    line += c.text
                    if inLink { lineLinks += c.text.collapsedSpaces.count }
                    continue
                }
                if blockTags.contains(c.tag) {
                    if c.tag == "ul" || c.tag == "ol" || c.tag == "dl" {
                        let d = density(c)
                        if d.chars > 0 && Double(d.linkChars) / Double(d.chars) > 0.5 { continue }
                    }
                    flush(block)
                    walk(c, inLink: inLink, block: c.tag)
                    flush(c.tag)
                } else {
                    walk(c, inLink: inLink || c.tag == "a", block: block)
                }
            }
        }
        walk(node, inLink: false, block: node.tag)
        flush(node.tag)
        return out
    }

    /// Whether a block is article text: not mostly links, not a lone label.
    static func keep(_ text: String, linkChars: Int, tag: String) -> Bool {
        let chars = text.count
        if Double(linkChars) > Double(chars) * 0.5 { return false }
        let words = text.split(separator: " ").count
        let isHeading = tag.count == 2 && tag.hasPrefix("h") && tag != "hr"
        if isHeading { return words >= 2 && chars <= 200 }
        if words < 3 {
            return false
        }
        if words <= 6, let last = text.last, !".!?\"”’:)".contains(last) {
            // Short lines without sentence punctuation are labels, buttons and teasers.
            return false
        }
        return true
    }
}
