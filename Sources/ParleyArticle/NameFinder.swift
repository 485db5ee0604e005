import ParleyModel
import ParleyText

/// A name mention found in the text, before linking.
struct NameMention {
    var tokens: Range<Int>
    /// `PERSON`, `ORG`, `GPE`, `LOC`, `NORP`.
    var type: String
    /// `f`, `m` or nil, from titles and role words next to the name.
    var gender: Character?
    /// Title words written before the name ("Chancellor", "U.S. Secretary of State").
    var title: Range<Int>?
}

/// Finds person and organisation names by capitalization, titles and role words.
///
/// Used when the NLP stage gave no named entities. Headline-case sentences (title, headings)
/// only contribute names already seen in the body. Single unknown words become persons when
/// they are a known person's surname, follow a role word or precede a speech verb.
struct NameFinder {
    let gazetteer: Gazetteer

    func find(_ doc: Document, _ w: Words) -> [NameMention] {
        var out: [NameMention] = []
        var singles: [Int] = []
        let lowercaseForms = Set(w.lower.indices.filter { !w.isCapitalized($0) }.map { w.lower[$0] })
        for s in doc.sentences where s.kind == .body || s.kind == .bullet {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                guard isNameToken(doc, w, i) else { i += 1; continue }
                if i == s.tokens.lowerBound || doc.normalizedText(i - 1) == "“" || doc.normalizedText(i - 1) == "\"" {
                    if NameLexicon.functionWords.contains(w.lower[i]) || (lowercaseForms.contains(w.lower[i]) && !isNameToken(doc, w, i + 1)) {
                        i += 1
                        continue
                    }
                }
                var j = i + 1
                while j < s.tokens.upperBound {
                    if isNameToken(doc, w, j) { j += 1; continue }
                    if NameLexicon.particles.contains(w.lower[j]) && !w.isCapitalized(j) && j + 1 < s.tokens.upperBound && isNameToken(doc, w, j + 1) { j += 2; continue }
                    break
                }
                // "Saudi-backed …", "U.S.-led …": the modifier is not part of the name.
                if j - i > 1, w.text[i].contains("-"), let last = w.text[i].split(separator: "-").last, last.first?.isLowercase == true {
                    i += 1
                }
                // Joiners other than name particles ("of", "on", "and") only belong inside organisation names.
                if !(i..<j).contains(where: { NameLexicon.orgWords.contains(w.lower[$0]) }),
                    let cut = (i..<j).first(where: { !w.isCapitalized($0) && !NameLexicon.personParticles.contains(w.lower[$0]) && !isNameToken(doc, w, $0) })
                {
                    j = cut
                }
                classify(doc, w, i..<j, into: &out, singles: &singles)
                i = max(j, i + 1)
            }
        }
        // Single words: surnames of persons found above, or words next to speech verbs and roles.
        let surnames = Set(out.filter { $0.type == "PERSON" }.map { NameFinder.surnameKey(w.text[$0.tokens.upperBound - 1]) })
        for k in singles {
            let key = NameFinder.surnameKey(w.text[k])
            if surnames.contains(key) || NameLexicon.speechVerbs.contains(w.at(k + 1)) && !gazetteerHit(w, k..<(k + 1)) || NameLexicon.roles.contains(w.at(k - 1)) {
                out.append(NameMention(tokens: k..<(k + 1), type: "PERSON", gender: genderNear(w, k), title: nil))
            }
        }
        // Headlines: only names the body already introduced.
        let known = Set(out.map { NameFinder.surnameKey(w.text[$0.tokens.upperBound - 1]) })
        for s in doc.sentences where s.kind == .title || s.kind == .heading {
            for k in s.tokens where isNameToken(doc, w, k) && known.contains(NameFinder.surnameKey(w.text[k])) {
                if let m = out.first(where: { NameFinder.surnameKey(w.text[$0.tokens.upperBound - 1]) == NameFinder.surnameKey(w.text[k]) }) {
                    out.append(NameMention(tokens: k..<(k + 1), type: m.type, gender: nil, title: nil))
                }
            }
        }
        return out.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    func isNameToken(_ doc: Document, _ w: Words, _ i: Int) -> Bool {
        guard i < doc.tokens.count, doc.tokens[i].kind == .word else { return false }
        if w.isCapitalized(i) { return true }
        // "al-Assad", "el-Sisi", "bin-Laden": a lowercase particle joined to a capitalized name.
        let t = w.text[i]
        for p in ["al-", "el-", "ad-", "as-", "bin-", "ibn-", "abu-", "ash-", "an-"] where t.hasPrefix(p) {
            return t.dropFirst(p.count).first?.isUppercase == true
        }
        return false
    }

