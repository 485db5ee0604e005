import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ParleyServer
import Testing

@Suite struct ServiceEndpointTests {
    @Test func healthReportsStatusAndLoad() async throws {
        try await Fixture.withRouter(try Fixture.context(ServerConfiguration(maxConcurrentCoding: 3))) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            let body = try Fixture.json(response)
            #expect(body["status"] as? String == "ok")
            #expect(body["writes"] as? String == "off")
            #expect((body["coding"] as? [String: Any])?["capacity"] as? Int == 3)
        }
    }

    @Test func metricsCountCodedDocumentsInPrometheusText() async throws {
        try await Fixture.withRouter(try Fixture.context()) { client in
            _ = try await client.execute(uri: "/v1/code", method: .post, body: ByteBuffer(string: Fixture.article))
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            let text = String(buffer: response.body)
            #expect(text.contains("# TYPE parley_coded_documents_total counter"))
            let line = text.split(separator: "\n").first { $0.hasPrefix("parley_coded_documents_total ") }
            #expect((line?.split(separator: " ").last.flatMap { Int($0) } ?? 0) >= 1)
            #expect(text.contains("parley_coding_capacity"))
            #expect(text.contains("parley_coding_duration_seconds_bucket"))
        }
    }

    @Test func unknownRoutesAndMethodsGiveJSONErrors() async throws {
        try await Fixture.withRouter(try Fixture.context()) { client in
            let missing = try await client.execute(uri: "/v1/nothing", method: .get)
            #expect(missing.status == .notFound)
            #expect(try Fixture.errorCode(missing) == "not-found")
            let wrongMethod = try await client.execute(uri: "/v1/code", method: .get)
            #expect(wrongMethod.status.code >= 400 && wrongMethod.status.code < 500)
            #expect(try Fixture.errorCode(wrongMethod) != nil)
            let noFile = try await client.execute(uri: "/static/secret.txt", method: .get)
            #expect(noFile.status == .notFound)
        }
    }

    @Test func storeEndpointsWithoutAStoreAre503() async throws {
        try await Fixture.withRouter(try Fixture.context()) { client in
            for path in ["/v1/documents", "/v1/documents/abc", "/v1/events", "/v1/actors?q=kerry", "/v1/stats"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .serviceUnavailable, "\(path)")
                #expect(try Fixture.errorCode(response) == "no-store", "\(path)")
            }
        }
    }

    @Test func servesTheWebPageAndItsFiles() async throws {
        try await Fixture.withRouter(try Fixture.context()) { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'self'") == true)
            let html = String(buffer: page.body)
            #expect(html.contains("Code an article"))
            #expect(!html.contains("http://") && !html.contains("https://"), "the page must not load anything from the network")
            for file in ["app.css", "annotate.js", "code.js", "explore.js", "world.json"] {
                let response = try await client.execute(uri: "/static/\(file)", method: .get)
                #expect(response.status == .ok, "\(file)")
                #expect(html.contains("/static/\(file)") || file == "world.json", "\(file) is linked from the page")
            }
        }
    }

    @Test func openAPIDocumentDescribesEveryRoute() async throws {
        try await Fixture.withRouter(try Fixture.context()) { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(response.status == .ok)
            let body = try Fixture.json(response)
            #expect(body["openapi"] as? String == "3.1.0")
            let paths = try #require(body["paths"] as? [String: Any])
            for path in ["/v1/code", "/v1/documents", "/v1/documents/{id}", "/v1/events", "/v1/actors", "/v1/stats",
                         "/healthz", "/metrics", "/openapi.json"] {
                #expect(paths[path] != nil, "\(path) missing from openapi.json")
            }
        }
    }
}
