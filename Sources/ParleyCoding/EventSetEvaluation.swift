import ParleyModel

/// Article-level event-set scoring: an event is (source country, target country, CAMEO root);
/// consult events (root 04) match in either direction; each gold event matches at most once,
/// and a key repeated in the output (both directions of a meeting) counts once.
public enum EventSetEvaluation {
    /// The comparable key of one event.
    public struct Key: Hashable, Sendable, CustomStringConvertible {
        public var source: String
        public var target: String
        public var root: String

        public init(source: String?, target: String?, root: String) {
            self.source = Self.country(source)
            self.target = Self.country(target)
            self.root = String(root.prefix(2))
            if self.root == "04" && self.target < self.source { swap(&self.source, &self.target) }
        }

        /// "USAGOV" → "USA"; IGO and NGO codes keep their organization ("IGOUNO").
        static func country(_ code: String?) -> String {
            guard let c = code, !c.isEmpty else { return "---" }
            if c.hasPrefix("IGO") || c.hasPrefix("NGO") || c.hasPrefix("IMG") { return String(c.prefix(6)) }
            return String(c.prefix(3))
        }

        public var description: String { "\(source)/\(target)/\(root)" }
    }

    public struct Score: Sendable {
        public var matched: [Key]
        public var missed: [Key]
        public var spurious: [Key]
        /// Coded events the gold lists as acceptable but not required: right, yet not missed when absent.
        public var accepted: [Key] = []
        public var precision: Double {
            let right = matched.count + accepted.count
            return Double(right) / Double(max(1, right + spurious.count))
        }
        public var recall: Double { Double(matched.count) / Double(max(1, matched.count + missed.count)) }
    }

    public static func keys(_ events: [Event]) -> [Key] {
        events.map { Key(source: $0.source?.actor, target: $0.target?.actor, root: $0.root) }
    }

    /// Scores `coded` against the required `gold` events; a coded event that matches none of
    /// them but is listed in `acceptable` counts for precision and not against recall.
    public static func score(gold: [Key], coded: [Key], acceptable: [Key] = []) -> Score {
        var remaining: [Key: Int] = [:]
        for g in gold { remaining[g, default: 0] += 1 }
        var matched: [Key] = []
        var spurious: [Key] = []
        var accepted: [Key] = []
        for c in coded {
            if let n = remaining[c], n > 0 {
                remaining[c] = n - 1
                matched.append(c)
            } else if matched.contains(c) || spurious.contains(c) || accepted.contains(c) {
                continue
            } else if acceptable.contains(c) {
                accepted.append(c)
            } else {
                spurious.append(c)
            }
        }
        let missed = remaining.flatMap { k, n in Array(repeating: k, count: n) }.sorted { $0.description < $1.description }
        return Score(matched: matched, missed: missed, spurious: spurious, accepted: accepted)
    }
}