    func gazetteerHit(_ w: Words, _ r: Range<Int>) -> Bool {
        let key = Gazetteer.key(r.map { w.text[$0] }.joined(separator: " "))
        // (a province only by a name of several words: "Khyber Pakhtunkhwa", not "Delta")
        return !gazetteer.entries(key).isEmpty || gazetteer.country(demonym: key) != nil || PlaceFinder.regions[key] != nil
            || r.count > 1 && !gazetteer.regions(key).isEmpty
    }

    /// A country name or demonym ("Saudi", "Russia"), as opposed to a city alias.
    func isCountryWord(_ w: Words, _ k: Int) -> Bool {
        if gazetteer.country(demonym: w.text[k]) != nil { return true }
        return gazetteer.entries(w.lower[k]).contains { if case .country = $0 { return true } else { return false } }
    }

    /// Splits a capitalized run into title and name, and decides what the name is.
    func classify(_ doc: Document, _ w: Words, _ run: Range<Int>, into out: inout [NameMention], singles: inout [Int]) {
        if gazetteerHit(w, run) { return }
        let lower = run.map { w.lower[$0] }
        let hasOrgWord = lower.contains { NameLexicon.orgWords.contains($0) }
        var lastTitle: Int? = nil
        for k in run where NameLexicon.titles.contains(w.lower[k]) || (w.lower[k] == "of" && lastTitle != nil) {
            lastTitle = k
        }
        if let t = lastTitle, t + 1 < run.upperBound {
            let name = (t + 1)..<run.upperBound
            if !name.contains(where: { NameLexicon.orgWords.contains(w.lower[$0]) }) && !gazetteerHit(w, name) {
                var g = genderNear(w, name.lowerBound)
                if g == nil { g = givenNameGender(w, name) }
                out.append(NameMention(tokens: name, type: "PERSON", gender: g, title: run.lowerBound..<(t + 1)))
                return
            }
        }
        if hasOrgWord {
            out.append(NameMention(tokens: run, type: "ORG", gender: nil, title: nil))
            return
        }
        if run.count == 1 {
            let t = w.text[run.lowerBound]
            let letters = t.filter { $0.isLetter }
            if letters.count >= 2 && letters.count <= 6 && letters.allSatisfy({ $0.isUppercase }) {
                out.append(NameMention(tokens: run, type: "ORG", gender: nil, title: nil))
            } else {
                singles.append(run.lowerBound)
            }
            return
        }
        if run.count <= 4 && !lower.allSatisfy({ NameLexicon.particles.contains($0) }) {
            // A country word in front ("Saudi Adel …") belongs to the description, not the name.
            var start = run.lowerBound
            while start < run.upperBound - 2 && isCountryWord(w, start) { start += 1 }
            let name = start..<run.upperBound
            var g = genderNear(w, name.lowerBound)
            if g == nil { g = givenNameGender(w, name) }
            out.append(NameMention(tokens: name, type: "PERSON", gender: g, title: nil))
        }
    }

    /// Gender evidence from the three words before a name ("spokeswoman Maria Zakharova").
    func genderNear(_ w: Words, _ i: Int) -> Character? {
        for k in stride(from: i - 1, through: max(0, i - 3), by: -1) {
            if NameLexicon.femaleWords.contains(w.lower[k]) { return "f" }
            if NameLexicon.maleWords.contains(w.lower[k]) { return "m" }
        }
        return nil
    }

    /// Weak evidence: given names ending in -a are mostly female across European languages.
    func givenNameGender(_ w: Words, _ name: Range<Int>) -> Character? {
        guard name.count >= 2 else { return nil }
        let first = w.lower[name.lowerBound]
        if first.count > 3 && first.hasSuffix("a") { return "f" }
        return nil
    }

    /// Key for matching a surname across mentions: lowercase, without "al-" and possessive.
    static func surnameKey(_ s: String) -> String {
        var t = s.lowercased()
        // U+2019 is E2 80 99 in UTF-8: most names hold no such byte, and skip the replacing.
        if t.utf8.contains(0xE2) { t = t.replacingOccurrences(of: "’", with: "'") }
        if t.hasSuffix("'s") { t = String(t.dropLast(2)) }
        for p in ["al-", "el-", "ad-", "as-"] where t.hasPrefix(p) { t = String(t.dropFirst(p.count)) }
        return t
    }
}
