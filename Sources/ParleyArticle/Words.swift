import ParleyText

/// The token strings every article component reads, built once per document:
/// the matching form (quotes and dashes folded) and its lowercase.
struct Words {
    let text: [String]
    let lower: [String]

    init(_ doc: Document) {
        var text: [String] = []
        var lower: [String] = []
        text.reserveCapacity(doc.tokens.count)
        lower.reserveCapacity(doc.tokens.count)
        for i in doc.tokens.indices {
            let t = doc.normalizedText(i)
            text.append(t)
            lower.append(t.lowercased())
        }
        self.text = text
        self.lower = lower
    }

    var count: Int { text.count }

    /// True when the token starts with an uppercase letter.
    func isCapitalized(_ i: Int) -> Bool {
        guard i >= 0, i < text.count, let f = text[i].unicodeScalars.first else { return false }
        return f.properties.isUppercase
    }

    /// Lowercase form of token `i`, or "" outside the array.
    func at(_ i: Int) -> String { i >= 0 && i < lower.count ? lower[i] : "" }
}
