/// Turns the dates found in feeds, metadata and crawl records into `YYYY-MM-DD`.
///
/// Accepts ISO 8601 (`2016-02-10`, `2016-02-10T14:00:00Z`, `20160210`), RFC 822/1123 as in RSS
/// (`Wed, 10 Feb 2016 14:00:00 GMT`), and written forms (`February 10, 2016`, `10 Feb 2016`).
/// Returns nil for anything else rather than guessing.
public enum DateNormalizer {
    static let months = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    public static func normalize(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let s = String(raw.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !s.isEmpty else { return nil }
        let u = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= u.count else { return nil }
            var v = 0
            for i in r {
                guard u[i] >= 0x30 && u[i] <= 0x39 else { return nil }
                v = v * 10 + Int(u[i] - 0x30)
            }
            return v
        }
        if let y = digits(0..<4) {
            if u.count >= 10, u[4] == 0x2D || u[4] == 0x2F, let m = digits(5..<7), let d = digits(8..<10) {
                return format(y, m, d)
            }
            if u.count >= 8, let m = digits(4..<6), let d = digits(6..<8), u.count == 8 || !(u[8] >= 0x30 && u[8] <= 0x39) {
                return format(y, m, d)
            }
        }
        // Written forms: split into words of letters and numbers.
        var words: [String] = []
        var current = ""
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
            if words.count > 8 { break }
        }
        if !current.isEmpty { words.append(current) }
        var day: Int?
        var month: Int?
        var year: Int?
        for w in words {
            if month == nil, w.count >= 3, let m = months[String(w.prefix(3))], w.allSatisfy(\.isLetter) {
                month = m
            } else if let n = Int(w) {
                if n >= 1000 && year == nil {
                    year = n
                } else if n >= 1 && n <= 31 && day == nil && year == nil {
                    day = n
                }
            } else if day == nil, w.count > 2, let n = Int(w.dropLast(2)), ["st", "nd", "rd", "th"].contains(String(w.suffix(2))) {
                day = n
            }
            if day != nil && month != nil && year != nil { break }
        }
        guard let y = year, let m = month, let d = day else { return nil }
        return format(y, m, d)
    }

    /// The number of days of month `m` (1–12) of year `y` in the Gregorian calendar.
    public static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1000...2999).contains(y), (1...12).contains(m), d >= 1, d <= daysInMonth(y, m) else { return nil }
        let pad = { (v: Int) in v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(pad(m))-\(pad(d))"
    }
}
