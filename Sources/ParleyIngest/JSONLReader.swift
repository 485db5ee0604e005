import Foundation
import ParleyText

/// News-please / common-crawler JSON Lines: one article object per line with `title`,
/// `maintext` or `text`, `date_publish` or `date`, `url`, `source_domain` or `source`, `language`.
/// Gzip-compressed files are read transparently.
public struct JSONLReader: ArticleReader {
    public let path: String

    public init(path: String) { self.path = path }

    public func read(_ emit: (Result<RawArticle, IngestError>) throws -> Void) throws {
        var reader = BufferedReader(try InputSource.open(path))
        var record = 0
        while true {
            let offset = reader.offset
            let line: [UInt8]?
            do {
                line = try reader.nextLine()
            } catch let e as SourceError {
                try emit(.failure(IngestError(origin: RecordOrigin(file: path, record: record + 1, offset: offset), code: "truncated-gzip", message: e.description)))
                return
            }
            guard let line else { return }
            record += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let origin = RecordOrigin(file: path, record: record, offset: offset)
            try emit(Self.parse(line, origin: origin))
        }
    }

    /// One line to an article, or the reason it is not one.
    public static func parse(_ line: [UInt8], origin: RecordOrigin) -> Result<RawArticle, IngestError> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            return .failure(IngestError(origin: origin, code: "invalid-json", message: "not a JSON object: \(shortReason(error))"))
        }
        guard let dict = object as? [String: Any] else {
            return .failure(IngestError(origin: origin, code: "invalid-json", message: "the line is JSON but not an object"))
        }
        func field(_ names: String...) -> String? {
            for n in names {
                if let s = dict[n] as? String, !s.trimmingSpaces.isEmpty { return s }
                if let v = dict[n] as? NSNumber { return v.stringValue }
            }
            return nil
        }
        guard let text = field("maintext", "text", "content", "body") else {
            return .failure(IngestError(origin: origin, code: "no-text", message: "no 'maintext' or 'text' field with text"))
        }
        return .success(
            RawArticle(
                title: field("title")?.trimmingSpaces, text: text,
                date: DateNormalizer.normalize(field("date_publish", "date", "published", "date_modify")),
                url: field("url"), source: field("source_domain", "source"), language: field("language"),
                origin: origin))
    }

    static func shortReason(_ error: Error) -> String {
        let s = "\(error)"
        return s.count > 160 ? String(s.prefix(160)) + "…" : s
    }
}
