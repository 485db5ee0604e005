/// MinHash signatures over word 5-shingles, banded for locality-sensitive lookup, to find
/// near-duplicate articles (one wire story republished by many outlets).
///
/// 64 hash functions in 16 bands of 4: two texts share a band with probability 1-(1-J⁴)¹⁶
/// for Jaccard similarity J. `NearDuplicate.minSharedBands` decides a match. O(words) per text.
public enum MinHash {
    public static let hashes = 64
    public static let bands = 16
    static let rows = hashes / bands
    static let shingle = 5

    /// Band hashes of `text`, or empty when it has fewer words than one shingle.
    public static func bands(of text: String) -> [Int64] {
        var words: [UInt64] = []
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for b in text.utf8 {
            let isWordByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            if isWordByte {
                let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                h = (h ^ UInt64(lower)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                words.append(h)
                h = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(h) }
        guard words.count >= shingle else { return [] }
        var mins = [UInt64](repeating: .max, count: hashes)
        for i in 0...(words.count - shingle) {
            var s: UInt64 = 0
            for k in 0..<shingle { s = mix(s &* 31 &+ words[i + k]) }
            for j in 0..<hashes {
                let v = mix(s ^ seeds[j])
                if v < mins[j] { mins[j] = v }
            }
        }
        var out: [Int64] = []
        out.reserveCapacity(bands)
        for band in 0..<bands {
            var bh: UInt64 = UInt64(band) &+ 0x9e37_79b9_7f4a_7c15
            for r in 0..<rows { bh = mix(bh ^ mins[band * rows + r]) }
            // PostgreSQL BIGINT is signed; keep 63 bits so the value is the same in both stores.
            out.append(Int64(bitPattern: bh >> 1))
        }
        return out
    }

    static let seeds: [UInt64] = (0..<64).map { mix(UInt64($0) &* 0x9e37_79b9_7f4a_7c15 &+ 1) }

    /// splitmix64 finaliser.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// How a new document joins a near-duplicate cluster.
enum NearDuplicate {
    /// Shared bands needed to call two texts the same story (estimated Jaccard ≳ 0.7).
    static let minSharedBands = 4

    /// SQL that finds the stored document sharing the most bands with `bands`, and its cluster.
    static func candidateSQL(bandCount: Int) -> String {
        let ors = (0..<bandCount).map { _ in "(b.band = ? AND b.hash = ?)" }.joined(separator: " OR ")
        return """
            SELECT b.document_id AS id, COALESCE(d.cluster, d.id) AS cluster, COUNT(*) AS shared
            FROM minhash_bands b JOIN documents d ON d.id = b.document_id
            WHERE \(ors) GROUP BY b.document_id, d.cluster, d.id ORDER BY COUNT(*) DESC, b.document_id LIMIT 1
            """
    }

    static func candidateValues(_ bands: [Int64]) -> [SQLValue] {
        bands.enumerated().flatMap { [SQLValue.int(Int64($0.offset)), .int($0.element)] }
    }
}
