/// Per-token hashes every model's features are built from, computed once per sentence.
///
/// Forms are folded before hashing (ASCII lower case, curly quotes to straight ones, dashes
/// to "-"), so the treebank's and the tokenizer's spellings meet. Buffers are reused between
/// sentences: filling allocates nothing once capacity is reached.
struct LexicalFeatures {
    static let affixes = 4
    /// Lower-cased folded form.
    var word: [UInt64] = []
    /// Folded form with its case.
    var exact: [UInt64] = []
    /// Word shape ("Xxxx", "dd-dd", "X.X."), runs longer than three collapsed.
    var shape: [UInt64] = []
    /// `affixes` suffix hashes per token (lengths 1...4 of the lower-cased form).
    var suffix: [UInt64] = []
    /// `affixes` prefix hashes per token.
    var prefix: [UInt64] = []
    var flags: [UInt8] = []
    private var scratch: [UInt8] = []
    private var lower: [UInt8] = []

    static let capitalized: UInt8 = 1
    static let hasDigit: UInt8 = 2
    static let hasHyphen: UInt8 = 4
    static let allUpper: UInt8 = 8
    static let hasLetter: UInt8 = 16

    var count: Int { word.count }

    mutating func fill(_ p: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>) {
        word.removeAll(keepingCapacity: true)
        exact.removeAll(keepingCapacity: true)
        shape.removeAll(keepingCapacity: true)
        suffix.removeAll(keepingCapacity: true)
        prefix.removeAll(keepingCapacity: true)
        flags.removeAll(keepingCapacity: true)
        for r in ranges { add(p, r) }
    }

    private mutating func add(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) {
        scratch.removeAll(keepingCapacity: true)
        var i = r.lowerBound
        while i < r.upperBound {
            let b = p[i]
            // U+2018/2019/201C/201D quotes, U+2013/2014 dashes (E2 80 xx).
            if b == 0xE2, i + 2 < r.upperBound, p[i + 1] == 0x80 {
                switch p[i + 2] {
                case 0x98, 0x99: scratch.append(0x27); i += 3; continue
                case 0x9C, 0x9D: scratch.append(0x22); i += 3; continue
                case 0x93, 0x94: scratch.append(0x2D); i += 3; continue
                default: break
                }
            }
            scratch.append(b)
            i += 1
        }
        lower.removeAll(keepingCapacity: true)
        var f: UInt8 = 0
        var upperCount = 0
        var letterCount = 0
        var shapeHash: UInt64 = 0xCBF2_9CE4_8422_2325
        var last: UInt8 = 0
        var run = 0
        for (k, b) in scratch.enumerated() {
            var c = b
            var s = b
            if b >= 0x41 && b <= 0x5A {
                c = b + 32
                s = 0x58  // X
                upperCount += 1
                letterCount += 1
                if k == 0 { f |= Self.capitalized }
            } else if b >= 0x61 && b <= 0x7A {
                s = 0x78  // x
                letterCount += 1
            } else if b >= 0x30 && b <= 0x39 {
                s = 0x64  // d
                f |= Self.hasDigit
            } else if b >= 0x80 {
                s = 0x75
                letterCount += 1
            } else if b == 0x2D {
                f |= Self.hasHyphen
            }
            lower.append(c)
            if s == last { run += 1 } else { run = 0 }
            last = s
            if run < 3 { shapeHash = (shapeHash ^ UInt64(s)) &* 0x0000_0100_0000_01B3 }
        }
        if letterCount > 0 { f |= Self.hasLetter }
        if upperCount > 0 && upperCount == letterCount { f |= Self.allUpper }
        flags.append(f)
        shape.append(shapeHash)
        scratch.withUnsafeBufferPointer { exact.append(FeatureHash.bytes($0, 0..<$0.count, seed: 1)) }
        lower.withUnsafeBufferPointer { l in
            let n = l.count
            word.append(FeatureHash.bytes(l, 0..<n, seed: 2))
            for k in 1...Self.affixes {
                suffix.append(k <= n ? FeatureHash.bytes(l, (n - k)..<n, seed: 10 + UInt64(k)) : UInt64(k))
                prefix.append(k <= n ? FeatureHash.bytes(l, 0..<k, seed: 20 + UInt64(k)) : UInt64(k) + 7)
            }
        }
    }
}

/// Tokens of one sentence as byte ranges over a buffer: what every model reads.
struct SentenceBytes {
    var bytes: [UInt8] = []
    var ranges: [Range<Int>] = []

    init() {}

    init(forms: [String]) {
        for f in forms {
            let s = bytes.count
            bytes.append(contentsOf: f.utf8)
            ranges.append(s..<bytes.count)
        }
    }
}
