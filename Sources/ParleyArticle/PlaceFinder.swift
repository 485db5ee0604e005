import ParleyModel
import ParleyText

/// A place found in the text with the token range it covers.
struct PlaceMention {
    var tokens: Range<Int>
    var place: Place
}

/// Finds place names and geocodes them with the gazetteer.
///
/// Longest match first over capitalized tokens outside person and organisation names.
/// Cities are disambiguated by the countries the article mentions, then by population;
/// single-word towns must be large, capitals or in a mentioned country. Descriptions resolve
/// too: "the Syrian capital" → Damascus, "the Bavarian capital" → the last city named before,
/// "the Turkish border" → a TR border place.
struct PlaceFinder {
    let gazetteer: Gazetteer

    static let regions: [String: String] = [
        "middle east": "Middle East", "europe": "Europe", "asia": "Asia", "africa": "Africa",
        "latin america": "Latin America", "north america": "North America",
        "south america": "South America", "gulf": "Gulf", "persian gulf": "Persian Gulf",
        "balkans": "Balkans", "caucasus": "Caucasus", "central asia": "Central Asia",
        "southeast asia": "Southeast Asia", "east asia": "East Asia", "arctic": "Arctic",
        "mediterranean": "Mediterranean", "sahel": "Sahel", "horn of africa": "Horn of Africa",
        "gaza strip": "Gaza Strip", "golan heights": "Golan Heights", "kurdistan": "Kurdistan",
    ]

