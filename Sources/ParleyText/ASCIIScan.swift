extension UnsafeBufferPointer<UInt8> {
    /// Whether `self[start..<end]` has only ASCII bytes (meant for short ranges: words).
    @inline(__always)
    func isASCII(_ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end {
            if self[k] >= 0x80 { return false }
            k += 1
        }
        return true
    }

    /// Whether the whole buffer is ASCII, eight bytes at a time.
    func isAllASCII() -> Bool {
        guard let base = baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var k = 0
        var high: UInt64 = 0
        while k + 8 <= count {
            high |= raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            k += 8
            // Check now and then, so a non-ASCII text stops early.
            if k & 0x3FF == 0 && high & 0x8080_8080_8080_8080 != 0 { return false }
        }
        while k < count {
            high |= UInt64(self[k])
            k += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The end of the run of ASCII letters starting at `j`, at most `end`; eight bytes at a
    /// time while they are ASCII.
    @inline(__always)
    func asciiLetterRunEnd(from j0: Int, to end: Int) -> Int {
        var j = j0
        if let base = baseAddress {
            let raw = UnsafeRawPointer(base)
            let high: UInt64 = 0x8080_8080_8080_8080
            while j + 8 <= count {
                let x = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                if x & high != 0 { break }
                // Per byte c = b | 0x20 (below 0x80, so no carries): a letter is 0x61...0x7A,
                // i.e. c + 0x1F has its high bit and c + 0x05 has not.
                let c = x | 0x2020_2020_2020_2020
                let letters = (c &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(c &+ 0x0505_0505_0505_0505) & high
                if letters == high {
                    j += 8
                    if j >= end { return end }
                    continue
                }
                return Swift.min(j + (~letters & high).trailingZeroBitCount / 8, end)
            }
        }
        while j < end && (self[j] | 0x20) &- 0x61 < 26 { j += 1 }
        return j
    }

    /// The first byte at or after `j` (before `end`) that is at most 0x20 or is 0xC2 (the lead
    /// byte of NBSP): the candidates for a word separator. Eight bytes at a time.
    @inline(__always)
    func separatorCandidate(from j0: Int, to end: Int) -> Int {
        var j = j0
        if let base = baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            while j + 8 <= count && j < end {
                let x = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                let nbsp = x ^ (ones &* 0xC2)
                // Bytes below 0x21, and zero bytes of x ^ C2…: the lowest flagged byte is
                // always a true one (a borrow only comes from a flagged byte below it).
                let hits = ((x &- ones &* 0x21) & ~x | (nbsp &- ones) & ~nbsp) & high
                if hits == 0 {
                    j += 8
                    continue
                }
                return Swift.min(j + hits.trailingZeroBitCount / 8, end)
            }
        }
        if j > end { return end }
        while j < end, self[j] > 0x20 && self[j] != 0xC2 { j += 1 }
        return j
    }
}
