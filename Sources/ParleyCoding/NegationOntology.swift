/// What a negated verb codes to, read from PETRARCH-2's internal coding ontology
/// (`PETR.Internal.Coding.Ontology.txt`: `CODE:value`, values as sums of hex terms, where
/// adding 0xFFFF negates: "not disapprove" 110 = 0xFFFF+0x0080 ↔ 050 = 0x0080).
///
/// Used by the PETRARCH front-end only; Parley's own output keeps the code and sets `negated`.
public struct NegationOntology: Sendable {
    private var negation: [String: String] = [:]

    public init(text: String) {
        var byValue: [Int: String] = [:]
        var values: [String: Int] = [:]
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: " ")
            if line.hasPrefix("#") || !line.contains(":") { continue }
            let parts = line.split(separator: ":", maxSplits: 1)
            let code = String(parts[0])
            guard code.allSatisfy(\.isNumber), parts.count == 2 else { continue }
            let expr = parts[1].split(separator: "#").first.map(String.init) ?? ""
            guard let v = Self.evaluate(expr) else { continue }
            values[code] = v
            if byValue[v] == nil { byValue[v] = code }
        }
        for (code, v) in values {
            let candidates = v >= 0xFFFF || v <= -0xFFFF ? [v - 0xFFFF, v + 0xFFFF] : [v + 0xFFFF, v - 0xFFFF]
            for c in candidates {
                if let other = byValue[c] {
                    negation[code] = other
                    break
                }
            }
        }
    }

    /// The code of the negated event, or nil when the ontology has none.
    public func negate(_ code: String) -> String? { negation[code] }

    static func evaluate(_ expr: String) -> Int? {
        var total = 0
        var sign = 1
        var current = ""
        var any = false
        func flush() -> Bool {
            guard !current.isEmpty else { return true }
            let hex = current.lowercased().hasPrefix("0x") ? String(current.dropFirst(2)) : current
            guard let v = Int(hex, radix: 16) else { return false }
            total += sign * v
            any = true
            current = ""
            return true
        }
        for ch in expr where ch != " " && ch != "\t" {
            if ch == "+" || ch == "-" {
                guard flush() else { return nil }
                sign = ch == "-" ? -1 : 1
            } else {
                current.append(ch)
            }
        }
        guard flush(), any else { return nil }
        return total
    }
}