    func find(_ doc: Document, _ w: Words, excluding names: [NameMention]) -> (places: [PlaceMention], demonyms: [Range<Int>]) {
        var blocked = [Bool](repeating: false, count: doc.tokens.count)
        for n in names where n.type == "PERSON" || n.type == "ORG" {
            for k in n.tokens { blocked[k] = true }
        }
        let lowercaseForms = Set(w.lower.indices.filter { !w.isCapitalized($0) }.map { w.lower[$0] })
        // Countries named anywhere (by name or demonym) steer city disambiguation.
        var articleCountries = Set<String>()
        for k in w.lower.indices where w.isCapitalized(k) {
            if let c = gazetteer.country(demonym: w.text[k]) { articleCountries.insert(c.iso2) }
            for e in gazetteer.entries(w.lower[k]) { if case .country(let c) = e { articleCountries.insert(gazetteer.countries[c].iso2) } }
        }
        var out: [PlaceMention] = []
        var demonyms: [Range<Int>] = []
        for s in doc.sentences {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                if blocked[i] || !w.isCapitalized(i) || doc.tokens[i].kind != .word {
                    if w.lower[i] == "the", let d = description(doc, w, i, s.tokens, out) { out.append(d); i = d.tokens.upperBound; continue }
                    i += 1
                    continue
                }
                let initial = i == s.tokens.lowerBound || s.kind != .body && s.kind != .bullet
                var matched = false
                for len in stride(from: min(gazetteer.maxTokens, s.tokens.upperBound - i), through: 1, by: -1) {
                    let r = i..<(i + len)
                    if r.contains(where: { blocked[$0] }) { continue }
                    let key = Gazetteer.key(r.map { w.text[$0] }.joined(separator: " "))
                    if len == 1 && initial && (NameLexicon.functionWords.contains(key) || lowercaseForms.contains(key)) { break }
                    // a sentence-initial common noun that is also a town ("Police fired tear gas":
                    // Police, Poland)
                    if len == 1 && initial && i < doc.analysis.count && doc.analysis[i].xpos.hasPrefix("NN") && !doc.analysis[i].xpos.hasPrefix("NNP") { break }
                    if let region = PlaceFinder.regions[key] {
                        out.append(PlaceMention(tokens: r, place: place(doc, r, name: region, feature: "region")))
                        i += len; matched = true; break
                    }
                    if let p = resolve(key, single: len == 1, countries: articleCountries) {
                        out.append(PlaceMention(tokens: r, place: located(doc, r, p)))
                        i += len; matched = true; break
                    }
                    // "Helmand province", "Borno state", "Khyber Pakhtunkhwa"
                    let cue = r.upperBound < s.tokens.upperBound && PlaceFinder.regionWords.contains(w.lower[r.upperBound])
                    if let k = region(key, tokens: len, cue: cue, countries: articleCountries) {
                        let covered = cue ? r.lowerBound..<(r.upperBound + 1) : r
                        out.append(PlaceMention(tokens: covered, place: regionPlace(doc, covered, gazetteer.regions[k])))
                        i = covered.upperBound; matched = true; break
                    }
                    if len == 1, gazetteer.country(demonym: key) != nil {
                        demonyms.append(r)
                    }
                }
                if !matched { i += 1 }
            }
        }
        return (out, demonyms)
    }

    /// The best gazetteer entry for a name, or nil when too doubtful.
    func resolve(_ key: String, single: Bool, countries: Set<String>) -> Gazetteer.Entry? {
        let entries = gazetteer.entries(key)
        var best: (Gazetteer.Entry, Double)? = nil
        for e in entries {
            switch e {
            case .country:
                return e
            case .city(let k):
                let c = gazetteer.cities[k]
                let inArticle = countries.contains(c.country)
                if single && !inArticle && !c.isCapital && c.population < 100_000 { continue }
                let exact = Gazetteer.key(c.name) == key
                let score = Double(c.population).squareRoot() * (inArticle ? 2 : 1) * (exact ? 2 : 1) * (c.isCapital ? 3 : 1)
                if best == nil || score > best!.1 { best = (e, score) }
            }
        }
        return best?.0
    }

    /// Last words of names of seas and gulfs, which some subdivisions are named after.
    static let waterWords: Set<String> = ["sea", "gulf", "ocean", "bay", "strait", "straits", "channel"]

    static let regionWords: Set<String> = [
        "province", "state", "region", "governorate", "oblast", "prefecture", "county", "department", "district",
    ]

    /// A first-level subdivision for a name no city or country took. A one-word name needs a
    /// "province"-like word after it or its country in the article ("Delta" is a Nigerian
    /// state, but mostly not); a name two countries share ("Punjab") needs the article to
    /// settle it.
    func region(_ key: String, tokens: Int, cue: Bool, countries: Set<String>) -> Int? {
        let all = gazetteer.regions(key)
        guard !all.isEmpty else { return nil }
        // "the Red Sea" is the sea, not Sudan's Red Sea state, unless "state" follows
        if !cue, let last = key.split(separator: " ").last, PlaceFinder.waterWords.contains(String(last)) { return nil }
        let inArticle = all.filter { countries.contains(gazetteer.regions[$0].country) }
        if inArticle.count == 1 { return inArticle[0] }
        guard inArticle.isEmpty, tokens > 1 || cue, Set(all.map { gazetteer.regions[$0].country }).count == 1,
            !key.split(separator: " ").allSatisfy({ PlaceFinder.genericGeography.contains(String($0)) })
        else { return nil }
        return all[0]
    }

    /// Words that make names of regions in many countries ("West Coast", "Central Region",
    /// "Upper East"): such a name needs its country in the article.
    static let genericGeography: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
        "coast", "coastal", "region", "province", "capital", "islands", "island", "highlands", "lakes", "lake", "valley",
        "mountain", "mountains", "river", "rivers", "plateau", "delta", "greater", "north-west", "north-east",
        "south-west", "south-east", "northwest", "northeast", "southwest", "southeast", "territory", "district", "state",
    ]

    func regionPlace(_ doc: Document, _ r: Range<Int>, _ g: GazetteerRegion) -> Place {
        let span = doc.span(tokens: r)
        return Place(
            text: span.text, start: span.start, end: span.end, name: g.name, country: g.country,
            admin1: String(g.code.split(separator: "-").last ?? ""), lat: nil, lon: nil, geonamesId: nil, feature: "province")
    }

    func place(_ doc: Document, _ r: Range<Int>, name: String, feature: String) -> Place {
        let span = doc.span(tokens: r)
        return Place(text: span.text, start: span.start, end: span.end, name: name, country: nil, admin1: nil, lat: nil, lon: nil, geonamesId: nil, feature: feature)
    }

    func located(_ doc: Document, _ r: Range<Int>, _ e: Gazetteer.Entry) -> Place {
        let span = doc.span(tokens: r)
        switch e {
        case .country(let k):
            let c = gazetteer.countries[k]
            return Place(text: span.text, start: span.start, end: span.end, name: c.name, country: c.iso2, admin1: nil, lat: c.lat, lon: c.lon, geonamesId: c.geonamesId, feature: "country")
        case .city(let k):
            return cityPlace(span, gazetteer.cities[k])
        }
    }

    func cityPlace(_ span: TextSpan, _ c: GazetteerCity) -> Place {
        Place(text: span.text, start: span.start, end: span.end, name: c.name, country: c.country, admin1: c.admin1, lat: c.lat, lon: c.lon, geonamesId: c.geonamesId, feature: c.isCapital ? "capital" : "city")
    }

    /// "the Syrian capital", "the Bavarian capital", "the Turkish border".
    func description(_ doc: Document, _ w: Words, _ i: Int, _ sentence: Range<Int>, _ before: [PlaceMention]) -> PlaceMention? {
        guard i + 2 < sentence.upperBound, w.isCapitalized(i + 1) else { return nil }
        let noun = w.lower[i + 2]
        let r = i..<(i + 3)
        let span = doc.span(tokens: r)
        let country = gazetteer.country(demonym: w.text[i + 1])
        switch noun {
        case "capital", "city":
            if let country, let cap = gazetteer.capital(of: country.iso2) {
                return PlaceMention(tokens: r, place: cityPlace(span, cap))
            }
            // An unknown adjective ("the Bavarian capital"): the city the article has named most so far.
            guard country == nil else { return nil }
            var counts: [Int: (n: Int, last: Int, place: Place)] = [:]
            for (k, m) in before.enumerated() where m.place.feature == "city" || m.place.feature == "capital" {
                let id = m.place.geonamesId ?? -1
                counts[id] = ((counts[id]?.n ?? 0) + 1, k, m.place)
            }
            guard let best = counts.values.max(by: { ($0.n, $0.last) < ($1.n, $1.last) }) else { return nil }
            var p = best.place
            (p.text, p.start, p.end) = (span.text, span.start, span.end)
            return PlaceMention(tokens: r, place: p)
        case "border", "frontier":
            guard let country else { return nil }
            return PlaceMention(tokens: r, place: Place(text: span.text, start: span.start, end: span.end, name: "\(country.name) border", country: country.iso2, admin1: nil, lat: nil, lon: nil, geonamesId: nil, feature: "border"))
        default:
            return nil
        }
    }
}
