import Foundation
import HTTPTypes
import Hummingbird

/// An error the API reports to its client as `{"error": {"code", "message"}}`.
///
/// `code` is stable and machine-readable; `message` says what to do. No error ever
/// carries a stack trace or an internal type name to the client.
public struct APIError: Error, HTTPResponseError, Sendable, CustomStringConvertible {
    public let status: HTTPResponse.Status
    public let code: String
    public let message: String
    /// Extra response headers, e.g. `Retry-After` or `WWW-Authenticate`.
    public let headers: HTTPFields

    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    public var description: String { "\(status.code) \(code): \(message)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        let body = ErrorBody(error: .init(code: code, message: message))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(body)) ?? Data(#"{"error":{"code":"internal","message":"error"}}"#.utf8)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    struct ErrorBody: Codable {
        struct Detail: Codable {
            let code: String
            let message: String
        }
        let error: Detail
    }
}

extension APIError {
    static func badRequest(_ code: String, _ message: String) -> APIError {
        APIError(.badRequest, code: code, message: message)
    }

    static func notFound(_ message: String) -> APIError {
        APIError(.notFound, code: "not-found", message: message)
    }

    static func bodyTooLarge(limit: Int) -> APIError {
        APIError(
            .contentTooLarge, code: "body-too-large",
            message: "the request body is larger than the \(limit)-byte limit")
    }

    static func busy(retryAfterSeconds: Int) -> APIError {
        APIError(
            .serviceUnavailable, code: "busy",
            message: "every coding slot is taken and the waiting line is full; retry later",
            headers: [.retryAfter: String(retryAfterSeconds)])
    }

    static func timeout(_ duration: Duration) -> APIError {
        APIError(
            .serviceUnavailable, code: "timeout",
            message: "the request took longer than \(duration.components.seconds) s; retry later or send a shorter article",
            headers: [.retryAfter: "5"])
    }
}

/// Turns every error escaping a handler into the API's JSON error shape.
///
/// Hummingbird's own errors (404 for unknown routes, 413 from body collection) and any
/// unexpected error are mapped here, so no response leaves without the JSON body.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            throw APIError(
                error.status, code: Self.code(for: error.status),
                message: error.body ?? Self.message(for: error.status, path: request.uri.path),
                headers: error.headers)
        } catch let error as any HTTPResponseError {
            throw APIError(
                error.status, code: Self.code(for: error.status),
                message: Self.message(for: error.status, path: request.uri.path))
        } catch {
            context.logger.error("unexpected error: \(String(reflecting: error))")
            throw APIError(.internalServerError, code: "internal", message: "internal error; see the server log")
        }
    }

    static func code(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: return "bad-request"
        case 404: return "not-found"
        case 405: return "method-not-allowed"
        case 413: return "body-too-large"
        case 415: return "unsupported-media-type"
        case 503: return "unavailable"
        default: return status.code >= 500 ? "internal" : "error"
        }
    }

    static func message(for status: HTTPResponse.Status, path: String) -> String {
        switch status.code {
        case 404: return "no resource at \(path); see /openapi.json for the API"
        case 413: return "the request body is too large"
        default: return status.reasonPhrase
        }
    }
}
