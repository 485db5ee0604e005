/// A fixed set of short ASCII words, looked up by their bytes without making a String.
///
/// Open addressing over a power-of-two table of packed keys (up to 16 bytes in two words),
/// built once at load time. Membership is exact byte equality, so callers decide what to do
/// with words that are not ASCII (see `Abbreviations`).
struct WordSet: Sendable {
    private struct Slot: Sendable {
        var lo: UInt64 = 0
        var hi: UInt64 = 0
        var length: UInt8 = 0  // 0: empty
    }

    private var slots: [Slot]
    private let shift: UInt64

    static let maximumLength = 16

    init(_ words: some Sequence<String>) {
        let list = Array(words)
        var bits: UInt64 = 4
        while (1 << bits) < list.count * 4 { bits += 1 }
        shift = 64 - bits
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        for word in list {
            let bytes = Array(word.utf8)
            precondition(!bytes.isEmpty && bytes.count <= WordSet.maximumLength && bytes.allSatisfy { $0 < 0x80 })
            let key = bytes.withUnsafeBufferPointer { WordSet.pack($0, 0, $0.count) }
            var k = Int(WordSet.hash(key.lo, key.hi, bytes.count) >> shift)
            while slots[k].length != 0 {
                if slots[k].lo == key.lo && slots[k].hi == key.hi && Int(slots[k].length) == bytes.count { break }
                k = (k + 1) & (slots.count - 1)
            }
            slots[k] = Slot(lo: key.lo, hi: key.hi, length: UInt8(bytes.count))
        }
    }

    @inline(__always)
    static func pack(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, foldingCase: Bool = false)
        -> (lo: UInt64, hi: UInt64)
    {
        var lo: UInt64 = 0
        var hi: UInt64 = 0
        var k = start
        var shift: UInt64 = 0
        while k < end {
            var b = p[k]
            if foldingCase && b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if k < start + 8 { lo |= UInt64(b) << shift } else { hi |= UInt64(b) << (shift - 64) }
            shift += 8
            k += 1
        }
        return (lo, hi)
    }

    @inline(__always)
    static func hash(_ lo: UInt64, _ hi: UInt64, _ length: Int) -> UInt64 {
        (lo &* 0x9E37_79B9_7F4A_7C15) ^ (hi &* 0xC2B2_AE3D_27D4_EB4F) ^ (UInt64(length) &* 0x1656_67B1_9E37_79F9)
    }

    /// Whether the bytes `p[start..<end]` are one of the words.
    /// With `foldingCase`, ASCII capitals are looked up as lowercase letters.
    @inline(__always)
    func contains(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, foldingCase: Bool = false) -> Bool {
        let n = end - start
        guard n >= 1 && n <= WordSet.maximumLength else { return false }
        let key = WordSet.pack(p, start, end, foldingCase: foldingCase)
        return slots.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var k = Int(WordSet.hash(key.lo, key.hi, n) >> shift)
            while true {
                let slot = table[k]
                if slot.length == 0 { return false }
                if slot.lo == key.lo && slot.hi == key.hi && Int(slot.length) == n { return true }
                k = (k + 1) & mask
            }
        }
    }
}
