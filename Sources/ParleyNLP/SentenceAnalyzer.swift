/// Tags and parses sentences given as byte ranges: the tagger and parser used together.
///
/// Immutable and `Sendable`; all per-sentence memory lives in an `AnalyzerWorkspace` the
/// caller keeps, so analysing a document allocates only its results.
public struct SentenceAnalyzer: Sendable {
    public let tagger: Tagger
    public let parser: DependencyParser
    let punct: Int
    let finiteRepair: FiniteVerbRepair
    let attribution: AttributionTail

    public init(tagger: Tagger, parser: DependencyParser) {
        self.tagger = tagger
        self.parser = parser
        punct = tagger.uposNames.firstIndex(of: "PUNCT") ?? -1
        finiteRepair = FiniteVerbRepair(xpos: tagger.xposNames, upos: tagger.uposNames)
        attribution = AttributionTail(xpos: tagger.xposNames, labelNames: parser.labels)
    }

    /// Analyses the tokens `ranges` of `bytes`; results are left in `ws` (`xpos`, `upos`,
    /// `heads` sentence-relative with -1 for the root, `labels`).
    func analyze(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, _ ws: inout AnalyzerWorkspace) {
        ws.lex.fill(bytes, ranges)
        tagger.tag(ws.lex, xOut: &ws.xpos, uOut: &ws.upos, scratch: &ws.scratch)
        finiteRepair.apply(bytes, ranges, xpos: &ws.xpos, upos: &ws.upos)
        ws.tags.removeAll(keepingCapacity: true)
        for x in ws.xpos { ws.tags.append(Tagger.tagValue(x)) }
        let all = ranges.count
        let clause = attribution.split(bytes, ranges, ws.xpos, heads: &ws.tailHeads, labels: &ws.tailLabels)
        let n = clause ?? all
        let upos = ws.upos
        let xpos = ws.xpos
        let punct = self.punct
        let repair = finiteRepair
        // A second reference, not a copy: parsing does not touch the scratch's classes.
        let ambiguity = ws.scratch.ambiguity
        ws.lex.word.withUnsafeBufferPointer { wp in
            ws.tags.withUnsafeBufferPointer { tp in
                ambiguity.withUnsafeBufferPointer { ap in
                    parser.parse(words: wp.baseAddress!, tags: tp.baseAddress!, ambiguity: ap.baseAddress!, count: n,
                                 isPunct: { upos[$0] == punct }, isFinite: { repair.finite[xpos[$0]] && upos[$0] == repair.verb },
                                 isNominal: { repair.nominal[xpos[$0]] }, state: &ws.state, scratch: &ws.scratch)
                }
            }
        }
        ws.heads.removeAll(keepingCapacity: true)
        ws.labels.removeAll(keepingCapacity: true)
        var root = -1
        for i in 0..<n {
            let h = ws.state.head[i]
            if h == n { root = i }
            ws.heads.append(h == n ? -1 : h)
            ws.labels.append(ws.state.label[i])
        }
        if n < all {
            for i in n..<all {
                let h = ws.tailHeads[i]
                ws.heads.append(h == -2 ? root : h)
                ws.labels.append(ws.tailLabels[i])
            }
        }
        attribution.repairFlatNames(xpos: ws.xpos, heads: &ws.heads, labels: ws.labels)
        attribution.repairSplitSubject(xpos: ws.xpos, heads: &ws.heads, labels: &ws.labels)
        attribution.repairResultative(bytes, ranges, xpos: ws.xpos, heads: &ws.heads, labels: &ws.labels)
        attribution.repairUnlabeledSubject(xpos: ws.xpos, heads: ws.heads, labels: &ws.labels)
    }

    public func xposName(_ i: Int) -> String { tagger.xposNames[i] }
    public func uposName(_ i: Int) -> String { tagger.uposNames[i] }
    public func labelName(_ i: Int) -> String { parser.labels[i] }
}

