import Dispatch
import Foundation
import HTTPTypes
import Hummingbird
import ParleyModel
import ParleyPipeline
import ParleyStore
import ParleyText

/// `POST /v1/code`: codes one article and answers with its parley/1 output.
struct CodeRoute: Sendable {
    let pipeline: Pipeline
    let gate: CodingGate
    let configuration: ServerConfiguration
    let authorization: WriteAuthorization
    let store: (any Store)?

    func handle(_ request: Request, context: some RequestContext) async throws -> Response {
        let query = QueryOptions(request)
        let wantsStore = try query.bool("store") ?? false
        let includeTokens = try query.bool("tokens") ?? false
        if wantsStore {
            try authorization.check(request)
            guard store != nil else {
                throw APIError(
                    .serviceUnavailable, code: "no-store",
                    message: "this server has no store: start it with --db to store documents")
            }
        }
        let body = try await BodyReader.read(request, limit: configuration.maxBodyBytes)
        let article = try CodeRequest.parse(
            body: body, contentType: request.headers[.contentType], query: query.values)

        let pipeline = self.pipeline
        let deadline = ContinuousClock.now.advanced(by: configuration.requestTimeout)
        let started = DispatchTime.now().uptimeNanoseconds
        let coded: (output: Output, json: [UInt8])
        do {
            coded = try await gate.run(deadline: deadline) {
                let output = try pipeline.code(
                    article.bytes, metadata: article.metadata, inputName: "request body",
                    includeTokens: includeTokens)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.withoutEscapingSlashes]
                return (output, Array(try encoder.encode(output)))
            }
        } catch CodingGate.Refusal.busy {
            ServiceMetrics.refusedBusy.increment()
            throw APIError.busy(retryAfterSeconds: 1)
        } catch CodingGate.Refusal.timeout {
            ServiceMetrics.refusedTimeout.increment()
            throw APIError.timeout(configuration.requestTimeout)
        } catch let error as TextError {
            ServiceMetrics.codingFailures.increment()
            throw APIError(.unprocessableContent, code: Self.code(for: error), message: Self.message(for: error))
        }
        ServiceMetrics.coded.increment()
        ServiceMetrics.codedBytes.increment(by: article.bytes.count)
        ServiceMetrics.codingDuration.recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - started))

        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        var status = HTTPResponse.Status.ok
        if wantsStore, let store {
            let outcome: InsertOutcome
            do {
                outcome = try await store.insert(coded.output, inputHash: nil, origin: nil, run: nil)
            } catch {
                context.logger.error("store insert failed: \(error)")
                throw APIError(.serviceUnavailable, code: "store-unavailable", message: "the document could not be stored; retry later")
            }
            ServiceMetrics.stored.increment()
            headers[.location] = "/v1/documents/\(coded.output.document.id)"
            headers[HTTPField.Name("Parley-Stored")!] = outcome == .duplicate ? "exists" : "created"
            status = outcome == .duplicate ? .ok : .created
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: coded.json)))
    }

    static func code(for error: TextError) -> String {
        switch error {
        case .empty: return "empty-text"
        case .binary: return "not-text"
        case .tooLarge: return "text-too-large"
        }
    }

    /// The pipeline's message without the internal input name.
    static func message(for error: TextError) -> String {
        switch error {
        case .empty: return "the article has no text to code"
        case .binary(_, let offset, let reason): return "the body is not text (\(reason) at byte \(offset))"
        case .tooLarge(_, let bytes, let limit): return "\(bytes) bytes is more than the \(limit)-byte limit for one document"
        }
    }
}

/// Reads a request body up to a limit, refusing early on a declared length above it.
enum BodyReader {
    static func read(_ request: Request, limit: Int) async throws -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw APIError.bodyTooLarge(limit: limit)
        }
        do {
            var buffer = try await request.body.collect(upTo: limit)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIError.bodyTooLarge(limit: limit)
        }
    }
}

/// Query parameters with typed, validated access.
struct QueryOptions: Sendable {
    let values: [String: String]

    init(_ request: Request) {
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { values[String(key)] = String(value) }
        self.values = values
    }

    subscript(_ name: String) -> String? { values[name] }

    func bool(_ name: String) throws -> Bool? {
        guard let raw = values[name] else { return nil }
        switch raw.lowercased() {
        case "true", "1", "yes", "": return true
        case "false", "0", "no": return false
        default: throw APIError.badRequest("invalid-parameter", "\(name)='\(raw)' must be true or false")
        }
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let raw = values[name] else { return nil }
        guard let value = Int(raw), range.contains(value) else {
            throw APIError.badRequest(
                "invalid-parameter", "\(name)='\(raw)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
