/// Trained, pruned and quantized weights of a multi-class linear model over hashed features.
///
/// Each kept feature bucket owns a short list of (class, weight) entries; buckets are found
/// through an open-addressing table built at load. Scoring a feature touches only the
/// classes it has weights for. Immutable and `Sendable`.
struct PerceptronWeights: Sendable {
    /// One open-addressing slot: bucket + 1 (0 = empty) and its entry range, in one cache line.
    struct Slot {
        var key: UInt32
        var start: UInt32
        var end: UInt32
        var pad: UInt32
    }

    let classes: Int
    let bits: Int
    let scale: Float
    private let slots: [Slot]
    private let slotShift: UInt64
    /// Entries packed as `Int32(weight) << 8 | class`: one load per entry.
    private let entries: [UInt32]

    var entryCount: Int { entries.count }

    /// - Parameters: buckets ascending; rowEnds[i] ends bucket i's entries; `quantized` weights
    ///   are multiplied by `scale` to get the trained values.
    init(classes: Int, bits: Int, scale: Float, buckets: [UInt32], rowEnds: [UInt32], entryClass: [UInt8], quantized: [Int16]) {
        self.classes = classes
        self.bits = bits
        self.scale = scale
        var size = 16
        while size < buckets.count * 2 { size <<= 1 }
        var table = [Slot](repeating: Slot(key: 0, start: 0, end: 0, pad: 0), count: size)
        let shift = UInt64(64 - size.trailingZeroBitCount)
        var start: UInt32 = 0
        for (i, b) in buckets.enumerated() {
            var slot = Int((UInt64(b) &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while table[slot].key != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = Slot(key: b + 1, start: start, end: rowEnds[i], pad: 0)
            start = rowEnds[i]
        }
        slots = table
        slotShift = shift
        var packed = [UInt32](repeating: 0, count: quantized.count)
        for i in 0..<quantized.count {
            packed[i] = UInt32(bitPattern: Int32(quantized[i]) << 8) | UInt32(entryClass[i])
        }
        entries = packed
    }

    /// Adds the weights of `features` to `scores` (which must hold `classes` values), in
    /// units of `scale` (argmax does not need the scale).
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        let mask = UInt64((1 << bits) - 1)
        // Two phases: all slot lookups first, then all entries, so the cache misses of
        // different features overlap instead of waiting on each other.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
            var hits = 0
            slots.withUnsafeBufferPointer { table in
                let m = table.count - 1
                for f in features {
                    let key = UInt32(truncatingIfNeeded: f & mask) + 1
                    var slot = Int((UInt64(key - 1) &* 0x9E37_79B9_7F4A_7C15) >> slotShift)
                    while true {
                        let s = table[slot]
                        if s.key == key {
                            found[hits] = UInt64(s.start) | (UInt64(s.end) << 32)
                            hits += 1
                            break
                        }
                        if s.key == 0 { break }
                        slot = (slot + 1) & m
                    }
                }
            }
            entries.withUnsafeBufferPointer { e in
                for h in 0..<hits {
                    let r = found[h]
                    for i in Int(r & 0xFFFF_FFFF)..<Int(r >> 32) {
                        let v = e[i]
                        scores[Int(v & 0xFF)] += Float(Int32(bitPattern: v) >> 8)
                    }
                }
            }
        }
    }

    func write(_ w: inout ModelWriter, buckets: [UInt32], rowEnds: [UInt32], entryClass: [UInt8], quantized: [Int16]) {
        w.u32(UInt32(classes))
        w.u32(UInt32(bits))
        w.f32(scale)
        w.array(buckets)
        w.array(rowEnds)
        w.array(entryClass)
        w.array(quantized)
    }

