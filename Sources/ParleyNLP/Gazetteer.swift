import Foundation

/// Place and group names as hashed token sequences, for entity features and typing rules.
///
/// Names are keyed by the hashes of their lower-cased tokens (split on spaces), so a lookup
/// over a sentence compares integers. Built at training time from the GeoNames-derived
/// tables in ../shared/data/gazetteer and stored inside the entity model.
public struct Gazetteer: Sendable {
    public struct Kind: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let country = Kind(rawValue: 1)
        public static let city = Kind(rawValue: 2)
        public static let region = Kind(rawValue: 4)
        public static let demonym = Kind(rawValue: 8)
        public static let group = Kind(rawValue: 16)
        public static let continent = Kind(rawValue: 32)
    }

    static let maxTokens = 5
    /// Open addressing over the keys (already hashes, so their low bits index the slots
    /// directly; 0 marks an empty slot), at most half full: a lookup is one or two loads with no
    /// hashing, where a `Dictionary` rehashed every key (five lookups per token).
    private let slots: [UInt64]
    private let slotKinds: [UInt8]
    public let count: Int

    init(table: [UInt64: UInt8]) {
        var size = 16
        while size < table.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        var kinds = [UInt8](repeating: 0, count: size)
        for (key, kind) in table {
            let k = key == 0 ? 1 : key
            var i = Int(truncatingIfNeeded: k) & (size - 1)
            while slots[i] != 0 && slots[i] != k { i = (i + 1) & (size - 1) }
            slots[i] = k
            kinds[i] |= kind
        }
        self.slots = slots
        slotKinds = kinds
        count = table.count
    }

    @inline(__always)
    private func lookup(_ key: UInt64) -> UInt8 {
        let k = key == 0 ? 1 : key
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let s = slots[i]
            if s == k { return slotKinds[i] }
            if s == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    /// Hash of a sequence of lower-cased word hashes (`LexicalFeatures.word`).
    @inline(__always)
    static func key(_ words: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var h: UInt64 = 0x6A2E_0000_0000_0001
        for w in words { h = FeatureHash.mix(h, w) }
        return h
    }

    func kinds(_ words: UnsafeBufferPointer<UInt64>) -> Kind { kinds(key: Self.key(words)) }

    func kinds(key: UInt64) -> Kind { Kind(rawValue: lookup(key)) }

    /// Kinds of the name spanning `words[range]`, if it is one.
    func kinds(_ words: [UInt64], _ range: Range<Int>) -> Kind {
        words.withUnsafeBufferPointer { Self.kinds(self, UnsafeBufferPointer(rebasing: $0[range])) }
    }

    private static func kinds(_ g: Gazetteer, _ p: UnsafeBufferPointer<UInt64>) -> Kind { g.kinds(p) }

    /// For each token, the kinds of the longest name starting there and its length.
    func longestMatches(_ words: [UInt64], into out: inout [(Kind, Int)]) {
        out.removeAll(keepingCapacity: true)
        words.withUnsafeBufferPointer { w in
            for i in 0..<w.count {
                var best: (Kind, Int) = (Kind(), 0)
                for len in 1...min(Self.maxTokens, w.count - i) {
                    let k = kinds(UnsafeBufferPointer(rebasing: w[i..<(i + len)]))
                    if !k.isEmpty { best = (k, len) }
                }
                out.append(best)
            }
        }
    }

    // MARK: Building

    /// Common news names the GeoNames tables lack (aliases and groups of people).
    static let extraNames: [(String, Kind)] = [
        ("Britain", .country), ("Great Britain", .country), ("U.S.", .country), ("U.K.", .country),
        ("US", .country), ("UK", .country), ("America", .country), ("Soviet Union", .country),
        ("United States of America", .country), ("USA", .country), ("Holland", .country),
        ("Saudi", .demonym), ("Kurdish", .group), ("Kurd", .group), ("Kurds", .group), ("Arab", .group),
        ("Arabs", .group), ("Sunni", .group), ("Sunnis", .group), ("Shiite", .group), ("Shiites", .group),
        ("Shia", .group), ("Alawite", .group), ("Alawites", .group), ("Muslim", .group), ("Muslims", .group),
        ("Christian", .group), ("Christians", .group), ("Jewish", .group), ("Jews", .group), ("Jew", .group),
        ("Islamist", .group), ("Islamists", .group), ("Catholic", .group), ("Catholics", .group),
        ("Protestant", .group), ("Hindu", .group), ("Hindus", .group), ("Buddhist", .group),
        ("European", .demonym), ("Europeans", .demonym), ("African", .demonym), ("Asian", .demonym),
        ("Western", .group), ("Democrat", .group), ("Democrats", .group), ("Republican", .group),
        ("Republicans", .group), ("Democratic", .group), ("Pashtun", .group), ("Yazidi", .group),
        ("Turkmen", .group), ("Druze", .group), ("Latino", .group), ("Hispanic", .group),
        ("Bavarian", .demonym), ("Texan", .demonym), ("Californian", .demonym), ("Chechen", .demonym),
        ("Crimean", .demonym), ("Scottish", .demonym), ("Welsh", .demonym), ("English", .demonym),
        ("Palestinian", .demonym), ("Palestinians", .demonym), ("Taiwanese", .demonym),
    ]

    /// Reads countries, cities, subdivisions and continents from a gazetteer directory.
    static func build(directory: String) throws -> Gazetteer {
        var table = [UInt64: UInt8]()
        func add(_ name: String, _ kind: Kind) {
            let tokens = name.split(separator: " ").map(String.init)
            guard !tokens.isEmpty, tokens.count <= maxTokens else { return }
            let lex = TaggerTraining.lexical(for: tokens)
            let k = lex.word.withUnsafeBufferPointer { key($0) }
            table[k, default: 0] |= kind.rawValue
            if kind.contains(.demonym) || kind.contains(.group) {
                // Plural of a demonym names the people ("Syrians").
                if !name.hasSuffix("s") && !name.hasSuffix("sh") && !name.hasSuffix("ese") {
                    let plural = TaggerTraining.lexical(for: tokens.dropLast() + [tokens.last! + "s"])
                    table[plural.word.withUnsafeBufferPointer { key($0) }, default: 0] |= kind.rawValue
                }
            }
        }
        func rows(_ file: String) throws -> [[Substring]] {
            let path = (directory as NSString).appendingPathComponent(file)
            guard let d = FileManager.default.contents(atPath: path) else { throw ModelError.missing(file: path) }
            return String(decoding: d, as: UTF8.self).split(separator: "\n").dropFirst()
                .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        }
        for r in try rows("countries.tsv") where r.count >= 16 {
            for n in [r[3], r[4], r[5]] where !n.isEmpty { add(String(n), .country) }
            for n in r[15].split(separator: "|") where n.count > 2 { add(String(n), .country) }
            for field in [r[13], r[14]] {
                for d in field.split(separator: ",") {
                    let t = d.trimmingCharacters(in: .whitespaces)
                    if !t.isEmpty { add(t, .demonym) }
                }
            }
        }
        for r in try rows("cities.tsv") where r.count >= 4 {
            add(String(r[1]), .city)
            add(String(r[2]), .city)
            for n in r[3].split(separator: "|") where n.count >= 4 && n.contains(where: \.isLowercase) {
                add(String(n), .city)
            }
        }
        for r in try rows("subdivisions_iso3166-2.tsv") where r.count >= 3 { add(String(r[2]), .region) }
        for r in try rows("continents.tsv") where r.count >= 2 { add(String(r[1]), .continent) }
        for (n, k) in extraNames { add(n, k) }
        return Gazetteer(table: table)
    }

    func write(_ w: inout ModelWriter) {
        let keys = slots.indices.filter { slots[$0] != 0 }.sorted { slots[$0] < slots[$1] }
        w.array(keys.map { slots[$0] })
        w.array(keys.map { slotKinds[$0] })
    }

    static func read(_ r: inout ModelReader) throws -> Gazetteer {
        let keys = try r.array(UInt64.self)
        let kinds = try r.array(UInt8.self)
        guard keys.count == kinds.count else { throw r.corrupt("gazetteer sizes differ") }
        var table = [UInt64: UInt8](minimumCapacity: keys.count)
        for i in 0..<keys.count { table[keys[i]] = kinds[i] }
        return Gazetteer(table: table)
    }
}
