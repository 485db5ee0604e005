/// Reads Parley's own dictionary format.
///
/// ```
/// # comment
/// [people]                                  following actor entries are persons
/// John Kerry | Kerry = USAGOV 2013-02-01..2017-01-20, USAELI 2017-01-21..
/// [groups]
/// Russia | Russian | Moscow = RUS
/// [agents]
/// army | troops | soldiers = ~MIL           ~ marks where the country code goes
/// [verbs]                                   code first, then the verb alternatives
/// 040:040 = meet | hold talks | confer (with +)
/// [nouns]
/// 190 = encirclement | siege
/// [discards]
/// football | +horoscope                     + discards the whole story
/// ```
/// In `[verbs]` each alternative is a verb lemma followed by an optional pattern of words
/// after the verb (`(prep words)` groups, `+` target, `$` source), the same pattern
/// language the PETRARCH front-end compiles to. A bare lemma sets the verb's default code.
public enum ParleyDictionaryLoader {
    public static func load(_ text: String, file: String, into d: inout CodingDictionaries) throws {
        var section = "groups"
        var verbIndex: [String: Int] = [:]
        var phrasesHere: Set<[String]> = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = stripComment(raw).trimmingCharacters(in: " ")
            if line.isEmpty { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast()).lowercased()
                continue
            }
            if section == "discards" {
                for alt in line.split(separator: "|") {
                    let a = alt.trimmingCharacters(in: " ")
                    let story = a.hasPrefix("+")
                    d.discards.append((phraseWords(story ? a.dropFirst() : a, stemming: false).words, story))
                }
                continue
            }
            guard let eq = section == "verbs" || section == "nouns" ? line.firstIndex(of: "=") : line.lastIndex(of: "=") else {
                throw DictionaryError(file: file, line: n + 1, message: "expected 'phrases = code'")
            }
            let lhs = line[..<eq]
            let rhs = line[line.index(after: eq)...].trimmingCharacters(in: " ")
            switch section {
            case "people", "groups", "actors":
                let codes = try datedCodes(rhs, file: file, line: n + 1)
                for alt in lhs.split(separator: "|") {
                    let written = alt.trimmingCharacters(in: " ")
                    // (byte tests first: this loop reads 16,000 generated people at startup)
                    let acronym = !written.utf8.contains(0x20) && written.filter(\.isLetter).count <= 5
                        && !written.contains { $0.isLowercase }
                    let dotted = phraseWords(written, stemming: false)
                    let w = written.utf8.contains(0x2E) ? phraseWords(written.filter { $0 != "." }.asSub, stemming: false) : dotted
                    for words in w.words == dotted.words ? [w.words] : [w.words, dotted.words] where !words.isEmpty {
                        let fresh = phrasesHere.insert(words).inserted
                        var entry = PhraseEntry(
                            words: words, stems: words.map { _ in false }, codes: codes, isPerson: section == "people")
                        entry.acronym = acronym
                        d.actors.add(entry, replacing: fresh)
                    }
                }
            case "agents":
                for alt in lhs.split(separator: "|") {
                    let w = phraseWords(alt.trimmingCharacters(in: " "), stemming: false)
                    d.agents.add(PhraseEntry(words: w.words, stems: w.stems, codes: [DatedCode(code: String(rhs).uppercased())]))
                }
            case "verbs", "nouns":
                // code first here: "040:040 = meet | hold talks"
                let (code, rev) = PetrarchVerbLoader.codePair("[\(lhs.trimmingCharacters(in: " "))]".asSub)
                for alt in rhs.split(separator: "|") {
                    var tokens = PetrarchVerbLoader.patternTokens(alt)
                    var compound = false
                    if let f = tokens.first, f.hasPrefix("%") {
                        compound = true
                        tokens[0].removeFirst()
                        if tokens[0].isEmpty { tokens.removeFirst() }
                    }
                    guard let lemma = tokens.first else { continue }
                    if section == "nouns" {
                        // multiword nouns ("air campaign") are keyed by their head, the last word
                        let head = tokens.last!
                        let i = d.verbs.add(VerbEntry(name: tokens.joined(separator: " "), code: code, reverseCode: rev), forms: [])
                        d.verbs.addNoun(head, entry: i)
                        continue
                    }
                    let parts = lemma.split(separator: "_").map(String.init)
                    let key = lemma
                    let i: Int
                    if let known = verbIndex[key] {
                        i = known
                    } else {
                        i = d.verbs.add(
                            VerbEntry(name: lemma, code: nil, reverseCode: nil, particle: parts.count > 1 ? parts[1] : nil),
                            forms: [parts[0]])
                        verbIndex[key] = i
                    }
                    if compound {
                        let after = PetrarchVerbLoader.elements(Array(tokens.dropFirst()), [:])
                        let name = "\(code ?? "---") %\(alt.trimmingCharacters(in: " ").dropFirst())"
                        d.verbs.addPatterns([VerbPattern(before: [.compound], after: after, code: code, reverseCode: rev, name: name)], to: i)
                    } else if tokens.count == 1 {
                        d.verbs.setDefault(code: code, reverse: rev, entry: i)
                    } else {
                        let after = PetrarchVerbLoader.elements(Array(tokens.dropFirst()), [:])
                        let name = "\(code ?? "---") \(alt.trimmingCharacters(in: " "))"
                        d.verbs.addPatterns([VerbPattern(before: [], after: after, code: code, reverseCode: rev, name: name)], to: i)
                    }
                }
            default:
                throw DictionaryError(file: file, line: n + 1, message: "unknown section [\(section)]")
            }
        }
    }

    /// `USAGOV 2013-02-01..2017-01-20, USAELI 2017-01-21..`
    static func datedCodes(_ s: Substring, file: String, line: Int) throws -> [DatedCode] {
        // Read as bytes: the generated people file has 16,000 lines of these at startup.
        var out: [DatedCode] = []
        let u = Array(s.utf8)
        var i = 0
        func skipSpaces() { while i < u.count && u[i] == 0x20 { i += 1 } }
        func word() -> ArraySlice<UInt8> {
            let start = i
            while i < u.count && u[i] != 0x20 && u[i] != UInt8(ascii: ",") { i += 1 }
            return u[start..<i]
        }
        while i < u.count {
            skipSpaces()
            let code = word()
            guard !code.isEmpty else {
                if i < u.count { i += 1 }  // an empty part between commas
                continue
            }
            var dc = DatedCode(code: String(decoding: code.map { $0 &- 0x61 < 26 ? $0 - 0x20 : $0 }, as: UTF8.self))
            skipSpaces()
            let range = word()
            if !range.isEmpty {
                let parts = range.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
                guard parts.count == 3 else {
                    throw DictionaryError(file: file, line: line, message: "date range must be FROM..TO")
                }
                if !parts[0].isEmpty { dc.from = parseDictionaryDate(parts[0]) ?? 0 }
                if !parts[2].isEmpty { dc.to = parseDictionaryDate(parts[2]) ?? 99_999_999 }
            }
            // anything else up to the comma is ignored, as before
            while i < u.count && u[i] != UInt8(ascii: ",") { i += 1 }
            i += 1
            out.append(dc)
        }
        return out
    }
}

extension StringProtocol {
    var asSub: Substring { Substring(self) }
}

extension VerbDictionary {
    mutating func setDefault(code: String?, reverse: String?, entry: Int) {
        setEntryDefault(entry, code, reverse)
    }
}