    static func read(_ r: inout ModelReader) throws -> PerceptronWeights {
        let classes = Int(try r.u32())
        let bits = Int(try r.u32())
        let scale = try r.f32()
        let buckets = try r.array(UInt32.self)
        let rowEnds = try r.array(UInt32.self)
        let cls = try r.array(UInt8.self)
        let q = try r.array(Int16.self)
        guard classes > 0, classes <= 256, bits > 4, bits <= 30, buckets.count == rowEnds.count,
            cls.count == q.count, rowEnds.last.map({ Int($0) == q.count }) ?? q.isEmpty,
            zip(rowEnds, rowEnds.dropFirst()).allSatisfy({ $0 <= $1 }),
            cls.allSatisfy({ Int($0) < classes })
        else { throw r.corrupt("inconsistent weight table") }
        return PerceptronWeights(
            classes: classes, bits: bits, scale: scale, buckets: buckets, rowEnds: rowEnds, entryClass: cls, quantized: q)
    }
}

/// Averaged perceptron used while training: dense weights per hashed bucket.
///
/// Averaging uses the standard trick: `u` accumulates `step * delta`, and the averaged
/// weight is `w - u / step`.
final class PerceptronTrainer {
    let classes: Int
    let bits: Int
    private var w: [Float]
    private var u: [Float]
    private var step: Float = 1

    init(classes: Int, bits: Int) {
        self.classes = classes
        self.bits = bits
        w = [Float](repeating: 0, count: (1 << bits) * classes)
        u = w
    }

    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        let mask = UInt64((1 << bits) - 1)
        w.withUnsafeBufferPointer { wp in
            for f in features {
                let base = Int(f & mask) * classes
                for c in 0..<classes { scores[c] += wp[base + c] }
            }
        }
    }

    /// Moves weight from `guess` to `truth` for every feature.
    func update(_ features: UnsafeBufferPointer<UInt64>, truth: Int, guess: Int, amount: Float = 1) {
        guard truth != guess else { return }
        let mask = UInt64((1 << bits) - 1)
        let s = step
        w.withUnsafeMutableBufferPointer { wp in
            u.withUnsafeMutableBufferPointer { up in
                for f in features {
                    let base = Int(f & mask) * classes
                    wp[base + truth] += amount
                    up[base + truth] += s * amount
                    wp[base + guess] -= amount
                    up[base + guess] -= s * amount
                }
            }
        }
    }

    /// Counts one training instance (for averaging).
    func tick() { step += 1 }

    /// Averaged, pruned, int16-quantized weights. Entries smaller than `threshold` are dropped.
    func export(threshold: Float) -> (PerceptronWeights, (inout ModelWriter) -> Void) {
        var maxAbs: Float = 0
        let n = 1 << bits
        let inv = 1 / step
        // Averaged weights are computed on the fly (twice) rather than stored: at 2^22
        // buckets a copy would cost gigabytes.
        w.withUnsafeBufferPointer { wp in
            u.withUnsafeBufferPointer { up in
                for i in 0..<wp.count { maxAbs = max(maxAbs, abs(wp[i] - up[i] * inv)) }
            }
        }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var buckets = [UInt32]()
        var rowEnds = [UInt32]()
        var cls = [UInt8]()
        var q = [Int16]()
        w.withUnsafeBufferPointer { wp in
            u.withUnsafeBufferPointer { up in
                for b in 0..<n {
                    let before = q.count
                    for c in 0..<classes {
                        let v = wp[b * classes + c] - up[b * classes + c] * inv
                        if abs(v) >= threshold {
                            let qv = Int16(clamping: Int((v / scale).rounded()))
                            if qv != 0 {
                                cls.append(UInt8(c))
                                q.append(qv)
                            }
                        }
                    }
                    if q.count > before {
                        buckets.append(UInt32(b))
                        rowEnds.append(UInt32(q.count))
                    }
                }
            }
        }
        let model = PerceptronWeights(
            classes: classes, bits: bits, scale: scale, buckets: buckets, rowEnds: rowEnds, entryClass: cls, quantized: q)
        return (model, { w in model.write(&w, buckets: buckets, rowEnds: rowEnds, entryClass: cls, quantized: q) })
    }
}