/// A clause needs a finite verb: when the tagger found none (or none before a trailing
/// ", the army said"), the past participle right after the sentence's first noun phrase is a
/// simple past ("The militants fired rockets at Israel",
/// "Police arrested dozens of protesters": VBN → VBD), unless an auxiliary precedes it.
/// Without the repair the parser reads such sentences as one noun phrase with a reduced relative.
struct FiniteVerbRepair: Sendable {
    /// Per XPOS class: a finite verb tag (VBD, VBZ, VBP, MD); a noun or pronoun tag.
    let finite: [Bool]
    let nominal: [Bool]
    /// Tags that can open a direct object: determiner, number, noun, possessive pronoun, adjective.
    let objectStart: [Bool]
    let vbn: Int
    let vbd: Int
    let verb: Int
    let jj: Int
    let nn: Int
    let vb: Int
    let vbp: Int
    let prep: Int
    let possessive: Int

    init(xpos: [String], upos: [String]) {
        finite = xpos.map { ["VBD", "VBZ", "VBP", "MD"].contains($0) }
        nominal = xpos.map { ["NN", "NNS", "NNP", "NNPS", "PRP"].contains($0) }
        objectStart = xpos.map { ["DT", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$", "JJ", "$"].contains($0) }
        vbn = xpos.firstIndex(of: "VBN") ?? -1
        vbd = xpos.firstIndex(of: "VBD") ?? -1
        verb = upos.firstIndex(of: "VERB") ?? -1
        jj = xpos.firstIndex(of: "JJ") ?? -1
        nn = xpos.firstIndex(of: "NN") ?? -1
        vb = xpos.firstIndex(of: "VB") ?? -1
        vbp = xpos.firstIndex(of: "VBP") ?? -1
        prep = xpos.firstIndex(of: "IN") ?? -1
        possessive = xpos.firstIndex(of: "POS") ?? -1
    }

    /// A participle the tagger took for an adjective ("The United States imposed sanctions":
    /// "imposed" JJ): an -ed word followed by what opens an object.
    func isEdAdjective(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, _ xpos: [Int], _ i: Int) -> Bool {
        guard xpos[i] == jj, i + 1 < xpos.count, objectStart[xpos[i + 1]] else { return false }
        let r = ranges[i]
        return r.count >= 4 && bytes[r.upperBound - 2] == UInt8(ascii: "e") && bytes[r.upperBound - 1] == UInt8(ascii: "d")
    }

    /// A past tense spelled like a noun, tagged as one ("Israeli troops shot dead a teenager":
    /// `shot` NN), when an object follows.
    func isPastTakenForNoun(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, _ xpos: [Int], _ i: Int) -> Bool {
        guard xpos[i] == nn, i + 1 < xpos.count, objectStart[xpos[i + 1]] else { return false }
        let r = ranges[i]
        return r.count <= 6 && Self.pastNouns.contains { AttributionTail.isWord(bytes, r, $0) }
    }

    /// Irregular past tenses that are also common nouns.
    static let pastNouns: [[UInt8]] = ["shot", "hit", "cut", "beat", "cast", "shut", "bid"].map { Array($0.utf8) }

    /// An irregular simple past the tagger did not know ("Afghan forces retook the city":
    /// `retook` NN or VBP) after a noun phrase and before an object or a preposition.
    func repairIrregularPast(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, xpos: inout [Int], upos: inout [Int]) {
        let n = xpos.count
        var finiteBefore = false
        for i in 1..<(n - 1) {
            finiteBefore = finiteBefore || finite[xpos[i - 1]]
            let x = xpos[i]
            guard nominal[xpos[i - 1]], x == vbp || x == vb || x == nn || x == jj, objectStart[xpos[i + 1]] || xpos[i + 1] == prep,
                x == vbp || !finiteBefore, ranges[i].count >= 3, ranges[i].count <= 12
            else { continue }
            let isPast = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ranges[i].count) { lower -> Bool in
                for (k, j) in ranges[i].enumerated() {
                    let b = bytes[j]
                    lower[k] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                }
                let w = UnsafeBufferPointer(lower)
                return Lemmatizer.isIrregularPastTense(w) && !Self.pastAlsoCommon.contains { $0.elementsEqual(w) }
            }
            guard isPast else { continue }
            xpos[i] = vbd
            upos[i] = verb
        }
    }

    /// Irregular pasts that are more often nouns, adjectives or other verbs' bases.
    static let pastAlsoCommon: [[UInt8]] = ["left", "found", "saw", "rose", "ground", "bound", "wound", "bit", "lay", "fell", "bore", "lit", "won"].map { Array($0.utf8) }

    func apply(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, xpos: inout [Int], upos: inout [Int]) {
        let n = xpos.count
        guard n >= 3, vbn >= 0, vbd >= 0, verb >= 0 else { return }
        repairIrregularPast(bytes, ranges, xpos: &xpos, upos: &upos)
        repairFirstVerb(bytes, ranges, xpos: &xpos, upos: &upos)
        repairCoordinatedPast(bytes, ranges, xpos: &xpos, upos: &upos)
        repairAfterRelative(bytes, ranges, xpos: &xpos, upos: &upos)
    }

    static let relativeWords: [[UInt8]] = ["who", "which", "whose"].map { Array($0.utf8) }

    /// The participle right after a relative clause set off by commas is the main clause's
    /// simple past when nothing finite comes before the clause or after the participle ("The
    /// rebels, who are backed by Turkey, attacked government positions": `attacked` VBN → VBD).
    func repairAfterRelative(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, xpos: inout [Int], upos: inout [Int]) {
        let n = xpos.count
        var j = 1
        while j + 3 < n {
            defer { j += 1 }
            guard Self.isComma(bytes, ranges[j]), nominal[xpos[j - 1]],
                Self.relativeWords.contains(where: { AttributionTail.isWord(bytes, ranges[j + 1], $0) })
            else { continue }
            guard !(0..<j).contains(where: { finite[xpos[$0]] }),
                let k = (j + 2..<min(n, j + 16)).first(where: { Self.isComma(bytes, ranges[$0]) })
            else { return }
            let i = k + 1
            guard i + 1 < n, xpos[i] == vbn, objectStart[xpos[i + 1]], !(i + 1..<n).contains(where: { finite[xpos[$0]] }) else { return }
            xpos[i] = vbd
            upos[i] = verb
            return
        }
    }

    /// The participle after the first noun phrase as the clause's simple past (see the type).
    func repairFirstVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, xpos: inout [Int], upos: inout [Int]) {
        let n = xpos.count
        let firstFinite = xpos.firstIndex { finite[$0] } ?? n
        guard firstFinite > 1 else { return }
        for i in 1..<min(n, firstFinite)
        where (xpos[i] == vbn || isEdAdjective(bytes, ranges, xpos, i) || isPastTakenForNoun(bytes, ranges, xpos, i)) && nominal[xpos[i - 1]] {
            // ("Venezuela's opposition called": a possessive 's is no auxiliary)
            for k in max(0, i - 3)..<i where Self.isAuxiliary(bytes, ranges[k]) && xpos[k] != possessive { return }
            if firstFinite < n {
                // A finite verb later is allowed only in a trailing attribution after a comma
                // ("Militants fired rockets at Israel, the army said"), and the participle
                // must take an object, as a reduced relative rarely does.
                guard i + 1 < n, objectStart[xpos[i + 1]],
                    (i + 1..<firstFinite).contains(where: { Self.isComma(bytes, ranges[$0]) })
                else { return }
            }
            xpos[i] = vbd
            upos[i] = verb
            return
        }
    }

