/// Feature templates of the entity tagger: word identity and shape in a ±2 window, POS,
/// gazetteer matches and the two previous entity tags.
enum EntityFeatures {
    static let start: UInt64 = 0xE17_0000_0001
    static let end: UInt64 = 0xE17_0000_0002

    @inline(__always)
    static func extract(
        _ lex: LexicalFeatures, _ i: Int, upos: [Int], gazB: [UInt8], gazI: [UInt8], prev1: UInt64, prev2: UInt64,
        into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let n = lex.count
        let a = LexicalFeatures.affixes
        typealias H = FeatureHash
        @inline(__always) func w(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.word[j]) }
        @inline(__always) func x(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.exact[j]) }
        @inline(__always) func sh(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.shape[j]) }
        @inline(__always) func p(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : UInt64(upos[j]) &+ 300) }
        @inline(__always) func g(_ j: Int) -> UInt64 {
            j < 0 || j >= n ? 0 : UInt64(gazB[j]) | (UInt64(gazI[j]) << 8)
        }
        var k = 0
        @inline(__always) func put(_ f: UInt64) {
            out[k] = f
            k += 1
        }
        put(1)
        put(H.feature(500, w(i))); put(H.feature(501, x(i))); put(H.feature(502, sh(i)))
        put(H.feature(503, lex.suffix[i * a + 2])); put(H.feature(504, lex.suffix[i * a + 3]))
        put(H.feature(505, lex.prefix[i * a + 2])); put(H.feature(506, p(i)))
        put(H.feature(507, w(i - 1))); put(H.feature(508, w(i + 1))); put(H.feature(509, w(i - 2)))
        put(H.feature(510, w(i + 2))); put(H.feature(511, x(i - 1))); put(H.feature(512, x(i + 1)))
        put(H.feature(513, sh(i - 1))); put(H.feature(514, sh(i + 1)))
        put(H.feature(515, p(i - 1))); put(H.feature(516, p(i + 1))); put(H.feature(517, p(i - 1), p(i), p(i + 1)))
        put(H.feature(518, prev1)); put(H.feature(519, prev1, prev2)); put(H.feature(520, prev1, w(i)))
        put(H.feature(521, prev1, sh(i))); put(H.feature(522, prev1, p(i)))
        put(H.feature(523, g(i))); put(H.feature(524, g(i - 1))); put(H.feature(525, g(i + 1)))
        put(H.feature(526, g(i), prev1)); put(H.feature(527, g(i), sh(i)))
        put(H.feature(528, w(i - 1), w(i))); put(H.feature(529, w(i), w(i + 1)))
        put(H.feature(530, sh(i), sh(i + 1))); put(H.feature(531, sh(i - 1), sh(i)))
        put(H.feature(532, x(i - 1), x(i))); put(H.feature(533, x(i), x(i + 1)))
        put(H.feature(534, UInt64(lex.flags[i]), i == 0 ? 1 : 0))
        return k
    }
}
