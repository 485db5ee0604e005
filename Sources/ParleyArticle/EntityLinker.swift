import ParleyModel
import ParleyText

/// Links mentions within the article: full names, surnames, acronyms, descriptions and pronouns.
///
/// Writes `document.entities` (with `canonical`) and `document.references`. Persons cluster by
/// surname and take their longest mention as canonical name; an acronym ("HNC") links to the
/// organisation whose initials it spells; a pronoun links to the latest gender-compatible person
/// in its own or the two previous sentences, passing over possessives ("Assad's … , she said").
struct EntityLinker {
    func link(_ doc: inout Document, _ w: Words, names: [NameMention], places: [PlaceMention], demonyms: [Range<Int>]) {
        var items: [(tokens: Range<Int>, entity: Entity, gender: Character?, place: Bool)] = []
        // Canonical person names by surname key.
        var personCanon: [String: (text: String, count: Int, gender: Character?)] = [:]
        for n in names where n.type == "PERSON" {
            let key = NameFinder.surnameKey(w.text[n.tokens.upperBound - 1])
            let text = EntityLinker.nameText(doc, n.tokens)
            let old = personCanon[key]
            if old == nil || n.tokens.count > old!.count {
                personCanon[key] = (text, n.tokens.count, n.gender ?? old?.gender)
            } else if old!.gender == nil, let g = n.gender {
                personCanon[key]!.gender = g
            }
        }
        var orgByInitials: [String: String] = [:]
        for n in names where n.type == "ORG" && n.tokens.count > 1 {
            let initials = String(n.tokens.compactMap { k -> Character? in
                NameLexicon.particles.contains(w.lower[k]) ? nil : w.text[k].first
            })
            orgByInitials[initials] = EntityLinker.nameText(doc, n.tokens)
        }
        for n in names {
            let span = doc.span(tokens: n.tokens)
            var canonical = EntityLinker.nameText(doc, n.tokens)
            var gender = n.gender
            if n.type == "PERSON", let c = personCanon[NameFinder.surnameKey(w.text[n.tokens.upperBound - 1])] {
                canonical = c.text
                gender = c.gender
            }
            if n.type == "ORG", n.tokens.count == 1, let full = orgByInitials[w.text[n.tokens.lowerBound].filter({ $0 != "." })] {
                canonical = full
            }
            items.append((n.tokens, Entity(text: span.text, start: span.start, end: span.end, type: n.type, canonical: canonical), gender, false))
        }
        for p in places {
            let type = p.place.feature == "region" || p.place.feature == "border" ? "LOC" : "GPE"
            items.append((p.tokens, Entity(text: p.place.text, start: p.place.start, end: p.place.end, type: type, canonical: p.place.name), nil, true))
        }
        for r in demonyms {
            let span = doc.span(tokens: r)
            items.append((r, Entity(text: span.text, start: span.start, end: span.end, type: "NORP", canonical: span.text), nil, false))
        }
        items.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        doc.entities = items.map { $0.entity }

        // References: short names, acronyms, descriptions, pronouns.
        var firstFull: [String: Int] = [:]
        for (k, it) in items.enumerated() where it.entity.canonical == EntityLinker.nameText(doc, it.tokens) {
            if firstFull[it.entity.canonical ?? ""] == nil { firstFull[it.entity.canonical ?? ""] = k }
        }
        var refs: [Reference] = []
        for (k, it) in items.enumerated() {
            guard let canon = it.entity.canonical, canon != EntityLinker.nameText(doc, it.tokens), it.entity.type != "NORP" else { continue }
            var tokens = it.tokens
            if tokens.lowerBound > 0, w.lower[tokens.lowerBound - 1] == "the", it.entity.type == "ORG" { tokens = (tokens.lowerBound - 1)..<tokens.upperBound }
            let span = doc.span(tokens: tokens)
            let target = firstFull[canon].flatMap { $0 == k ? nil : $0 }
            refs.append(Reference(start: span.start, end: span.end, tokens: tokens, canonical: canon, entity: target))
        }
        for s in doc.sentences.indices {
            for t in doc.sentences[s].tokens {
                guard let g = NameLexicon.pronouns[w.lower[t]] else { continue }
                let first = doc.sentences[max(0, s - 2)].tokens.lowerBound
                var choice: Int? = nil
                var fallback: Int? = nil
                for (k, it) in items.enumerated().reversed() where it.entity.type == "PERSON" && it.tokens.upperBound <= t && it.tokens.lowerBound >= first {
                    if let pg = it.gender, pg != g { continue }
                    let possessive = ["’s", "'s"].contains(w.at(it.tokens.upperBound)) || w.lower[it.tokens.upperBound - 1].hasSuffix("s'")
                    if fallback == nil { fallback = k }
                    if !possessive || ["his", "her"].contains(w.lower[t]) { choice = k; break }
                }
                guard let k = choice ?? fallback, let canon = items[k].entity.canonical else { continue }
                let span = doc.span(tokens: t..<(t + 1))
                refs.append(Reference(start: span.start, end: span.end, tokens: t..<(t + 1), canonical: canon, entity: k))
            }
        }
        doc.references = refs.sorted { $0.start < $1.start }
    }

    /// The name's text without a trailing possessive.
    static func nameText(_ doc: Document, _ r: Range<Int>) -> String {
        var t = doc.span(tokens: r).text
        for suffix in ["’s", "'s"] where t.hasSuffix(suffix) { t = String(t.dropLast(2)) }
        return t
    }
}