    static let and = Array("and".utf8)

    /// A second past verb coordinated with a first one takes its tense ("Police fired tear
    /// gas and arrested dozens": `arrested` VBN → VBD) when it has an object and the first verb
    /// is a simple past (not an auxiliary: "had fired and arrested" keeps its participle).
    func repairCoordinatedPast(
        _ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, xpos: inout [Int], upos: inout [Int]
    ) {
        let n = xpos.count
        let firstFinite = xpos.firstIndex { finite[$0] } ?? n
        guard firstFinite < n, xpos[firstFinite] == vbd, !Self.isAuxiliary(bytes, ranges[firstFinite]) else { return }
        var i = firstFinite + 2
        while i + 1 < n {
            if xpos[i] == vbn, AttributionTail.isWord(bytes, ranges[i - 1], Self.and), objectStart[xpos[i + 1]],
                !(firstFinite + 1..<i - 1).contains(where: { finite[xpos[$0]] || Self.isAuxiliary(bytes, ranges[$0]) })
            {
                xpos[i] = vbd
                upos[i] = verb
                return
            }
            i += 1
        }
    }

    static func isComma(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        r.count == 1 && bytes[r.lowerBound] == 0x2C
    }

    /// Forms of "be" and "have" (and "get") that make a participle passive or perfect.
    static func isAuxiliary(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 5 else { return false }
        return auxiliaryForms.contains { AttributionTail.isWord(bytes, r, $0) }
    }

