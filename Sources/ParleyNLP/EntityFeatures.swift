/// Feature templates of the entity tagger: word identity and shape in a ±2 window, POS,
/// gazetteer matches and the two previous entity tags.
enum EntityFeatures {
    static let start: UInt64 = 0xE17_0000_0001
    static let end: UInt64 = 0xE17_0000_0002

    @inline(__always)
    static func extract(
        _ lex: LexicalFeatures, _ i: Int, upos: [Int], xpos: [Int], amb: [UInt64], classes: [UInt64], gazB: [UInt8], gazI: [UInt8],
        prev1: UInt64, prev2: UInt64, into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let n = lex.count
        let a = LexicalFeatures.affixes
        typealias H = FeatureHash
        @inline(__always) func w(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.word[j]) }
        @inline(__always) func x(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.exact[j]) }
        @inline(__always) func sh(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.shape[j]) }
        @inline(__always) func p(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : UInt64(upos[j]) &+ 300) }
        @inline(__always) func q(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : UInt64(xpos[j]) &+ 700) }
        @inline(__always) func am(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : amb[j]) }
        @inline(__always) func g(_ j: Int) -> UInt64 {
            j < 0 || j >= n ? 0 : UInt64(gazB[j]) | (UInt64(gazI[j]) << 8)
        }
        let L = WordClasses.levels
        @inline(__always) func c(_ j: Int, _ l: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : classes[j * L + l]) }
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
        // Penn tags, the tag dictionary's ambiguity classes (is the lower-cased word a
        // common word?), more affixes and the wider window.
        put(H.feature(540, q(i))); put(H.feature(541, q(i - 1), q(i))); put(H.feature(542, q(i), q(i + 1)))
        put(H.feature(543, am(i))); put(H.feature(544, am(i), sh(i))); put(H.feature(545, am(i - 1)))
        put(H.feature(546, am(i + 1))); put(H.feature(547, lex.prefix[i * a])); put(H.feature(548, lex.prefix[i * a + 1]))
        put(H.feature(549, lex.prefix[i * a + 3])); put(H.feature(550, lex.suffix[i * a])); put(H.feature(551, lex.suffix[i * a + 1]))
        put(H.feature(552, prev1, w(i + 1))); put(H.feature(553, prev1, g(i + 1))); put(H.feature(554, w(i - 1), sh(i)))
        put(H.feature(555, sh(i), w(i + 1))); put(H.feature(556, x(i - 2))); put(H.feature(557, x(i + 2)))
        put(H.feature(558, prev1, x(i))); put(H.feature(559, p(i), sh(i))); put(H.feature(560, am(i), prev1))
        put(H.feature(561, q(i), w(i))); put(H.feature(562, sh(i - 2))); put(H.feature(563, sh(i + 2)))
        // Distributional word classes (coarse, middle, fine) of the word and its neighbours;
        // none for models trained without them (`classes` empty).
        guard !classes.isEmpty else { return k }
        put(H.feature(570, c(i, 0))); put(H.feature(571, c(i, 1))); put(H.feature(572, c(i, 2)))
        put(H.feature(573, c(i - 1, 0))); put(H.feature(574, c(i + 1, 0))); put(H.feature(577, c(i, 1), sh(i)))
        return k
    }
}
