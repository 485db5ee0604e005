/// The dynamic oracle of Goldberg and Nivre (2012) for arc-eager: the number of gold arcs a
/// transition makes unreachable. Zero-cost transitions are the correct ones; it also guides
/// training from states the parser reached by its own mistakes.
struct ArcEagerOracle {
    var goldHead: [Int] = []
    var goldLabel: [Int] = []
    var children: [[Int]] = []

    mutating func reset(heads: [Int], labels: [Int], n: Int) {
        goldHead = heads.map { $0 < 0 ? n : $0 }
        goldLabel = labels
        children = Array(repeating: [], count: n + 1)
        for (d, h) in goldHead.enumerated() { children[h].append(d) }
    }

    /// Cost of transition `t` in `st`, counting a wrong label on a gold arc as one lost arc.
    func cost(_ t: Int, _ st: ParserState, labels L: Int) -> Int {
        let s0 = st.s0
        let b = st.b
        let n = st.n
        switch t {
        case 0:  // shift: b loses heads and dependents on the stack
            var c = 0
            let g = goldHead[b]
            if g == n { if !st.rootHasChild { c += 1 } } else if st.inStack[g] { c += 1 }
            for k in children[b] where st.inStack[k] && st.head[k] == -2 { c += 1 }
            return c
        case 1:  // reduce: s0 loses dependents still in the buffer
            var c = 0
            for k in children[s0] where k >= b { c += 1 }
            return c
        default:
            if t < 2 + L {  // left-arc: s0 ← b
                var c = 0
                let g = goldHead[s0]
                if g != n && g > b { c += 1 }
                for k in children[s0] where k >= b { c += 1 }
                if g == b && goldLabel[s0] != t - 2 { c += 1 }
                return c
            }
            // right-arc: s0 → b
            var c = 0
            let g = goldHead[b]
            if g != s0 {
                if g == n { if !st.rootHasChild { c += 1 } } else if g > b || st.inStack[g] { c += 1 }
            } else if goldLabel[b] != t - 2 - L {
                c += 1
            }
            for k in children[b] where st.inStack[k] && st.head[k] == -2 { c += 1 }
            return c
        }
    }
}
