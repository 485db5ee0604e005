/// Byte-level phrase tests over a short paragraph.
enum Phrase {
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80
    }

    /// ASCII capitals as lowercase letters; every other byte as it is (offsets do not move).
    @inline(__always) static func fold(_ b: UInt8) -> UInt8 {
        b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }

    /// Whether `text`, with ASCII letters lowercased, starts with the lowercase `prefix`.
    static func hasFoldedPrefix(_ text: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard text.count >= n else { return false }
        let q = prefix.utf8Start
        for k in 0..<n where fold(text[k]) != q[k] { return false }
        return true
    }
}

/// Lowercase phrases indexed by their first word, so a paragraph is matched in one pass over
/// its words instead of one scan per phrase. The paragraph is read as written and its ASCII
/// letters lowercased on the fly, so matching copies nothing.
struct PhraseIndex: Sendable {
    typealias Category = Boilerplate.Kind

    struct Hit {
        var start: Int
        var end: Int
        var category: Category
    }

    private struct Entry: Sendable {
        var offset: Int
        var length: Int
        var category: Category
    }

    /// The entries that share a first word; `count` 0 marks an empty slot.
    private struct Group: Sendable {
        var hash: UInt64 = 0
        var first = 0
        var count = 0
    }

    /// Every phrase's bytes, back to back.
    private let bytes: [UInt8]
    /// Grouped by first word; within a group, in the order given.
    private let entries: [Entry]
    /// Open addressing over the first word's hash.
    private let groups: [Group]
    private let shift: UInt64
    /// Bits set for the (lowercased) first three bytes of every phrase, the third taken as 0
    /// when it does not continue the first word (`openingKey`), so most words of a paragraph
    /// are passed over without hashing them. Every first word has two bytes or more.
    private let openings: [UInt64]

    init(_ lists: [(Category, [String])]) {
        var order: [UInt64] = []
        var byHash: [UInt64: [(bytes: [UInt8], category: Category)]] = [:]
        for (category, phrases) in lists {
            for phrase in phrases {
                let phraseBytes = Array(phrase.utf8)
                precondition(phraseBytes.allSatisfy { Phrase.fold($0) == $0 }, "phrases are lowercase")
                let hash = phraseBytes.withUnsafeBufferPointer { PhraseIndex.wordHash($0, 0).hash }
                if byHash[hash] == nil { order.append(hash) }
                byHash[hash, default: []].append((phraseBytes, category))
            }
        }
        var bits: UInt64 = 4
        while (1 << bits) < order.count * 4 { bits += 1 }
        var groups = [Group](repeating: Group(), count: 1 << bits)
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        var openings = [UInt64](repeating: 0, count: PhraseIndex.openingBits / 64)
        func addOpening(_ key: Int) { openings[key >> 6] |= 1 << UInt64(key & 63) }
        for hash in order {
            var k = Int((hash &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
            while groups[k].count != 0 { k = (k + 1) & (groups.count - 1) }
            let list = byHash[hash]!
            groups[k] = Group(hash: hash, first: entries.count, count: list.count)
            for phrase in list {
                precondition(phrase.bytes.count >= 2 && PhraseIndex.isWordByte(phrase.bytes[1]))
                let b = phrase.bytes
                if b.count == 2 {
                    // A two-byte phrase ("©") matches before any byte but a letter.
                    for third in 0...255 where !Phrase.isLetter(UInt8(third)) {
                        addOpening(PhraseIndex.openingKey(b[0], b[1], UInt8(third)))
                    }
                } else {
                    addOpening(PhraseIndex.openingKey(b[0], b[1], b[2]))
                }
                entries.append(Entry(offset: bytes.count, length: phrase.bytes.count, category: phrase.category))
                bytes += phrase.bytes
            }
        }
        self.bytes = bytes
        self.entries = entries
        self.groups = groups
        self.shift = 64 - bits
        self.openings = openings
    }

    static let openingBits = 1 << 14

    /// A hash of a word's first three bytes, the third as 0 when it is not a word byte.
    @inline(__always) static func openingKey(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Int {
        let third = isWordByte(b2) ? UInt32(b2) : 0
        let packed = UInt32(b0) << 16 | UInt32(b1) << 8 | third
        return Int((packed &* 0x9E37_79B1) >> 18)
    }

    /// A byte that continues a word for `wordHash`: letters (and any non-ASCII byte), digits,
    /// apostrophes.
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        Phrase.isLetter(b) || b == 0x27 || (b >= 0x30 && b <= 0x39)
    }

    /// FNV-1a hash of the lowercased word starting at `i` (letters, digits and apostrophes)
    /// and its end.
    @inline(__always)
    static func wordHash(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> (hash: UInt64, end: Int) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var j = i
        while j < text.count {
            let b = text[j]
            guard Phrase.isLetter(b) || b == 0x27 || (b >= 0x30 && b <= 0x39) else { break }
            h = (h ^ UInt64(Phrase.fold(b))) &* 0x100_0000_01b3
            j += 1
        }
        if j == i, i < text.count {  // a lone symbol such as "©"
            h = (h ^ UInt64(Phrase.fold(text[i]))) &* 0x100_0000_01b3
            j = i + 1
        }
        return (h, j)
    }

    /// Every whole-word occurrence of an indexed phrase in `text`, ignoring ASCII case, in
    /// order of position (and of the phrase lists at one position).
    func hits(in text: UnsafeBufferPointer<UInt8>) -> [Hit] {
        var found: [Hit] = []
        openings.withUnsafeBufferPointer { openings in
            bytes.withUnsafeBufferPointer { phraseBytes in
                entries.withUnsafeBufferPointer { entries in
                    groups.withUnsafeBufferPointer { groups in
                        let mask = groups.count - 1
                        var i = 0
                        while i < text.count {
                            let b = text[i]
                            guard Phrase.isLetter(b) || b >= 0x30 && b <= 0x39 else {
                                i += 1
                                continue
                            }
                            // A word whose first bytes start no phrase: skip it unhashed.
                            if i + 1 < text.count, PhraseIndex.isWordByte(text[i + 1]) {
                                let third = i + 2 < text.count ? Phrase.fold(text[i + 2]) : 0
                                let key = PhraseIndex.openingKey(Phrase.fold(b), Phrase.fold(text[i + 1]), third)
                                if openings[key >> 6] & (1 << UInt64(key & 63)) == 0 {
                                    var j = i + 2
                                    while true {
                                        j = text.asciiLetterRunEnd(from: j, to: text.count)
                                        guard j < text.count, PhraseIndex.isWordByte(text[j]) else { break }
                                        j += 1
                                    }
                                    i = j
                                    continue
                                }
                            } else {
                                i += 1  // a one-byte word starts no phrase
                                continue
                            }
                            let (hash, wordEnd) = PhraseIndex.wordHash(text, i)
                            var k = Int((hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
                            while groups[k].count != 0 && groups[k].hash != hash { k = (k + 1) & mask }
                            let group = groups[k]
                            for e in entries[group.first..<(group.first + group.count)] where i + e.length <= text.count {
                                let end = i + e.length
                                var same = true
                                for m in 0..<e.length where Phrase.fold(text[i + m]) != phraseBytes[e.offset + m] {
                                    same = false
                                    break
                                }
                                if same, end == text.count || !Phrase.isLetter(text[end]) {
                                    found.append(Hit(start: i, end: end, category: e.category))
                                }
                            }
                            i = max(wordEnd, i + 1)
                        }
                    }
                }
            }
        }
        return found
    }
}
