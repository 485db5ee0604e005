/// A proleptic Gregorian calendar date with the arithmetic time normalization needs.
///
/// Days are counted from 1970-01-01 (Howard Hinnant's civil-from-days algorithm), so the
/// type is exact, allocation-free and independent of Foundation's time zones.
public struct CivilDate: Sendable, Equatable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (anything after the tenth character is ignored) or `YYYYMMDD`.
    public init?(iso text: String) {
        let digits = Array(text.utf8.prefix(10)).filter { $0 >= 0x30 && $0 <= 0x39 }.map { Int($0 - 0x30) }
        guard digits.count >= 8 else { return nil }
        let y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let m = digits[4] * 10 + digits[5]
        let d = digits[6] * 10 + digits[7]
        guard (1...12).contains(m), d >= 1, d <= CivilDate.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days n: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + n) }

    /// Same day `n` months later, clamped to the month's length.
    public func adding(months n: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (index 3 from Monday)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    public var iso: String { "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))" }
    public var isoMonth: String { "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))" }
    public var isoWeekString: String {
        let w = isoWeek
        return "\(CivilDate.pad(w.year, 4))-W\(CivilDate.pad(w.week, 2))"
    }
    public var quarter: Int { (month - 1) / 3 + 1 }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
