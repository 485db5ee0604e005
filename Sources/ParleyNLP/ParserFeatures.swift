/// Feature templates of the arc-eager parser, after Zhang and Nivre (2011): words and tags of
/// the stack top, the next three buffer tokens, heads and outermost children, distance,
/// valency and the label sets of attached children; plus buffer word pairs, a fourth
/// lookahead tag, second-stack-item and head word conjunctions, and the tagger's ambiguity
/// classes (the tags a word was seen with), which let the parser see past a wrong tag.
enum ParserFeatures {
    static let capacity = 128
    static let none: UInt64 = 0xAB5E_0000_0001
    static let rootWord: UInt64 = 0xAB5E_0000_0002
    static let rootTag: UInt64 = 0xAB5E_0000_0003

    @inline(__always)
    static func extract(
        _ st: ParserState, words: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>, ambiguity: UnsafePointer<UInt64>,
        into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let n = st.n
        @inline(__always) func w(_ i: Int) -> UInt64 { i < 0 ? none : (i == n ? rootWord : words[i]) }
        @inline(__always) func p(_ i: Int) -> UInt64 { i < 0 ? none : (i == n ? rootTag : tags[i]) }
        @inline(__always) func a(_ i: Int) -> UInt64 { i < 0 ? none : (i == n ? rootTag : ambiguity[i]) }
        @inline(__always) func l(_ i: Int) -> UInt64 { i < 0 || i == n ? none : UInt64(bitPattern: Int64(st.label[i])) &+ 77 }

        let s0 = st.s0
        let s1 = st.stack.count > 1 ? st.stack[st.stack.count - 2] : -1
        let n0 = st.b < n ? st.b : -1
        let n1 = st.b + 1 < n ? st.b + 1 : -1
        let n2 = st.b + 2 < n ? st.b + 2 : -1
        let n3 = st.b + 3 < n ? st.b + 3 : -1
        let s0h = s0 >= 0 && s0 < n && st.head[s0] >= 0 ? st.head[s0] : -1
        let s0h2 = s0h >= 0 && s0h < n && st.head[s0h] >= 0 ? st.head[s0h] : -1
        let s0l = s0 >= 0 ? st.leftmost[s0] : -1
        let s0l2 = s0 >= 0 ? st.leftmost2[s0] : -1
        let s0r = s0 >= 0 ? st.rightmost[s0] : -1
        let s0r2 = s0 >= 0 ? st.rightmost2[s0] : -1
        let n0l = n0 >= 0 ? st.leftmost[n0] : -1
        let n0l2 = n0 >= 0 ? st.leftmost2[n0] : -1

        let s0w = w(s0), s0p = p(s0), n0w = w(n0), n0p = p(n0)
        let n1w = w(n1), n1p = p(n1), n2w = w(n2), n2p = p(n2)
        let s0wp = FeatureHash.mix(s0w, s0p)
        let n0wp = FeatureHash.mix(n0w, n0p)
        let dist: UInt64 = s0 == n || n0 < 0 ? 0 : UInt64(min(n0 - s0, 6))
        let s0vl = UInt64(s0 >= 0 ? st.leftCount[s0] : 0)
        let s0vr = UInt64(s0 >= 0 ? st.rightCount[s0] : 0)
        let n0vl = UInt64(n0 >= 0 ? st.leftCount[n0] : 0)
        let s0sl = s0 >= 0 ? st.leftLabels[s0] : 0
        let s0sr = s0 >= 0 ? st.rightLabels[s0] : 0
        let n0sl = n0 >= 0 ? st.leftLabels[n0] : 0

        var k = 0
        @inline(__always) func put(_ f: UInt64) {
            out[k] = f
            k += 1
        }
        typealias H = FeatureHash
        put(1)
        // Single words.
        put(H.feature(100, s0w)); put(H.feature(101, s0p)); put(H.feature(102, s0wp))
        put(H.feature(103, n0w)); put(H.feature(104, n0p)); put(H.feature(105, n0wp))
        put(H.feature(106, n1w)); put(H.feature(107, n1p)); put(H.feature(108, n1w, n1p))
        put(H.feature(109, n2w)); put(H.feature(110, n2p)); put(H.feature(111, n2w, n2p))
        put(H.feature(112, w(s1))); put(H.feature(113, p(s1))); put(H.feature(114, p(s1), s0p))
        // Pairs.
        put(H.feature(120, s0wp, n0wp)); put(H.feature(121, s0wp, n0w)); put(H.feature(122, s0w, n0wp))
        put(H.feature(123, s0wp, n0p)); put(H.feature(124, s0p, n0wp)); put(H.feature(125, s0w, n0w))
        put(H.feature(126, s0p, n0p)); put(H.feature(127, n0p, n1p))
        // Triples of tags.
        put(H.feature(130, n0p, n1p, n2p)); put(H.feature(131, s0p, n0p, n1p))
        put(H.feature(132, p(s0h), s0p, n0p)); put(H.feature(133, s0p, p(s0l), n0p))
        put(H.feature(134, s0p, p(s0r), n0p)); put(H.feature(135, s0p, n0p, p(n0l)))
        put(H.feature(136, p(s1), s0p, n0p))
        // Distance.
        put(H.feature(140, s0w, dist)); put(H.feature(141, s0p, dist)); put(H.feature(142, n0w, dist))
        put(H.feature(143, n0p, dist)); put(H.feature(144, H.mix(s0w, n0w), dist)); put(H.feature(145, s0p, n0p, dist))
        // Valency.
        put(H.feature(150, s0w, s0vr)); put(H.feature(151, s0p, s0vr)); put(H.feature(152, s0w, s0vl))
        put(H.feature(153, s0p, s0vl)); put(H.feature(154, n0w, n0vl)); put(H.feature(155, n0p, n0vl))
        // Heads and outer children.
        put(H.feature(160, w(s0h))); put(H.feature(161, p(s0h))); put(H.feature(162, l(s0)))
        put(H.feature(163, w(s0l))); put(H.feature(164, p(s0l))); put(H.feature(165, l(s0l)))
        put(H.feature(166, w(s0r))); put(H.feature(167, p(s0r))); put(H.feature(168, l(s0r)))
        put(H.feature(169, w(n0l))); put(H.feature(170, p(n0l))); put(H.feature(171, l(n0l)))
        // Second-order.
        put(H.feature(180, w(s0h2))); put(H.feature(181, p(s0h2))); put(H.feature(182, l(s0h)))
        put(H.feature(183, w(s0l2))); put(H.feature(184, p(s0l2))); put(H.feature(185, l(s0l2)))
        put(H.feature(186, w(s0r2))); put(H.feature(187, p(s0r2))); put(H.feature(188, l(s0r2)))
        put(H.feature(189, w(n0l2))); put(H.feature(190, p(n0l2))); put(H.feature(191, l(n0l2)))
        put(H.feature(192, s0p, p(s0l), p(s0l2))); put(H.feature(193, s0p, p(s0r), p(s0r2)))
        put(H.feature(194, s0p, p(s0h), p(s0h2))); put(H.feature(195, n0p, p(n0l), p(n0l2)))
        // Label sets.
        put(H.feature(200, s0w, s0sr)); put(H.feature(201, s0p, s0sr)); put(H.feature(202, s0w, s0sl))
        put(H.feature(203, s0p, s0sl)); put(H.feature(204, n0w, n0sl)); put(H.feature(205, n0p, n0sl))
        // Buffer word pairs and lookahead.
        put(H.feature(210, n0w, n1w)); put(H.feature(211, n0w, n1p)); put(H.feature(212, n0p, n1w))
        put(H.feature(213, s0w, n0p, n1p)); put(H.feature(214, s0p, n0w, n1p)); put(H.feature(215, p(n3)))
        put(H.feature(216, n1p, n2p, p(n3)))
        // Second stack item and the head of s0 with words.
        put(H.feature(220, w(s1), s0w)); put(H.feature(221, p(s1), s0w)); put(H.feature(222, w(s1), s0p))
        put(H.feature(223, l(s1))); put(H.feature(224, p(s0h), s0wp)); put(H.feature(225, w(s0h), s0p))
        put(H.feature(226, p(s1), s0p, n0w))
        // Ambiguity classes.
        put(H.feature(240, a(s0))); put(H.feature(241, a(n0))); put(H.feature(242, a(n1)))
        put(H.feature(243, a(s0), a(n0))); put(H.feature(244, a(s0), n0p)); put(H.feature(245, s0p, a(n0)))
        return k
    }
}
