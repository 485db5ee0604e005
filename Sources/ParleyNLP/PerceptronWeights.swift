import CPrefetch
import Foundation

/// Trained, pruned and quantized weights of a multi-class linear model over hashed features.
///
/// A dense index built at load gives every hash bucket its row of entries. A bucket with few
/// weights keeps a sparse list of (class, weight) entries; a bucket with many (the frequent
/// features every sentence hits: the bias, tag n-grams) becomes a dense row of all classes,
/// added sixteen classes at a time. Immutable and `Sendable`.
struct PerceptronWeights: Sendable {
    let classes: Int
    let bits: Int
    let scale: Float
    /// Classes rounded up to a multiple of 16: the width of a dense row and of the accumulator.
    let padded: Int
    /// `offsets[b] ..< offsets[b + 1]` are bucket b's words in `entries` (2^bits + 1 of them),
    /// so a lookup is two adjacent loads with no probing and no branch.
    private let offsets: WeightMemory
    /// Sparse entries packed as `Int32(weight) << 8 | class`, one word each; a dense row is a
    /// marker word (class byte 0xFF) followed by `padded` Int16 weights, two per word.
    private let entries: WeightMemory
    /// Number of (class, weight) pairs kept, dense rows counted by their nonzero weights.
    let entryCount: Int

    static let denseMarker: UInt32 = 0xFF

    /// - Parameters: buckets ascending; rowEnds[i] ends bucket i's entries; `quantized` weights
    ///   are multiplied by `scale` to get the trained values.
    init(classes: Int, bits: Int, scale: Float, buckets: [UInt32], rowEnds: [UInt32], entryClass: [UInt8], quantized: [Int16]) {
        self.classes = classes
        self.bits = bits
        self.scale = scale
        let padded = (classes + 15) / 16 * 16
        self.padded = padded
        entryCount = quantized.count
        // A row goes dense once its sparse list would be an eighth of the dense row's size.
        let denseFrom = max(4, padded / 8)
        var words: [UInt32] = []
        words.reserveCapacity(quantized.count + buckets.count)
        var ends = [UInt32](repeating: 0, count: buckets.count)
        var start = 0
        for i in buckets.indices {
            let end = Int(rowEnds[i])
            if end - start >= denseFrom {
                var row = [Int16](repeating: 0, count: padded)
                for k in start..<end { row[Int(entryClass[k])] = quantized[k] }
                words.append(PerceptronWeights.denseMarker)
                for k in stride(from: 0, to: padded, by: 2) {
                    words.append(UInt32(UInt16(bitPattern: row[k])) | UInt32(UInt16(bitPattern: row[k + 1])) << 16)
                }
            } else {
                for k in start..<end {
                    words.append(UInt32(bitPattern: Int32(quantized[k]) << 8) | UInt32(entryClass[k]))
                }
            }
            ends[i] = UInt32(words.count)
            start = end
        }
        let n = 1 << bits
        let off = WeightMemory(count: n + 1)
        let o = off.words
        // Buckets without weights get an empty range at the end of the previous bucket's.
        var next = 0
        var end: UInt32 = 0
        for (i, b) in buckets.enumerated() {
            while next <= Int(b) {
                o[next] = end
                next += 1
            }
            end = ends[i]
        }
        while next <= n {
            o[next] = end
            next += 1
        }
        offsets = off
        let packed = WeightMemory(count: words.count)
        for (i, v) in words.enumerated() { packed.words[i] = v }
        entries = packed
    }