    static let auxiliaryForms: [[UInt8]] = [
        "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "get", "gets", "got", "'s", "’s",
    ].map { Array($0.utf8) }
}

/// Reusable buffers for `SentenceAnalyzer`; one per thread.
public struct AnalyzerWorkspace {
    var lex = LexicalFeatures()
    var scratch = TaggerScratch()
    var state = ParserState()
    var tags: [UInt64] = []
    var tailHeads: [Int] = []
    var tailLabels: [Int] = []
    public internal(set) var xpos: [Int] = []
    public internal(set) var upos: [Int] = []
    public internal(set) var heads: [Int] = []
    public internal(set) var labels: [Int] = []
    public init() {}
}

/// A trailing attribution — "…, the army said." "…, officials told Reuters on Monday." — is cut
/// off before parsing and attached by rule: the clause before the comma is parsed alone, and
/// the reporting verb becomes a `parataxis` of its root with the noun phrase as its subject,
/// as UD annotates it. Parsed whole, the attribution's subject often captured the clause's own
/// subject ("militants … the army said": `militants` nsubj of `said`) or made its verb an
/// adverbial clause, and the event was coded with the wrong actor.
struct AttributionTail: Sendable {
    enum Role { case det, adj, noun, pron, prep, other }
    let role: [Role]
    let verbTag: [Bool]
    let finalPunct: [Bool]
    let possessiveTag: Int
    let properNoun: [Bool]
    let flatLabel: Int
    let conjLabel: Int
    let ccLabel: Int
    let xcompLabel: Int
    let depLabel: Int
    let labels: [Int]  // punct, det, amod, compound, nsubj, parataxis, case, obl, obj, nmod:poss
    let enabled: Bool

    static let labelNames = ["punct", "det", "amod", "compound", "nsubj", "parataxis", "case", "obl", "obj", "nmod:poss"]
    static let verbs: [[UInt8]] = [
        "said", "says", "added", "adds", "told", "stated", "reported", "wrote", "noted", "warned", "insisted",
        "argued", "claimed", "explained", "announced", "confirmed",
    ].map { Array($0.utf8) }

    init(xpos: [String], labelNames: [String]) {
        role = xpos.map { tag -> Role in
            switch tag {
            case "DT", "PRP$": return .det
            case "JJ", "JJS", "JJR", "CD": return .adj
            case "NN", "NNS", "NNP", "NNPS": return .noun
            case "PRP": return .pron
            case "IN": return .prep
            default: return .other
            }
        }
        verbTag = xpos.map { $0.hasPrefix("VB") || $0 == "MD" }
        finalPunct = xpos.map { $0 == "." }
        possessiveTag = xpos.firstIndex(of: "PRP$") ?? -1
        properNoun = xpos.map { $0 == "NNP" || $0 == "NNPS" }
        flatLabel = labelNames.firstIndex(of: "flat") ?? -1
        conjLabel = labelNames.firstIndex(of: "conj") ?? -1
        ccLabel = labelNames.firstIndex(of: "cc") ?? -1
        xcompLabel = labelNames.firstIndex(of: "xcomp") ?? -1
        depLabel = labelNames.firstIndex(of: "dep") ?? -1
        let ids = Self.labelNames.map { labelNames.firstIndex(of: $0) ?? -1 }
        labels = ids
        enabled = !ids.contains(-1)
    }

    /// A noun phrase `from..<to` (optional determiner, modifiers, nouns, the last a noun or
    /// pronoun): its head, or nil.
    func nounPhrase(_ xpos: [Int], _ from: Int, _ to: Int) -> Int? {
        guard to > from, to - from <= 6 else { return nil }
        for k in from..<to {
            switch role[xpos[k]] {
            case .det: if k != from { return nil }
            case .adj, .noun: break
            case .pron: if to - from != 1 { return nil }
            default: return nil
            }
        }
        let last = role[xpos[to - 1]]
        return last == .noun || last == .pron ? to - 1 : nil
    }

    /// The arcs of a noun phrase's other words onto its head.
    func attach(_ xpos: [Int], _ from: Int, _ head: Int, heads: inout [Int], labels out: inout [Int]) {
        for k in from..<head {
            heads[k] = head
            switch role[xpos[k]] {
            case .det: out[k] = labels[xpos[k] == possessiveTag ? 9 : 1]
            case .adj: out[k] = labels[2]
            default: out[k] = labels[3]
            }
        }
    }

