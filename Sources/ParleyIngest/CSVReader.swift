import ParleyText

/// CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) with a header row
/// naming the columns `id, date, title, text, url` (others, such as `source`, are kept when known).
public struct CSVReader: ArticleReader {
    public let path: String
    /// A quoted field may span lines, but not more than this many bytes.
    static let maxRecord = 16 << 20

    public init(path: String) { self.path = path }

    public func read(_ emit: (Result<RawArticle, IngestError>) throws -> Void) throws {
        var reader = BufferedReader(try InputSource.open(path))
        var header: [String]?
        var record = 0
        while true {
            let offset = reader.offset
            guard var bytes = try reader.nextLine() else { return }
            // Join physical lines while a quote is open.
            while Self.quoteOpen(bytes), bytes.count < Self.maxRecord, let more = try reader.nextLine() {
                bytes.append(0x0A)
                bytes.append(contentsOf: more)
            }
            if bytes.isEmpty { continue }
            let origin = RecordOrigin(file: path, record: record + 1, offset: offset)
            if Self.quoteOpen(bytes) {
                record += 1
                try emit(.failure(IngestError(origin: origin, code: "bad-csv", message: "a quoted field is never closed")))
                continue
            }
            let fields = Self.split(bytes)
            guard let names = header else {
                header = fields.map { $0.trimmingSpaces.lowercased() }
                if !(header!.contains("text") || header!.contains("maintext")) {
                    throw IngestError(
                        origin: RecordOrigin(file: path, record: 0, offset: 0), code: "bad-csv",
                        message: "the header row has no 'text' column (expected id,date,title,text,url)")
                }
                continue
            }
            record += 1
            var values: [String: String] = [:]
            for (i, name) in names.enumerated() where i < fields.count { values[name] = fields[i] }
            guard let text = values["text"] ?? values["maintext"], !text.trimmingSpaces.isEmpty else {
                try emit(.failure(IngestError(origin: RecordOrigin(file: path, record: record, offset: offset), code: "no-text", message: "the 'text' column is empty")))
                continue
            }
            try emit(
                .success(
                    RawArticle(
                        title: values["title"].map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }, text: text,
                        date: DateNormalizer.normalize(values["date"]), url: values["url"].flatMap { $0.isEmpty ? nil : $0 },
                        source: values["source"].flatMap { $0.isEmpty ? nil : $0 }, language: values["language"],
                        origin: RecordOrigin(file: path, record: record, offset: offset))))
        }
    }

    static func quoteOpen(_ bytes: [UInt8]) -> Bool {
        var open = false
        for b in bytes where b == 0x22 { open.toggle() }
        return open
    }

    /// Splits one record into fields.
    public static func split(_ bytes: [UInt8]) -> [String] {
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(b)
                }
            } else if b == 0x22 {
                quoted = true
            } else if b == 0x2C {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else {
                field.append(b)
            }
            i += 1
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}
