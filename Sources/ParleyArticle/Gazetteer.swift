import Foundation

/// A country of the gazetteer.
public struct GazetteerCountry: Sendable {
    public let iso2: String
    public let name: String
    public let capital: String
    public let geonamesId: Int?
    public let lat: Double?
    public let lon: Double?
    public let population: Int
    public let demonyms: [String]
}

/// A populated place of the gazetteer.
public struct GazetteerCity: Sendable {
    public let geonamesId: Int
    public let name: String
    public let country: String
    public let admin1: String
    public let lat: Double
    public let lon: Double
    public let population: Int
    public let isCapital: Bool
}

/// A first-level subdivision of a country (ISO 3166-2: province, state, governorate).
public struct GazetteerRegion: Sendable {
    /// ISO 3166-2 code, "AF-HEL".
    public let code: String
    public let country: String
    public let name: String
    public let type: String
}

/// GeoNames countries and cities (population ≥ 15,000) indexed by lowercase name.
///
/// Loaded once from the shipped TSV tables (see scripts/build-gazetteer.py); immutable.
/// Lookup cost is one dictionary probe per candidate name.
public struct Gazetteer: Sendable {
    public enum Entry: Sendable, Equatable {
        case country(Int)
        case city(Int)
    }

    public let countries: [GazetteerCountry]
    public let cities: [GazetteerCity]
    /// Lowercase name → entries, countries first, cities by falling population.
    let names: [String: [Entry]]
    /// Lowercase demonym ("syrian", "saudi") → country index.
    let demonyms: [String: Int]
    let countryIndex: [String: Int]
    public let regions: [GazetteerRegion]
    /// Lowercase region name → regions (apart from `names`: a province is a weaker reading
    /// of a name than a city or a country, and name finding does not use it).
    let regionNames: [String: [Int]]
    /// Longest name in tokens, bounding the matcher's window.
    let maxTokens: Int

    /// Errors reading the gazetteer tables.
    public enum LoadError: Error, CustomStringConvertible {
        case missingResource(String)
        public var description: String {
            switch self {
            case .missingResource(let n): return "gazetteer table \(n) is missing from the ParleyArticle resources"
            }
        }
    }