    /// Where the clause before a trailing attribution ends, or nil when the sentence has none.
    /// On success `heads`/`labels` hold the tail's arcs (heads are sentence indices; -2 means
    /// the root of the clause before).
    func split(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, _ xpos: [Int],
               heads: inout [Int], labels out: inout [Int]) -> Int? {
        let n = xpos.count
        guard enabled, n >= 6 else { return nil }
        var end = n
        if finalPunct[xpos[n - 1]] { end -= 1 }
        // The last comma, at most 12 tokens from the end.
        var comma = -1
        var k = end - 1
        while k >= max(3, end - 12) {
            if FiniteVerbRepair.isComma(bytes, ranges[k]) {
                comma = k
                break
            }
            k -= 1
        }
        guard comma >= 3 else { return nil }
        // The clause before has a verb.
        guard (0..<comma).contains(where: { verbTag[xpos[$0]] }) else { return nil }
        // The reporting verb: right after the comma ("…, said the minister") or after a noun phrase.
        var verb = -1
        for v in (comma + 1)..<end where Self.isReportingVerb(bytes, ranges[v]) {
            verb = v
            break
        }
        guard verb > comma else { return nil }
        heads = Array(repeating: -2, count: n)
        out = Array(repeating: labels[0], count: n)
        heads[comma] = verb
        out[comma] = labels[0]
        heads[verb] = -2
        out[verb] = labels[5]
        if end < n {
            heads[n - 1] = -2
            out[n - 1] = labels[0]
        }
        var rest = verb + 1
        if verb > comma + 1 {
            guard let subject = nounPhrase(xpos, comma + 1, verb) else { return nil }
            attach(xpos, comma + 1, subject, heads: &heads, labels: &out)
            heads[subject] = verb
            out[subject] = labels[4]
            // "told Reuters", "told reporters": the hearer.
            if Self.isWord(bytes, ranges[verb], Self.told), rest < end {
                var stop = rest
                while stop < end && role[xpos[stop]] != .prep { stop += 1 }
                guard let hearer = nounPhrase(xpos, rest, stop) else { return nil }
                attach(xpos, rest, hearer, heads: &heads, labels: &out)
                heads[hearer] = verb
                out[hearer] = labels[8]
                rest = stop
            }
        } else {
            // "…, said the minister": the subject follows, and nothing after it.
            guard let subject = nounPhrase(xpos, rest, end) else { return nil }
            attach(xpos, rest, subject, heads: &heads, labels: &out)
            heads[subject] = verb
            out[subject] = labels[4]
            rest = end
        }
        // One prepositional phrase: "in a statement", "on Monday".
        if rest < end {
            guard role[xpos[rest]] == .prep, let object = nounPhrase(xpos, rest + 1, end) else { return nil }
            heads[rest] = object
            out[rest] = labels[6]
            attach(xpos, rest + 1, object, heads: &heads, labels: &out)
            heads[object] = verb
            out[object] = labels[7]
        }
        return comma
    }

    /// A `flat` name part hangs on the first word of its name, as UD has it: "France and South
    /// Korea" had "Korea" flat on "France", so "South Korea" lost its place in the coordination.
    func repairFlatNames(xpos: [Int], heads: inout [Int], labels: [Int]) {
        let flat = labels.isEmpty ? -1 : flatLabel
        guard flat >= 0 else { return }
        for i in 1..<max(1, heads.count) where labels[i] == flat && properNoun[xpos[i - 1]] && properNoun[xpos[i]] {
            // Only when the current head is outside the run of names ending here ("Bree
            // President Romendacil" stays as parsed).
            let h = heads[i]
            guard h >= 0, h < i - 1, (h + 1..<i).contains(where: { !properNoun[xpos[$0]] }) else { continue }
            let first = labels[i - 1] == flat ? heads[i - 1] : i - 1
            if first >= 0 && first < i { heads[i] = first }
        }
    }

