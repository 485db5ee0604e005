/// Deterministic random numbers for training (SplitMix64), so `--seed` reproduces a model.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Options shared by every `parley train` command.
public struct TrainingOptions: Sendable {
    public var epochs: Int
    public var seed: UInt64
    /// log2 of the number of hashed feature buckets (nil: the model's default).
    public var bits: Int?
    /// Averaged weights smaller than this are pruned from the model file (nil: the default).
    public var prune: Float?
    public init(epochs: Int, seed: UInt64, bits: Int? = nil, prune: Float? = nil) {
        self.epochs = epochs
        self.seed = seed
        self.bits = bits
        self.prune = prune
    }
}

/// What training reports after each epoch.
public struct EpochReport: Sendable {
    public var epoch: Int
    public var epochs: Int
    /// Name and value of the dev figures ("UPOS" 96.1).
    public var dev: [(String, Double)]
    public var tokensPerSecond: Double

    public var line: String {
        let figures = dev.map { "\($0.0) \(String(format: "%.2f", $0.1))" }.joined(separator: " ")
        return "epoch \(epoch)/\(epochs) dev \(figures) train tokens/s \(Int(tokensPerSecond))"
    }
}

/// Training sentences with the hyphen-merged variant of each sentence that has one, so
/// the models learn both EWT's split and Parley's whole hyphenated words.
func withHyphenVariants(_ sentences: [TreebankSentence]) -> [TreebankSentence] {
    var out = sentences
    for s in sentences { if let m = s.mergingHyphens() { out.append(m) } }
    return out
}

/// CPU time of the calling thread: speed per core that other processes on the machine do not skew.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
