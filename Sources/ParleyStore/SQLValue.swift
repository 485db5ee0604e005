/// A value bound to an SQL parameter, the same for both backends.
public enum SQLValue: Sendable, Equatable {
    case text(String)
    case int(Int64)
    case double(Double)
    case null

    static func of(_ s: String?) -> SQLValue { s.map { .text($0) } ?? .null }
    static func of(_ i: Int?) -> SQLValue { i.map { .int(Int64($0)) } ?? .null }
    static func of(_ d: Double?) -> SQLValue { d.map { .double($0) } ?? .null }
}

/// Reads a column of a result row by name; each backend adapts its row type.
protocol RowReader {
    func string(_ column: String) -> String?
    func int(_ column: String) -> Int?
    func double(_ column: String) -> Double?
}

/// A WHERE clause built from filters, with `?` placeholders (PostgreSQL renumbers them).
struct SQLFilter {
    var clauses: [String] = []
    var values: [SQLValue] = []

    mutating func add(_ clause: String, _ vals: SQLValue...) {
        clauses.append(clause)
        values.append(contentsOf: vals)
    }

    var sql: String { clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ") }

    /// Rewrites `?` placeholders as `$1, $2, …` for PostgreSQL. The store's SQL has no `?` in literals.
    static func numbered(_ sql: String) -> String {
        var out = ""
        out.reserveCapacity(sql.count + 16)
        var n = 0
        for ch in sql {
            if ch == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
