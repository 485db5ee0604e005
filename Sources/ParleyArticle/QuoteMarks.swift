import ParleyText

/// Quoted passages found from quotation-mark tokens, with paragraph breaks between tokens.
///
/// Straight double quotes open after whitespace and close otherwise; curly quotes say which
/// they are. Single quotes are left alone (apostrophes and nested quotes). A quote left open
/// at the end of a paragraph continues when the next paragraph opens with a quote mark
/// (the journalistic convention for multi-paragraph quotes), else it ends with its paragraph.
struct QuoteMarks {
    /// Token ranges of the passages, quote marks included.
    let passages: [Range<Int>]
    /// True when a paragraph break (a newline) follows token k.
    let breakAfter: [Bool]
    /// For each token, the passage index covering it, or -1.
    let inside: [Int]

    init(_ doc: Document, _ w: Words) {
        let n = doc.tokens.count
        var breakAfter = [Bool](repeating: false, count: n)
        for k in 0..<max(0, n - 1) {
            let a = Int(doc.tokens[k].byteEnd)
            let b = Int(doc.tokens[k + 1].byteStart)
            if a < b, doc.bytes[a..<b].contains(0x0A) { breakAfter[k] = true }
        }
        if n > 0 { breakAfter[n - 1] = true }
        var passages: [Range<Int>] = []
        var open: Int? = nil
        var k = 0
        while k < n {
            let t = w.text[k]
            let isOpen: Bool
            let isClose: Bool
            switch t {
            case "“": (isOpen, isClose) = (true, false)
            case "”": (isOpen, isClose) = (false, true)
            case "\"":
                let after = k == 0 || doc.tokens[k - 1].spaceAfter || breakAfter[k - 1] || ["(", "[", "—", "-", "–"].contains(w.text[k - 1])
                (isOpen, isClose) = open == nil ? (after, !after) : (false, true)
            default: (isOpen, isClose) = (false, false)
            }
            if let o = open {
                if isClose {
                    passages.append(o..<(k + 1))
                    open = nil
                } else if isOpen && !(k > 0 && breakAfter[k - 1]) {
                    open = k  // unbalanced: restart at the newer opening mark
                } else if breakAfter[k] && !isOpen {
                    // End of paragraph inside a quote: continue only if the next paragraph opens one.
                    let next = k + 1 < n ? w.text[k + 1] : ""
                    if next != "“" && next != "\"" {
                        passages.append(o..<(k + 1))
                        open = nil
                    } else {
                        k += 1  // skip the reopening mark of the continued quote
                    }
                }
            } else if isOpen {
                open = k
            }
            k += 1
        }
        var inside = [Int](repeating: -1, count: n)
        for (p, r) in passages.enumerated() { for t in r { inside[t] = p } }
        self.passages = passages
        self.breakAfter = breakAfter
        self.inside = inside
    }
}