    /// The shipped tables from the module bundle.
    public static func loadShipped() throws -> Gazetteer {
        func read(_ name: String) throws -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: "tsv")
            else { throw LoadError.missingResource(name + ".tsv") }
            return try String(contentsOf: url, encoding: .utf8)
        }
        return Gazetteer(
            countriesTSV: try read("gazetteer-countries"), citiesTSV: try read("gazetteer-cities"),
            regionsTSV: try read("gazetteer-regions"))
    }

    public init(countriesTSV: String, citiesTSV: String, regionsTSV: String = "") {
        var countries: [GazetteerCountry] = []
        var names: [String: [Entry]] = [:]
        var demonyms: [String: Int] = [:]
        var countryIndex: [String: Int] = [:]
        var maxTokens = 1
        func add(key: String, _ e: Entry) {
            guard !key.isEmpty else { return }
            maxTokens = max(maxTokens, 1 + key.utf8.reduce(0) { $1 == 0x20 ? $0 + 1 : $0 })
            if names[key]?.contains(e) != true { names[key, default: []].append(e) }
        }
        func add(key: String, city: Int) {
            add(key: key, .city(city))
            // Arabic town names are written with or without the article: "Al Qamishli", "Qamishli".
            guard let first = key.utf8.first, first == UInt8(ascii: "a") || first == UInt8(ascii: "e") else { return }
            for article in Gazetteer.articles where key.hasPrefix(article) {
                let bare = key.dropFirst(article.count)
                if bare.count >= 5 { add(key: String(bare), .city(city)) }
            }
        }
        func add(_ name: String, _ e: Entry) {
            if case .city(let k) = e { add(key: Gazetteer.key(name), city: k) } else { add(key: Gazetteer.key(name), e) }
        }
        for line in countriesTSV.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 9 else { continue }
            let idx = countries.count
            let dems = f[7].split(separator: "|").map(String.init)
            countries.append(GazetteerCountry(iso2: f[0], name: f[1], capital: f[2], geonamesId: Int(f[3]), lat: Double(f[4]), lon: Double(f[5]), population: Int(f[6]) ?? 0, demonyms: dems))
            countryIndex[f[0]] = idx
            for n in f[8].split(separator: "|") { add(String(n), .country(idx)) }
            for d in dems where demonyms[d.lowercased()] == nil { demonyms[d.lowercased()] = idx }
        }
        // The city table is 34,000 lines and 300,000 names: read it as bytes, making Strings
        // only for the fields kept and the lookup keys.
        var cities: [GazetteerCity] = []
        cities.reserveCapacity(34_000)
        var citiesText = citiesTSV
        citiesText.withUTF8 { text in
            var fields = [Range<Int>](repeating: 0..<0, count: 9)
            var lineStart = 0
            while lineStart < text.count {
                var lineEnd = lineStart
                while lineEnd < text.count && text[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, text[lineStart] != UInt8(ascii: "#") else { continue }
                var n = 0
                var fieldStart = lineStart
                for i in lineStart...lineEnd where i == lineEnd || text[i] == 0x09 {
                    if n < 9 { fields[n] = fieldStart..<i }
                    n += 1
                    fieldStart = i + 1
                }
                guard n >= 9 else { continue }
                func str(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: text[fields[k]]), as: UTF8.self) }
                func int(_ k: Int) -> Int? {
                    var v = 0
                    for b in text[fields[k]] {
                        guard b &- 48 < 10 else { return nil }
                        v = v &* 10 &+ Int(b &- 48)
                    }
                    return fields[k].isEmpty ? nil : v
                }
                guard let id = int(0) else { continue }
                let idx = cities.count
                let name = str(1)
                cities.append(GazetteerCity(geonamesId: id, name: name, country: str(2), admin1: str(3), lat: Double(str(4)) ?? 0, lon: Double(str(5)) ?? 0, population: int(6) ?? 0, isCapital: text[fields[7]].elementsEqual([0x31])))
                add(name, .city(idx))
                var aliasStart = fields[8].lowerBound
                for i in fields[8].lowerBound...fields[8].upperBound where i == fields[8].upperBound || text[i] == UInt8(ascii: "|") {
                    if i > aliasStart { add(key: Gazetteer.key(UnsafeBufferPointer(rebasing: text[aliasStart..<i])), city: idx) }
                    aliasStart = i + 1
                }
            }
        }
        var regions: [GazetteerRegion] = []
        var regionNames: [String: [Int]] = [:]
        for line in regionsTSV.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 5, countryIndex[String(f[1])] != nil else { continue }
            let idx = regions.count
            regions.append(GazetteerRegion(code: String(f[0]), country: String(f[1]), name: String(f[2]), type: String(f[3])))
            for n in [f[2]] + f[4].split(separator: "|") {
                let key = Gazetteer.key(String(n))
                if !key.isEmpty && regionNames[key]?.contains(idx) != true { regionNames[key, default: []].append(idx) }
                maxTokens = max(maxTokens, 1 + key.utf8.reduce(0) { $1 == 0x20 ? $0 + 1 : $0 })
            }
        }
        self.regions = regions
        self.regionNames = regionNames
        self.countries = countries
        self.cities = cities
        self.names = names
        self.demonyms = demonyms
        self.countryIndex = countryIndex
        self.maxTokens = min(maxTokens, 6)
    }

    /// The Arabic article as transliterated in place names.
    static let articles = ["al ", "al-", "el ", "el-", "ar ", "as ", "ad ", "ash ", "an ", "at ", "az "]

    /// Lookup key: lowercase, curly apostrophes folded, single spaces.
    public static func key(_ name: String) -> String {
        var name = name
        return name.withUTF8 { key($0) }
    }

    /// The lookup key of a name given as UTF-8 bytes.
    static func key(_ name: UnsafeBufferPointer<UInt8>) -> String {
        // ASCII names (nearly all of the table) are folded byte by byte; Foundation's string
        // replacement made loading the gazetteer take a second.
        var out: [UInt8] = []
        out.reserveCapacity(name.count)
        var space = false
        for b in name {
            if b >= 0x80 {
                let lower = String(decoding: name, as: UTF8.self).lowercased()
                let folded = lower.contains("’") ? lower.replacingOccurrences(of: "’", with: "'") : lower
                return folded.split(separator: " ").joined(separator: " ")
            }
            if b == 0x20 {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(0x20)
                space = false
            }
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    public func entries(_ key: String) -> [Entry] { names[key] ?? [] }

    /// Regions (indices into `regions`) with this lookup key.
    public func regions(_ key: String) -> [Int] { regionNames[key] ?? [] }

    public func country(iso2: String) -> GazetteerCountry? { countryIndex[iso2].map { countries[$0] } }

    /// The country a demonym names ("Syrian" → SY).
    public func country(demonym: String) -> GazetteerCountry? {
        demonyms[demonym.lowercased()].map { countries[$0] }
    }

    /// The capital city record of a country.
    public func capital(of iso2: String) -> GazetteerCity? {
        guard let c = country(iso2: iso2) else { return nil }
        for e in entries(Gazetteer.key(c.capital)) {
            if case .city(let k) = e, cities[k].country == iso2 { return cities[k] }
        }
        return nil
    }
}
