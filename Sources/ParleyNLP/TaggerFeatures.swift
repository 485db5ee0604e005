/// Feature templates of the POS tagger: the word, its affixes and shape, the two words on
/// each side and the two previously predicted tags.
enum TaggerFeatures {
    static let none: UInt64 = 0x5EED_0000_0000_0001
    static let start: UInt64 = 0x5EED_0000_0000_0002
    static let end: UInt64 = 0x5EED_0000_0000_0003

    /// Writes the features of token `i` into `out` (capacity ≥ `count`); returns how many.
    @inline(__always)
    static func extract(
        _ lex: LexicalFeatures, _ i: Int, amb: UnsafePointer<UInt64>, classes: UnsafePointer<UInt64>?, prev1: UInt64, prev2: UInt64,
        into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let n = lex.count
        let a = LexicalFeatures.affixes
        let w0 = lex.word[i]
        let wm1 = i > 0 ? lex.word[i - 1] : start
        let wm2 = i > 1 ? lex.word[i - 2] : start
        let wp1 = i + 1 < n ? lex.word[i + 1] : end
        let wp2 = i + 2 < n ? lex.word[i + 2] : end
        let sm1 = i > 0 ? lex.suffix[(i - 1) * a + 2] : start
        let sp1 = i + 1 < n ? lex.suffix[(i + 1) * a + 2] : end
        let s2p1 = i + 1 < n ? lex.suffix[(i + 1) * a + 1] : end
        let shm1 = i > 0 ? lex.shape[i - 1] : start
        let shp1 = i + 1 < n ? lex.shape[i + 1] : end
        let s3 = lex.suffix[i * a + 2]
        var k = 0
        @inline(__always) func put(_ f: UInt64) {
            out[k] = f
            k += 1
        }
        put(1)
        put(FeatureHash.feature(2, w0))
        put(FeatureHash.feature(3, lex.exact[i]))
        for j in 0..<a { put(FeatureHash.feature(4 + UInt64(j), lex.suffix[i * a + j])) }
        for j in 0..<3 { put(FeatureHash.feature(8 + UInt64(j), lex.prefix[i * a + j])) }
        put(FeatureHash.feature(11, lex.shape[i]))
        put(FeatureHash.feature(12, UInt64(lex.flags[i])))
        put(FeatureHash.feature(13, prev1))
        put(FeatureHash.feature(14, prev2))
        put(FeatureHash.feature(15, prev1, prev2))
        put(FeatureHash.feature(16, prev1, w0))
        put(FeatureHash.feature(17, wm1))
        put(FeatureHash.feature(18, wm2))
        put(FeatureHash.feature(19, wp1))
        put(FeatureHash.feature(20, wp2))
        put(FeatureHash.feature(21, sm1))
        put(FeatureHash.feature(22, sp1))
        put(FeatureHash.feature(23, shm1))
        put(FeatureHash.feature(24, shp1))
        put(FeatureHash.feature(25, wm1, w0))
        put(FeatureHash.feature(26, w0, wp1))
        put(FeatureHash.feature(27, prev1, s3))
        put(FeatureHash.feature(28, i == 0 ? 1 : 0, lex.shape[i]))
        put(FeatureHash.feature(29, s2p1))
        put(FeatureHash.feature(30, prev1, wp1))
        put(FeatureHash.feature(31, wm1, wp1))
        let a0 = amb[i]
        let ap1 = i + 1 < n ? amb[i + 1] : TagDictionary.boundary
        let ap2 = i + 2 < n ? amb[i + 2] : TagDictionary.boundary
        let am1 = i > 0 ? amb[i - 1] : TagDictionary.boundary
        put(FeatureHash.feature(32, a0))
        put(FeatureHash.feature(33, ap1))
        put(FeatureHash.feature(34, ap2))
        put(FeatureHash.feature(35, a0, prev1))
        put(FeatureHash.feature(36, a0, ap1))
        put(FeatureHash.feature(37, prev1, ap1))
        put(FeatureHash.feature(38, am1, a0))
        put(FeatureHash.feature(39, a0, lex.suffix[i * a + 2]))
        // Hyphenated words: the part after the last hyphen decides the tag ("Russian-backed").
        put(FeatureHash.feature(43, a0 == TagDictionary.unknown ? 1 : 0, lex.shape[i], prev1))
        // Distributional word classes (coarse, middle, fine): what unseen words share with seen
        // ones. Models trained without a class table (nil) have none of these features.
        guard let classes else { return k }
        let L = WordClasses.levels
        let c = classes + i * L
        let cm1 = i > 0 ? classes[(i - 1) * L] : WordClasses.boundary
        let cp1 = i + 1 < n ? classes[(i + 1) * L] : WordClasses.boundary
        let mm1 = i > 0 ? classes[(i - 1) * L + 1] : WordClasses.boundary
        let mp1 = i + 1 < n ? classes[(i + 1) * L + 1] : WordClasses.boundary
        put(FeatureHash.feature(44, c[0]))
        put(FeatureHash.feature(45, c[1]))
        put(FeatureHash.feature(46, c[2]))
        put(FeatureHash.feature(47, cm1))
        put(FeatureHash.feature(48, cp1))
        put(FeatureHash.feature(49, c[1], lex.shape[i]))
        put(FeatureHash.feature(50, c[1], s3))
        put(FeatureHash.feature(51, c[0], prev1))
        put(FeatureHash.feature(52, mm1, c[1]))
        put(FeatureHash.feature(53, c[1], mp1))
        put(FeatureHash.feature(54, c[2], a0))
        return k
    }

    static let capacity = 64

    /// Extra features of the UPOS head: the XPOS just chosen for this token.
    @inline(__always)
    static func extendForUPOS(_ lex: LexicalFeatures, _ i: Int, xpos: UInt64, into out: UnsafeMutablePointer<UInt64>, at k: Int) -> Int {
        out[k] = FeatureHash.feature(40, xpos)
        out[k + 1] = FeatureHash.feature(41, xpos, lex.word[i])
        out[k + 2] = FeatureHash.feature(42, xpos, i + 1 < lex.count ? lex.word[i + 1] : end)
        return k + 3
    }
}
