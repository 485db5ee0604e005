/// 64-bit feature hashing: every feature is a template id mixed with one or more values.
///
/// Values are themselves hashes (of words, affixes, tags), so a feature costs a few
/// multiplications and never a String.
enum FeatureHash {
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = (a ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h ^= b &+ 0x94D0_49BB_1331_11EB &+ (h << 6) &+ (h >> 2)
        h = (h ^ (h >> 31)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 { mix(template, a) }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(mix(template, a), b)
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(mix(mix(template, a), b), c)
    }

    /// FNV-1a over bytes, with a seed so distinct value kinds never share hashes.
    @inline(__always)
    static func bytes(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, seed: UInt64) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for i in range {
            h = (h ^ UInt64(p[i])) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// Hash of a Swift string (for tags and table keys outside hot paths).
    static func string(_ s: String, seed: UInt64 = 0) -> UInt64 {
        var u = Array(s.utf8)
        return u.withUnsafeMutableBufferPointer { FeatureHash.bytes(UnsafeBufferPointer($0), 0..<$0.count, seed: seed) }
    }
}
