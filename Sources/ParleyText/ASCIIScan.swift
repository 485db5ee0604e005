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
}
