/// BILOU tags and first-order Viterbi decoding for the sequence entity model.
///
/// A name of one token is `U-`, a longer one `B-` `I-`… `L-`; everything else `O`. Decoding
/// keeps only valid tag sequences, so no name is left open or begun twice.
enum BILOU {
    /// Tag names: `O`, then `B-`, `I-`, `L-`, `U-` of every type.
    static func tagNames(types: [String]) -> [String] {
        ["O"] + types.sorted().flatMap { t in ["B-", "I-", "L-", "U-"].map { $0 + t } }
    }

    /// The BILOU form of IOB2 tags.
    static func encode(_ iob: [String]) -> [String] {
        var out = iob
        for i in iob.indices where iob[i] != "O" {
            let type = iob[i].dropFirst(2)
            let continues = i + 1 < iob.count && iob[i + 1] == "I-" + type
            if iob[i].hasPrefix("B-") {
                out[i] = (continues ? "B-" : "U-") + type
            } else {
                out[i] = (continues ? "I-" : "L-") + type
            }
        }
        return out
    }

    /// Which tag may follow which (`allowed[p * T + c]`), which may begin and which may end a sentence.
    static func constraints(_ names: [String]) -> (allowed: [Bool], first: [Bool], last: [Bool]) {
        let T = names.count
        func opens(_ s: String) -> Bool { s.hasPrefix("B-") || s.hasPrefix("I-") }
        var allowed = [Bool](repeating: false, count: T * T)
        for p in 0..<T {
            for c in 0..<T {
                let pn = names[p], cn = names[c]
                if opens(pn) {
                    let type = pn.dropFirst(2)
                    allowed[p * T + c] = cn == "I-" + type || cn == "L-" + type
                } else {
                    allowed[p * T + c] = cn == "O" || cn.hasPrefix("B-") || cn.hasPrefix("U-")
                }
            }
        }
        let first = names.map { $0 == "O" || $0.hasPrefix("B-") || $0.hasPrefix("U-") }
        let last = names.map { !opens($0) }
        return (allowed, first, last)
    }

    /// Spans (token range, type) of a valid BILOU sequence.
    static func spans(_ tags: [Int], _ names: [String], into out: inout [(Range<Int>, Substring)]) {
        out.removeAll(keepingCapacity: true)
        var i = 0
        while i < tags.count {
            let n = names[tags[i]]
            if n == "O" { i += 1; continue }
            let type = n.dropFirst(2)
            if n.hasPrefix("U-") {
                out.append((i..<(i + 1), type))
                i += 1
                continue
            }
            var j = i + 1
            while j < tags.count, names[tags[j]].hasPrefix("I-") { j += 1 }
            if j < tags.count, names[tags[j]].hasPrefix("L-") { j += 1 }
            out.append((i..<j, type))
            i = j
        }
    }
}

/// First-order Viterbi over `T` tags: `emission(i, out)` adds token i's scores of every tag to
/// `out`; `transition(i, out)` adds the scores that depend on the previous tag: for the first
/// token one row (no previous tag), for a later one T rows, row p (`out[p * T ..< (p + 1) * T]`)
/// after tag p. Returns the best valid tag sequence in `tags`.
struct Viterbi {
    var delta: [Float] = []
    var back: [Int32] = []
    var row: [Float] = []
    var emit: [Float] = []

    mutating func decode(
        n: Int, T: Int, allowed: [Bool], first: [Bool], last: [Bool], tags: inout [Int],
        emission: (Int, UnsafeMutablePointer<Float>) -> Void, transition: (Int, UnsafeMutablePointer<Float>) -> Void
    ) {
        tags.removeAll(keepingCapacity: true)
        guard n > 0 else { return }
        let ninf = -Float.infinity
        if delta.count < n * T {
            delta = [Float](repeating: 0, count: n * T)
            back = [Int32](repeating: 0, count: n * T)
        }
        if row.count < T * T {
            row = [Float](repeating: 0, count: T * T)
            emit = [Float](repeating: 0, count: T)
        }
        delta.withUnsafeMutableBufferPointer { d in
            back.withUnsafeMutableBufferPointer { b in
                row.withUnsafeMutableBufferPointer { r in
                    emit.withUnsafeMutableBufferPointer { e in
                        let rp = r.baseAddress!, ep = e.baseAddress!
                        for c in 0..<T { ep[c] = 0; rp[c] = 0 }
                        emission(0, ep)
                        transition(0, rp)
                        for c in 0..<T {
                            d[c] = first[c] ? ep[c] + rp[c] : ninf
                            b[c] = -1
                        }
                        for i in 1..<max(n, 1) {
                            for c in 0..<T { ep[c] = 0; d[i * T + c] = ninf; b[i * T + c] = -1 }
                            emission(i, ep)
                            for c in 0..<(T * T) { rp[c] = 0 }
                            transition(i, rp)
                            for p in 0..<T {
                                let dp = d[(i - 1) * T + p]
                                guard dp > ninf else { continue }
                                for c in 0..<T where allowed[p * T + c] {
                                    let v = dp + rp[p * T + c] + ep[c]
                                    if v > d[i * T + c] {
                                        d[i * T + c] = v
                                        b[i * T + c] = Int32(p)
                                    }
                                }
                            }
                        }
                        var best = -1
                        for c in 0..<T where last[c] && d[(n - 1) * T + c] > ninf {
                            if best < 0 || d[(n - 1) * T + c] > d[(n - 1) * T + best] { best = c }
                        }
                        if best < 0 { best = 0 }
                        for _ in 0..<n { tags.append(0) }
                        var c = best
                        for i in stride(from: n - 1, through: 0, by: -1) {
                            tags[i] = c
                            c = Int(b[i * T + c])
                            if c < 0 && i > 0 { c = 0 }
                        }
                    }
                }
            }
        }
    }
}
