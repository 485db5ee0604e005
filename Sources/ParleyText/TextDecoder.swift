import ParleyModel

/// Turns raw bytes into valid UTF-8: drops a BOM, repairs invalid sequences with
/// U+FFFD (reported as a warning) and refuses binary data.
public enum TextDecoder {
    /// Largest single document accepted (64 MiB); archives are split by the readers.
    public static let maximumBytes = 64 << 20

    public struct Decoded: Sendable {
        public var bytes: [UInt8]
        public var warnings: [Warning]
        /// `bytes` as a String when validation already made one, so it is not made twice.
        var text: String? = nil
    }

    public static func decode(_ input: [UInt8], inputName: String) throws -> Decoded {
        guard input.count <= maximumBytes else {
            throw TextError.tooLarge(input: inputName, bytes: input.count, limit: maximumBytes)
        }
        var start = 0
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { start = 3 }
        let body = input[start...]
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw TextError.empty(input: inputName)
        }
        try refuseBinary(body, inputName: inputName)
        // Fast path: valid UTF-8 (the common case) is taken as it is, without a copy when
        // there is no BOM.
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(bytes: start == 0 ? input : Array(body), warnings: [], text: text)
        }
        var warnings: [Warning] = []
        var invalidCount = 0
        var firstInvalid = -1
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        while i < body.endIndex {
            let b = body[i]
            if b < 0x80 {
                out.append(b)
                i += 1
                continue
            }
            let length = validSequenceLength(body, at: i)
            if length > 0 {
                out.append(contentsOf: body[i..<(i + length)])
                i += length
            } else {
                if firstInvalid < 0 { firstInvalid = i }
                invalidCount += 1
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += 1
                // Skip stray continuation bytes of the same broken sequence.
                while i < body.endIndex, body[i] & 0xC0 == 0x80 { i += 1 }
            }
        }
        if invalidCount > 64 && invalidCount * 10 > body.count {
            throw TextError.binary(
                input: inputName, offset: firstInvalid,
                reason: "\(invalidCount) invalid UTF-8 sequences in \(body.count) bytes")
        }
        if invalidCount > 0 {
            warnings.append(
                Warning(
                    code: "invalid-utf8",
                    message:
                        "\(inputName): \(invalidCount) invalid UTF-8 sequence(s) replaced with U+FFFD, first at byte \(firstInvalid)",
                    offset: firstInvalid))
        }
        return Decoded(bytes: out, warnings: warnings)
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid.
    static func validSequenceLength(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
        let lead = b[i]
        let end = b.endIndex
        func cont(_ k: Int) -> Bool { i + k < end && b[i + k] & 0xC0 == 0x80 }
        switch lead {
        case 0xC2...0xDF:
            return cont(1) ? 2 : 0
        case 0xE0...0xEF:
            guard cont(1), cont(2) else { return 0 }
            let second = b[i + 1]
            if lead == 0xE0 && second < 0xA0 { return 0 }  // overlong
            if lead == 0xED && second > 0x9F { return 0 }  // surrogates
            return 3
        case 0xF0...0xF4:
            guard cont(1), cont(2), cont(3) else { return 0 }
            let second = b[i + 1]
            if lead == 0xF0 && second < 0x90 { return 0 }
            if lead == 0xF4 && second > 0x8F { return 0 }
            return 4
        default:
            return 0
        }
    }

    /// Text has no NUL bytes and few control characters; anything else is binary.
    static func refuseBinary(_ body: ArraySlice<UInt8>, inputName: String) throws {
        var controls = 0
        var firstControl = -1
        var nul = -1
        body.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var k = 0
            while k < b.count {
                // Eight bytes at a time while none is below 0x20, as in most of any text (the
                // classic test for a byte less than n: it may flag more, never fewer).
                if k + 8 <= b.count {
                    let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 == 0 {
                        k += 8
                        continue
                    }
                }
                let stop = Swift.min(k + 8, b.count)
                while k < stop {
                    let c = b[k]
                    if c < 0x20 {
                        if c == 0 {
                            nul = k
                            return
                        }
                        if c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C {
                            controls += 1
                            if firstControl < 0 { firstControl = k }
                        }
                    }
                    k += 1
                }
            }
        }
        if nul >= 0 {
            throw TextError.binary(input: inputName, offset: body.startIndex + nul, reason: "NUL byte")
        }
        if firstControl >= 0 { firstControl += body.startIndex }
        if controls > 8 && controls * 20 > body.count {
            throw TextError.binary(
                input: inputName, offset: firstControl,
                reason: "\(controls) control bytes in \(body.count)")
        }
    }
}
