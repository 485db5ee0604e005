import ParleyModel

/// CAMEO codes with Goldstein score, quad class and the PLOVER mapping.
public struct CameoTable: Sendable {
    public struct Info: Sendable {
        public var label: String
        public var goldstein: Double
        public var quadClass: Int
        public var plover: PloverLabel?
    }

    private var codes: [String: Info] = [:]

    public init() {}

    public var count: Int { codes.count }

    /// Reads our table format: `code<TAB>goldstein<TAB>quad<TAB>plover type<TAB>mode<TAB>context<TAB>label`.
    public init(text: String, file: String) throws {
        for (n, raw) in text.split(separator: "\n").enumerated() {
            if raw.hasPrefix("#") { continue }
            let c = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard c.count >= 7, let g = Double(c[1]), let q = Int(c[2]) else {
                throw DictionaryError(file: file, line: n + 1, message: "expected 7 tab-separated columns")
            }
            let plover = c[3].isEmpty ? nil : PloverLabel(type: c[3], mode: c[4].isEmpty ? nil : c[4], context: c[5].isEmpty ? nil : c[5])
            codes[c[0]] = Info(label: c[6], goldstein: g, quadClass: q, plover: plover)
        }
    }

    /// The entry for `code`, falling back to its parent codes ("0234" → "023" → "02").
    public func info(_ code: String) -> Info? {
        var c = code
        while !c.isEmpty {
            if let i = codes[c] { return i }
            c.removeLast()
        }
        return nil
    }
}