    /// Two subjects side by side on one verb, the first a lone modifier word: the tagger made a
    /// sentence-initial demonym a proper noun ("Turkish warplanes struck": `Turkish` and
    /// `warplanes` both nsubj). The first modifies the second.
    func repairSplitSubject(xpos: [Int], heads: inout [Int], labels: inout [Int]) {
        let nsubj = labels.isEmpty || !enabled ? -1 : self.labels[4]
        guard nsubj >= 0, heads.count >= 3 else { return }
        for i in 0..<(heads.count - 1) where labels[i] == nsubj && labels[i + 1] == nsubj && heads[i] == heads[i + 1] && heads[i] > i + 1 {
            guard !heads.contains(i), role[xpos[i]] == .adj || properNoun[xpos[i]], role[xpos[i + 1]] == .noun else { continue }
            heads[i] = i + 1
            labels[i] = self.labels[role[xpos[i]] == .adj ? 2 : 3]
        }
        // "Colombia's government and FARC rebels resumed talks": `FARC` conj of the first
        // subject and `rebels` a second subject. The name modifies the noun after it, and that
        // noun is the conjunct.
        guard conjLabel >= 0, ccLabel >= 0 else { return }
        // "Colombia's government and the rebels resumed talks" parsed as two subjects with
        // the "and" on the verb: the second subject is a conjunct of the first.
        for b in 2..<heads.count where labels[b] == nsubj && heads[b] > b {
            guard let a = (0..<b).last(where: { labels[$0] == nsubj && heads[$0] == heads[b] }),
                let k = (a + 1..<b).first(where: { labels[$0] == ccLabel && (heads[$0] == heads[b] || heads[$0] == b) }),
                !(a + 1..<b).contains(where: { verbTag[xpos[$0]] }), role[xpos[a]] == .noun || role[xpos[a]] == .pron,
                role[xpos[b]] == .noun
            else { continue }
            heads[b] = a
            labels[b] = conjLabel
            heads[k] = b
        }
        for j in 2..<heads.count where labels[j] == nsubj && labels[j - 1] == conjLabel {
            let c = j - 1
            let first = heads[c]
            guard first >= 0, first < c, labels[first] == nsubj, heads[first] == heads[j], heads[j] > j,
                role[xpos[c]] == .noun || role[xpos[c]] == .adj, role[xpos[j]] == .noun,
                heads.indices.allSatisfy({ heads[$0] != c || labels[$0] == ccLabel })
            else { continue }
            for k in heads.indices where heads[k] == c { heads[k] = j }
            heads[c] = j
            labels[c] = self.labels[role[xpos[c]] == .adj ? 2 : 3]
            heads[j] = first
            labels[j] = conjLabel
        }
    }

    /// "Police in Cairo fired tear gas": a noun or pronoun before a verb that has no subject,
    /// left as an unlabeled `dep` of that verb, is its subject.
    func repairUnlabeledSubject(xpos: [Int], heads: [Int], labels: inout [Int]) {
        let nsubj = labels.isEmpty || !enabled ? -1 : self.labels[4]
        guard nsubj >= 0, depLabel >= 0 else { return }
        for i in heads.indices where labels[i] == depLabel && heads[i] > i && (role[xpos[i]] == .noun || role[xpos[i]] == .pron) {
            let v = heads[i]
            guard v < heads.count, verbTag[xpos[v]],
                !heads.indices.contains(where: { heads[$0] == v && labels[$0] == nsubj })
            else { continue }
            labels[i] = nsubj
        }
    }

    static let told = Array("told".utf8)
    static let dead = Array("dead".utf8)

    /// "shot dead two militants", "beat dead a man": the result adjective right after the verb
    /// is the verb's (xcomp, as UD has it), not a modifier of the object after it, so the
    /// object stays "two militants".
    func repairResultative(
        _ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, xpos: [Int], heads: inout [Int],
        labels: inout [Int]
    ) {
        guard xcompLabel >= 0, heads.count >= 3, heads.count <= ranges.count else { return }
        for i in 1..<(heads.count - 1) where verbTag[xpos[i - 1]] && heads[i] > i && Self.isWord(bytes, ranges[i], Self.dead) {
            let object = heads[i]
            guard object < heads.count, heads[object] == i - 1, role[xpos[object]] == .noun else { continue }
            heads[i] = i - 1
            labels[i] = xcompLabel
        }
    }

    static func isReportingVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= 4, r.count <= 9 else { return false }
        return verbs.contains { isWord(bytes, r, $0) }
    }

    /// The token is `word` (lower case) in any case.
    static func isWord(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ word: [UInt8]) -> Bool {
        word.count == r.count && zip(word, r).allSatisfy { $0 == bytes[$1] | 0x20 }
    }
}