    /// Adds the weights of `features` to `scores` (which must hold `classes` values), in
    /// units of `scale` (argmax does not need the scale).
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        score(features, groupSize: features.count, into: scores)
    }

    /// Scores several instances at once: consecutive groups of `groupSize` features, group g's
    /// sums added to `scores[g * classes ..< (g + 1) * classes]`. One call for many small
    /// instances (a token's transitions from every previous tag) lets all their cache misses
    /// overlap.
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, groupSize: Int, into scores: UnsafeMutablePointer<Float>) {
        guard entries.words.count > 0, groupSize > 0 else { return }
        let mask = UInt64((1 << bits) - 1)
        let padded = padded
        // Two phases: all row lookups first (independent loads with no branches, so their cache
        // misses overlap), then the rows, summed in integers.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: padded) { acc in
                let e = UnsafeBufferPointer(entries.words), off = UnsafeBufferPointer(offsets.words)
                let base = UnsafeRawPointer(e.baseAddress!)
                for (k, f) in features.enumerated() {
                    let b = Int(truncatingIfNeeded: f & mask)
                    found[k] = UInt64(off[b]) | (UInt64(off[b &+ 1]) << 32)
                }
                // Start every row's load before summing any, so their misses overlap too.
                for k in 0..<features.count { parley_prefetch(base + Int(found[k] & 0xFFFF_FFFF) * 4) }
                let a = UnsafeMutableRawPointer(acc.baseAddress!)
                for g in stride(from: 0, to: features.count - groupSize + 1, by: groupSize) {
                    for c in stride(from: 0, to: padded, by: 16) { a.storeBytes(of: SIMD16<Int32>(), toByteOffset: c * 4, as: SIMD16<Int32>.self) }
                    for h in g..<(g + groupSize) {
                        let r = found[h]
                        var i = Int(r & 0xFFFF_FFFF)
                        let end = Int(r >> 32)
                        guard i < end else { continue }
                        if e[i] == PerceptronWeights.denseMarker {
                            let row = base + (i + 1) * 4
                            for c in stride(from: 0, to: padded, by: 16) {
                                let w = row.loadUnaligned(fromByteOffset: c * 2, as: SIMD16<Int16>.self)
                                let sum = a.loadUnaligned(fromByteOffset: c * 4, as: SIMD16<Int32>.self) &+ SIMD16<Int32>(truncatingIfNeeded: w)
                                a.storeBytes(of: sum, toByteOffset: c * 4, as: SIMD16<Int32>.self)
                            }
                            continue
                        }
                        while i < end {
                            let v = e[i]
                            acc[Int(v & 0xFF)] &+= Int32(bitPattern: v) >> 8
                            i &+= 1
                        }
                    }
                    let out = scores + g / groupSize * classes
                    for c in 0..<classes { out[c] += Float(acc[c]) }
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
        guard classes > 0, classes < 256, bits > 4, bits <= 30, buckets.count == rowEnds.count,
            cls.count == q.count, rowEnds.last.map({ Int($0) == q.count }) ?? q.isEmpty,
            zip(rowEnds, rowEnds.dropFirst()).allSatisfy({ $0 <= $1 }),
            zip(buckets, buckets.dropFirst()).allSatisfy({ $0 < $1 }), buckets.last.map({ Int($0) < 1 << bits }) ?? true,
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

    /// `PerceptronWeights.score(_:groupSize:into:)` for the model in training.
    func score(_ features: UnsafeBufferPointer<UInt64>, groupSize: Int, into scores: UnsafeMutablePointer<Float>) {
        guard groupSize > 0 else { return }
        for g in stride(from: 0, to: features.count - groupSize + 1, by: groupSize) {
            score(UnsafeBufferPointer(rebasing: features[g..<(g + groupSize)]), into: scores + g / groupSize * classes)
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

    /// Adds `amount` to class `cls`'s weight of every feature (structured updates, where the
    /// gold and the predicted tag have different features).
    func adjust(_ features: UnsafeBufferPointer<UInt64>, _ cls: Int, _ amount: Float) {
        let mask = UInt64((1 << bits) - 1)
        let s = step
        w.withUnsafeMutableBufferPointer { wp in
            u.withUnsafeMutableBufferPointer { up in
                for f in features {
                    let i = Int(f & mask) * classes + cls
                    wp[i] += amount
                    up[i] += s * amount
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

/// Read-only weight memory in 2 MiB-aligned blocks that the kernel is asked to back with huge
/// pages: scoring reads it at random, and with 4 KiB pages nearly every read of a model of tens
/// of megabytes would also miss the TLB.
final class WeightMemory: @unchecked Sendable {
    let words: UnsafeMutableBufferPointer<UInt32>

    init(count: Int) {
        let huge = 2 << 20
        var bytes = max(1, count) * MemoryLayout<UInt32>.stride
        if bytes >= huge { bytes = (bytes + huge - 1) / huge * huge }
        var raw: UnsafeMutableRawPointer?
        guard posix_memalign(&raw, bytes >= huge ? huge : 64, bytes) == 0, let raw else {
            fatalError("out of memory for \(bytes) bytes of model weights")
        }
        #if os(Linux)
        if bytes >= huge { _ = madvise(raw, bytes, 14) }  // MADV_HUGEPAGE; a hint, failure is harmless
        #endif
        let p = raw.bindMemory(to: UInt32.self, capacity: max(1, count))
        p.initialize(repeating: 0, count: max(1, count))
        words = UnsafeMutableBufferPointer(start: p, count: count)
    }

    deinit { free(words.baseAddress) }
}
