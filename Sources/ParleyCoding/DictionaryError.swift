/// A dictionary file that could not be read, naming the file and line.
public struct DictionaryError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// Parses a date bound of a dated code: `950601` (yymmdd) or `19950601` or `2005-11-22`.
func parseDictionaryDate(_ s: Substring) -> Int? { parseDictionaryDate(ArraySlice(s.utf8)) }

func parseDictionaryDate(_ s: ArraySlice<UInt8>) -> Int? {
    var v = 0
    var count = 0
    for b in s where b != UInt8(ascii: "-") {
        guard b &- 48 < 10, count < 9 else { return nil }
        v = v * 10 + Int(b &- 48)
        count += 1
    }
    switch count {
    case 8: return v
    case 6:
        let yy = v / 10000
        return (yy < 30 ? 2000 + yy : 1900 + yy) * 10000 + v % 10000
    case 4: return v * 10000 + 101
    default: return nil
    }
}

/// Strips a `#` comment from a dictionary line.
func stripComment(_ line: Substring) -> Substring {
    if let h = line.firstIndex(of: "#") { return line[..<h] }
    return line
}
