import HTTPTypes
import Hummingbird

/// Decides whether a request may write to the store.
///
/// The service is read-only by default. `--allow-writes` opens writes to everyone on the bound
/// address; otherwise a request must carry `Authorization: Bearer <PARLEY_TOKEN>`.
struct WriteAuthorization: Sendable {
    let allowWrites: Bool
    let token: String?

    func check(_ request: Request) throws {
        if allowWrites { return }
        guard let token else {
            throw APIError(
                .forbidden, code: "read-only",
                message: "this server is read-only: start it with --allow-writes or set PARLEY_TOKEN to store documents")
        }
        let header = request.headers[.authorization] ?? ""
        let prefix = "Bearer "
        guard header.hasPrefix(prefix) else {
            throw APIError(
                .unauthorized, code: "unauthorized", message: "storing needs an Authorization: Bearer token",
                headers: [.wwwAuthenticate: "Bearer realm=\"parley\""])
        }
        guard Self.constantTimeEqual(Array(header.utf8.dropFirst(prefix.utf8.count)), Array(token.utf8)) else {
            throw APIError(
                .unauthorized, code: "unauthorized", message: "the bearer token is not valid",
                headers: [.wwwAuthenticate: "Bearer realm=\"parley\", error=\"invalid_token\""])
        }
    }

    /// Compares without an early exit, so response time does not reveal how much of a token matched.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : 0
            let y = i < b.count ? b[i] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}
