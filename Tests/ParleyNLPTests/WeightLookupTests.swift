import Testing

@testable import ParleyNLP

/// The fast lookups must give what the plain definitions give: grouped scoring equals one call
/// per group, and the gazetteer's open-addressing table answers like the dictionary it was
/// built from, also after a write and read.
@Suite struct WeightLookupTests {
    /// A small model with sparse and dense rows: bucket 3 gets every class (dense), others a few.
    func model() -> PerceptronWeights {
        var buckets: [UInt32] = []
        var ends: [UInt32] = []
        var cls: [UInt8] = []
        var q: [Int16] = []
        for b in [1, 3, 7, 12] {
            let classes = b == 3 ? Array(0..<20) : [b % 20, (b * 7) % 20]
            for c in classes {
                cls.append(UInt8(c))
                q.append(Int16(b * 10 + c) * (c % 2 == 0 ? 1 : -1))
            }
            buckets.append(UInt32(b))
            ends.append(UInt32(q.count))
        }
        return PerceptronWeights(classes: 20, bits: 5, scale: 1, buckets: buckets, rowEnds: ends, entryClass: cls, quantized: q)
    }

    @Test func groupedScoresEqualOneCallPerGroup() {
        let w = model()
        // Three groups of three features; 33 wraps to bucket 1, 0 and 20 hit nothing.
        let features: [UInt64] = [1, 3, 0, 7, 12, 33, 3, 3, 20]
        var grouped = [Float](repeating: 0, count: 60)
        features.withUnsafeBufferPointer { f in grouped.withUnsafeMutableBufferPointer { w.score(f, groupSize: 3, into: $0.baseAddress!) } }
        for g in 0..<3 {
            var single = [Float](repeating: 0, count: 20)
            features.withUnsafeBufferPointer { f in
                single.withUnsafeMutableBufferPointer { w.score(UnsafeBufferPointer(rebasing: f[(g * 3)..<(g * 3 + 3)]), into: $0.baseAddress!) }
            }
            #expect(Array(grouped[(g * 20)..<(g * 20 + 20)]) == single, "group \(g)")
        }
        // Bucket 3 twice in the last group: its dense row counted twice, plus nothing for 20.
        #expect(grouped[40 + 4] == 2 * 34)
        #expect(grouped[40 + 5] == -2 * 35)
        // Bucket 1's sparse entries: class 1 (-11) and class 7 (-17).
        #expect(grouped[1] == -11 + -31)
    }

    @Test func gazetteerTableAnswersLikeItsDictionary() throws {
        var table: [UInt64: UInt8] = [:]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in 0..<1000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            table[state] = UInt8(1 << (i % 6))
        }
        // Keys that collide in their low bits must still be told apart.
        table[0x1_0000_0040] = Gazetteer.Kind.group.rawValue
        table[0x2_0000_0040] = Gazetteer.Kind.city.rawValue
        let g = Gazetteer(table: table)
        #expect(g.count == table.count)
        var w = ModelWriter()
        g.write(&w)
        var r = try ModelReader(bytes: w.fileBytes(kind: "gaz"), file: "gaz.bin", kind: "gaz")
        let back = try Gazetteer.read(&r)
        for (key, kind) in table {
            #expect(g.kinds(key: key).rawValue == kind)
            #expect(back.kinds(key: key).rawValue == kind)
        }
        var missing = 0
        for k in 1...2000 as ClosedRange<UInt64> where table[k * 0x1234_5678_9ABC] == nil && g.kinds(key: k * 0x1234_5678_9ABC).isEmpty {
            missing += 1
        }
        #expect(missing == 2000)
    }
}
