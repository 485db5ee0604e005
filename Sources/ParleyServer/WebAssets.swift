import Foundation
import HTTPTypes
import Hummingbird

/// The web page's files and the OpenAPI document, read once from the target's resources.
///
/// Everything the page needs ships inside the binary's resource bundle: no CDN, no network.
public struct WebAssets: Sendable {
    public struct File: Sendable {
        public let bytes: [UInt8]
        public let contentType: String
    }

    /// Files by name ("index.html", "app.js", "openapi.json").
    public let files: [String: File]

    public init(files: [String: File]) {
        self.files = files
    }

    /// Loads `Resources/web/*` and `Resources/openapi.json` from the bundle.
    public static func bundled() throws -> WebAssets {
        guard let root = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw AssetError(message: "the ParleyServer resource bundle has no Resources directory")
        }
        var files: [String: File] = [:]
        let web = root.appendingPathComponent("web")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: web.path)) ?? []
        for name in names where !name.hasPrefix(".") {
            let data = try Data(contentsOf: web.appendingPathComponent(name))
            files[name] = File(bytes: Array(data), contentType: contentType(of: name))
        }
        let openAPI = try Data(contentsOf: root.appendingPathComponent("openapi.json"))
        files["openapi.json"] = File(bytes: Array(openAPI), contentType: "application/json; charset=utf-8")
        guard files["index.html"] != nil else {
            throw AssetError(message: "the ParleyServer resource bundle has no web/index.html")
        }
        return WebAssets(files: files)
    }

    struct AssetError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static func contentType(of name: String) -> String {
        switch name.split(separator: ".").last.map(String.init) ?? "" {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "ico": return "image/x-icon"
        default: return "application/octet-stream"
        }
    }

    /// The response for `name`, or nil when there is no such file.
    func response(_ name: String) -> Response? {
        guard let file = files[name] else { return nil }
        var headers: HTTPFields = [
            .contentType: file.contentType,
            .cacheControl: "no-cache",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        ]
        if file.contentType.hasPrefix("text/html") {
            headers[HTTPField.Name("Content-Security-Policy")!] =
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'"
            headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }
}
