/// The configuration of the arc-eager transition system for one sentence.
///
/// Token indices are 0..<n; the artificial root is `n` and never leaves the stack bottom.
/// Every array is reused across sentences, so parsing allocates nothing once warm.
struct ParserState {
    var n = 0
    var stack: [Int] = []
    var b = 0
    var head: [Int] = []
    var label: [Int] = []
    var leftmost: [Int] = []
    var leftmost2: [Int] = []
    var rightmost: [Int] = []
    var rightmost2: [Int] = []
    var leftCount: [Int] = []
    var rightCount: [Int] = []
    var leftLabels: [UInt64] = []
    var rightLabels: [UInt64] = []
    var inStack: [Bool] = []

    var root: Int { n }
    var rootHasChild = false
    var s0: Int { stack[stack.count - 1] }
    var done: Bool { b >= n }

    mutating func reset(_ count: Int) {
        n = count
        b = 0
        rootHasChild = false
        stack.removeAll(keepingCapacity: true)
        stack.append(count)
        func fill<T>(_ a: inout [T], _ v: T) {
            a.removeAll(keepingCapacity: true)
            for _ in 0...count { a.append(v) }
        }
        fill(&head, -2)
        fill(&label, -1)
        fill(&leftmost, -1)
        fill(&leftmost2, -1)
        fill(&rightmost, -1)
        fill(&rightmost2, -1)
        fill(&leftCount, 0)
        fill(&rightCount, 0)
        fill(&leftLabels, 0)
        fill(&rightLabels, 0)
        fill(&inStack, false)
        inStack[count] = true
    }

    // Transition classes: 0 shift, 1 reduce, 2+l left-arc l, 2+L+l right-arc l.
    @inline(__always) static func left(_ l: Int) -> Int { 2 + l }
    @inline(__always) static func right(_ l: Int, labels: Int) -> Int { 2 + labels + l }

    /// Whether transition `t` may be applied (`rootLabel` is the index of "root").
    @inline(__always)
    func valid(_ t: Int, labels: Int, rootLabel: Int) -> Bool {
        if t == 0 { return b < n }
        if t == 1 { return s0 != root && head[s0] != -2 }
        if t < 2 + labels {
            return s0 != root && head[s0] == -2 && b < n && t - 2 != rootLabel
        }
        let l = t - 2 - labels
        if b >= n { return false }
        if s0 == root { return l == rootLabel && !rootHasChild }
        return l != rootLabel
    }

    mutating func addArc(_ h: Int, _ d: Int, _ l: Int) {
        head[d] = h
        label[d] = l
        let bit: UInt64 = l < 64 ? 1 << UInt64(l) : 0
        if h == root { rootHasChild = true }
        if d < h {
            if leftmost[h] == -1 || d < leftmost[h] {
                leftmost2[h] = leftmost[h]
                leftmost[h] = d
            } else if leftmost2[h] == -1 || d < leftmost2[h] {
                leftmost2[h] = d
            }
            leftCount[h] += 1
            leftLabels[h] |= bit
        } else {
            if rightmost[h] == -1 || d > rightmost[h] {
                rightmost2[h] = rightmost[h]
                rightmost[h] = d
            } else if rightmost2[h] == -1 || d > rightmost2[h] {
                rightmost2[h] = d
            }
            rightCount[h] += 1
            rightLabels[h] |= bit
        }
    }

    mutating func apply(_ t: Int, labels: Int) {
        switch t {
        case 0:
            stack.append(b)
            inStack[b] = true
            b += 1
        case 1:
            inStack[s0] = false
            stack.removeLast()
        default:
            if t < 2 + labels {
                let d = s0
                addArc(b, d, t - 2)
                inStack[d] = false
                stack.removeLast()
            } else {
                addArc(s0, b, t - 2 - labels)
                stack.append(b)
                inStack[b] = true
                b += 1
            }
        }
    }

    /// Attaches tokens left without a head once the buffer is empty: the first becomes the
    /// root if there is none, the rest depend on the root word.
    mutating func finish(
        rootLabel: Int, fallbackLabel: Int, punctLabel: Int, subjectLabel: Int,
        isPunct: (Int) -> Bool, isFinite: (Int) -> Bool, isNominal: (Int) -> Bool
    ) {
        var rootWord = -1
        for i in 0..<n where head[i] == root { rootWord = i; break }
        if rootWord < 0 {
            // No root: a headless finite verb is the clause's root, else the first headless word;
            // a headless noun right before that verb is its subject ("militants fired").
            for i in 0..<n where head[i] == -2 && isFinite(i) { rootWord = i; break }
            if rootWord < 0 {
                for i in 0..<n where head[i] == -2 { rootWord = i; break }
            }
            guard rootWord >= 0 else { return }
            head[rootWord] = root
            label[rootWord] = rootLabel
            if rootWord > 0, head[rootWord - 1] == -2, isNominal(rootWord - 1), isFinite(rootWord) {
                head[rootWord - 1] = rootWord
                label[rootWord - 1] = subjectLabel
            }
        }
        for i in 0..<n where head[i] == -2 {
            head[i] = rootWord
            label[i] = isPunct(i) ? punctLabel : fallbackLabel
        }
    }
}
