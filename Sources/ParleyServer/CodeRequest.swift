import Foundation
import Hummingbird
import ParleyIngest
import ParleyText

/// One article to code, read from a `POST /v1/code` request.
///
/// The body is plain text, HTML (`Content-Type: text/html`, or a body that starts like a page),
/// or JSON `{text | html, date, source, url, title}`. For text and HTML bodies the metadata comes
/// from the query (`?date=&source=&url=&title=`).
struct CodeRequest: Sendable {
    var bytes: [UInt8]
    var metadata: ArticleMetadata
    /// `text`, `html` or `json`: what the body was read as.
    var format: String

    struct JSONBody: Decodable {
        var text: String?
        var html: String?
        var date: String?
        var source: String?
        var url: String?
        var title: String?
    }

    static func parse(body: [UInt8], contentType: String?, query: [String: String]) throws -> CodeRequest {
        let mediaType = (contentType ?? "").split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        } ?? ""
        if mediaType == "application/json" || mediaType.hasSuffix("+json") {
            return try parseJSON(body)
        }
        guard !body.isEmpty else {
            throw APIError.badRequest("empty-body", "the request body is empty: send the article text, HTML or JSON")
        }
        var metadata = ArticleMetadata(
            title: query["title"], date: query["date"], source: query["source"], url: query["url"])
        try validate(&metadata)
        if mediaType == "text/html" || mediaType == "application/xhtml+xml" || looksLikeHTML(body) {
            return fromHTML(body, metadata: metadata, format: "html")
        }
        if !mediaType.isEmpty, !mediaType.hasPrefix("text/"), mediaType != "application/octet-stream",
            mediaType != "application/x-www-form-urlencoded"
        {
            throw APIError(
                .unsupportedMediaType, code: "unsupported-media-type",
                message: "Content-Type \(mediaType) is not supported: send text/plain, text/html or application/json")
        }
        return CodeRequest(bytes: body, metadata: metadata, format: "text")
    }

    static func parseJSON(_ body: [UInt8]) throws -> CodeRequest {
        let decoded: JSONBody
        do {
            decoded = try JSONDecoder().decode(JSONBody.self, from: Data(body))
        } catch let error as DecodingError {
            throw APIError.badRequest("invalid-json", "the JSON body cannot be read: \(describe(error))")
        } catch {
            throw APIError.badRequest("invalid-json", "the JSON body cannot be read")
        }
        var metadata = ArticleMetadata(
            title: decoded.title, date: decoded.date, source: decoded.source, url: decoded.url)
        try validate(&metadata)
        switch (decoded.text, decoded.html) {
        case (let text?, nil):
            return CodeRequest(bytes: Array(text.utf8), metadata: metadata, format: "json")
        case (nil, let html?):
            return fromHTML(Array(html.utf8), metadata: metadata, format: "json")
        case (nil, nil):
            throw APIError.badRequest("missing-text", "the JSON body needs a \"text\" or an \"html\" field")
        case (_?, _?):
            throw APIError.badRequest("ambiguous-body", "give either \"text\" or \"html\", not both")
        }
    }

    /// The article in an HTML page: ParleyIngest's content extractor (main text, title, date,
    /// site name), or every readable text of the markup when the extractor finds no article.
    /// Metadata given with the request wins over the page's own.
    static func fromHTML(_ html: [UInt8], metadata: ArticleMetadata, format: String) -> CodeRequest {
        let origin = RecordOrigin(file: "request body", record: 1, offset: 0)
        if case .success(var article) = HTMLReader.article(html, origin: origin, url: metadata.url, date: metadata.date) {
            article.title = metadata.title ?? article.title
            article.source = metadata.source ?? article.source
            if let date = article.date, !isCalendarDate(date) { article.date = nil }
            return CodeRequest(bytes: article.pipelineInput, metadata: article.metadata, format: format)
        }
        return CodeRequest(bytes: Array(HTMLText.extract(html).utf8), metadata: metadata, format: format)
    }

    static func validate(_ metadata: inout ArticleMetadata) throws {
        if let date = metadata.date {
            if date.isEmpty {
                metadata.date = nil
            } else if !isCalendarDate(date) {
                throw APIError.badRequest("invalid-date", "date '\(date)' is not a valid date in the form YYYY-MM-DD")
            }
        }
        for (name, value) in [("source", metadata.source), ("url", metadata.url), ("title", metadata.title)] {
            if let value, value.utf8.count > 2048 {
                throw APIError.badRequest("invalid-\(name)", "\(name) is longer than 2048 bytes")
            }
        }
    }

    /// True for `YYYY-MM-DD` naming a real day.
    static func isCalendarDate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m)
        else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return (1...days).contains(d)
    }

    /// A body starting with `<!doctype html`, `<html` or `<body` (after white space) is a page.
    static func looksLikeHTML(_ body: [UInt8]) -> Bool {
        let start = body.prefix(512).drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF })
        let head = String(decoding: start.prefix(16), as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<body")
            || head.hasPrefix("<head")
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "field \(path.isEmpty ? "(top level)" : path) has the wrong type"
        case .keyNotFound(let key, _):
            return "field \(key.stringValue) is missing"
        case .dataCorrupted(let context):
            return context.debugDescription.isEmpty ? "not valid JSON" : "not valid JSON (\(context.debugDescription))"
        @unknown default:
            return "not valid JSON"
        }
    }
}
