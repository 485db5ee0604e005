/// One sentence of a CoNLL-U treebank: gold tokens and their annotation.
///
/// Heads are sentence-relative token indices (0-based), -1 for the root.
public struct TreebankSentence: Sendable {
    public var id: String
    public var forms: [String]
    public var lemmas: [String]
    public var upos: [String]
    public var xpos: [String]
    public var heads: [Int]
    public var deprels: [String]
    public var spaceAfter: [Bool]

    public var count: Int { forms.count }

    public init(id: String = "") {
        self.id = id
        forms = []
        lemmas = []
        upos = []
        xpos = []
        heads = []
        deprels = []
        spaceAfter = []
    }
}

/// Errors reading a treebank or entity file; each names the file and line.
public enum TreebankError: Error, CustomStringConvertible {
    case malformed(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .malformed(let file, let line, let reason): return "\(file):\(line): \(reason)"
        }
    }
}

/// Reads CoNLL-U: skips multiword-token ranges ("6-7") and empty nodes ("24.1").
public enum CoNLLU {
    public static func parse(_ text: String, name: String) throws -> [TreebankSentence] {
        var out = [TreebankSentence]()
        var current = TreebankSentence()
        var lineNo = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty {
                if current.count > 0 { out.append(current) }
                current = TreebankSentence()
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("# sent_id = ") { current.id = String(line.dropFirst(12)) }
                continue
            }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 10 else {
                throw TreebankError.malformed(
                    file: name, line: lineNo, reason: "expected 10 tab-separated columns, found \(cols.count)")
            }
            if cols[0].contains("-") || cols[0].contains(".") { continue }
            guard let head = Int(cols[6]) else {
                throw TreebankError.malformed(file: name, line: lineNo, reason: "head '\(cols[6])' is not a number")
            }
            current.forms.append(String(cols[1]))
            current.lemmas.append(String(cols[2]))
            current.upos.append(String(cols[3]))
            current.xpos.append(String(cols[4]))
            current.heads.append(head - 1)
            current.deprels.append(String(cols[7]))
            current.spaceAfter.append(!cols[9].contains("SpaceAfter=No"))
        }
        if current.count > 0 { out.append(current) }
        return out
    }
}

extension TreebankSentence {
    /// Joins EWT's split hyphenated words ("search", "-", "engine" written without spaces)
    /// into one token the way Parley's tokenizer keeps them ("search-engine").
    ///
    /// The merged token takes the tag, lemma and relation of its head-most part
    /// (the part whose head lies outside the group), so the models see what they will be given.
    /// Returns nil when the sentence has nothing to merge.
    public func mergingHyphens() -> TreebankSentence? {
        // Group boundaries: i starts a group; extend while token is followed without space by "-" then a word.
        var groupOf = [Int](repeating: 0, count: count)
        var groups = [Range<Int>]()
        var i = 0
        while i < count {
            var j = i + 1
            while j + 1 < count, !spaceAfter[j - 1], forms[j] == "-", xpos[j] == "HYPH", !spaceAfter[j],
                isWordLike(forms[j - 1]), isWordLike(forms[j + 1])
            {
                j += 2
            }
            for k in i..<j { groupOf[k] = groups.count }
            groups.append(i..<j)
            i = j
        }
        if groups.count == count { return nil }
        var s = TreebankSentence(id: id)
        for g in groups {
            // Head-most part: the member whose head is outside the group.
            var top = g.upperBound - 1
            for k in g where heads[k] < 0 || !g.contains(heads[k]) {
                top = k
                break
            }
            s.forms.append(g.map { forms[$0] }.joined())
            let lastWord = g.upperBound - 1
            if g.count == 1 {
                s.lemmas.append(lemmas[top])
            } else {
                let joined = g.dropLast().map { forms[$0] }.joined() + lemmas[lastWord]
                s.lemmas.append(upos[top] == "PROPN" ? joined : joined.lowercased())
            }
            s.upos.append(upos[top])
            s.xpos.append(xpos[top])
            s.heads.append(heads[top] < 0 ? -1 : groupOf[heads[top]])
            s.deprels.append(deprels[top])
            s.spaceAfter.append(spaceAfter[g.upperBound - 1])
        }
        return s
    }

    private func isWordLike(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first else { return false }
        return f.properties.isAlphabetic || ("0"..."9").contains(f)
    }
}
