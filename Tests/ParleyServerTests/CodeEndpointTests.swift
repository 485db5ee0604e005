import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ParleyServer
import Testing

@Suite struct CodeEndpointTests {
    @Test func codesPlainTextWithQueryMetadata() async throws {
        try await Fixture.withRouter(try Fixture.context()) { client in
            let response = try await client.execute(
                uri: "/v1/code?date=2016-02-10&source=Wire", method: .post,
                headers: [.contentType: "text/plain; charset=utf-8"], body: ByteBuffer(string: Fixture.article))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let body = try Fixture.json(response)
            #expect(body["schema"] as? String == "parley/1")
            let document = try #require(body["document"] as? [String: Any])
            #expect(document["date"] as? String == "2016-02-10")
            #expect(document["source"] as? String == "Wire")
            #expect((body["text"] as? String)?.contains("Sergei Lavrov") == true)
            #expect(((body["sentences"] as? [Any])?.count ?? 0) >= 2)
            #expect(body["tokens"] == nil || body["tokens"] is NSNull)
        }
    }

    @Test func codesJSONBodyAndIncludesTokensOnRequest() async throws {
        try await Fixture.withRouter(try Fixture.context()) { client in
            let request = #"{"text": "Kerry met Lavrov in Munich.", "date": "2016-02-11", "url": "https://example.org/a"}"#
            let response = try await client.execute(
                uri: "/v1/code?tokens=true", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: request))
            #expect(response.status == .ok)
            let body = try Fixture.json(response)
            let document = try #require(body["document"] as? [String: Any])
            #expect(document["date"] as? String == "2016-02-11")
            #expect(document["url"] as? String == "https://example.org/a")
            #expect(((body["tokens"] as? [Any])?.count ?? 0) >= 6)
        }
    }

    @Test func codesHTMLWithoutMarkupOrScripts() async throws {
        let page = """
            <!DOCTYPE html><html><head><title>Talks resume</title><script>var x = "<p>hidden</p>";</script></head>
            <body><nav>Home | World</nav><p>Kerry met Lavrov &amp; aides in Munich.</p><p>They spoke for two hours.</p></body></html>
            """
        try await Fixture.withRouter(try Fixture.context()) { client in
            for contentType in ["text/html", "text/plain"] {
                let response = try await client.execute(
                    uri: "/v1/code", method: .post, headers: [.contentType: contentType], body: ByteBuffer(string: page))
                #expect(response.status == .ok)
                let text = try #require(try Fixture.json(response)["text"] as? String)
                #expect(text.contains("Kerry met Lavrov & aides in Munich."))
                #expect(text.contains("They spoke for two hours."))
                #expect(!text.contains("<"))
                #expect(!text.contains("hidden"))
                #expect(!text.contains("Home | World"))
            }
            let json = try await client.execute(
                uri: "/v1/code", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"html": "<p>Kerry <b>met</b> Lavrov.</p>"}"#))
            #expect(try Fixture.json(json)["text"] as? String == "Kerry met Lavrov.")
        }
    }

    @Test(arguments: [
        ("text/plain", "", "empty-body", 400),
        ("application/json", "{not json", "invalid-json", 400),
        ("application/json", "[1, 2]", "invalid-json", 400),
        ("application/json", #"{"date": "2016-02-10"}"#, "missing-text", 400),
        ("application/json", #"{"text": "a", "html": "<p>a</p>"}"#, "ambiguous-body", 400),
        ("application/json", #"{"text": "Kerry spoke.", "date": "2016-02-30"}"#, "invalid-date", 400),
        ("application/json", #"{"text": 42}"#, "invalid-json", 400),
        ("application/json", #"{"text": "   "}"#, "empty-text", 422),
        ("image/png", "Kerry spoke.", "unsupported-media-type", 415),
    ])
    func rejectsBadBodies(contentType: String, body: String, code: String, status: Int) async throws {
        try await Fixture.withRouter(try Fixture.context()) { client in
            let response = try await client.execute(
                uri: "/v1/code", method: .post, headers: [.contentType: contentType], body: ByteBuffer(string: body))
            #expect(Int(response.status.code) == status)
            #expect(try Fixture.errorCode(response) == code)
            let error = try #require(try Fixture.json(response)["error"] as? [String: Any])
            #expect((error["message"] as? String)?.isEmpty == false)
        }
    }

    @Test func rejectsBinaryBodyAs422() async throws {
        try await Fixture.withRouter(try Fixture.context()) { client in
            let response = try await client.execute(
                uri: "/v1/code", method: .post, headers: [.contentType: "application/octet-stream"],
                body: ByteBuffer(bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00]))
            #expect(response.status == .unprocessableContent)
            #expect(try Fixture.errorCode(response) == "not-text")
        }
    }

    @Test func rejectsBadQueryParameters() async throws {
        try await Fixture.withRouter(try Fixture.context()) { client in
            let badFlag = try await client.execute(
                uri: "/v1/code?store=maybe", method: .post, body: ByteBuffer(string: "Kerry spoke."))
            #expect(badFlag.status == .badRequest)
            #expect(try Fixture.errorCode(badFlag) == "invalid-parameter")
            let badDate = try await client.execute(
                uri: "/v1/code?date=10.02.2016", method: .post, body: ByteBuffer(string: "Kerry spoke."))
            #expect(try Fixture.errorCode(badDate) == "invalid-date")
        }
    }

    @Test func refusesBodiesOverTheDefaultFiveMegabytes() async throws {
        let limit = ServerConfiguration().maxBodyBytes
        #expect(limit == 5 * 1024 * 1024)
        try await Fixture.withRouter(try Fixture.context()) { client in
            let big = ByteBuffer(repeating: UInt8(ascii: "a"), count: limit + 1)
            let response = try await client.execute(uri: "/v1/code", method: .post, body: big)
            #expect(response.status == .contentTooLarge)
            #expect(try Fixture.errorCode(response) == "body-too-large")
        }
    }

    @Test func refusesBodiesOverAConfiguredLimit() async throws {
        let context = try Fixture.context(ServerConfiguration(maxBodyBytes: 100))
        try await Fixture.withRouter(context) { client in
            let ok = try await client.execute(uri: "/v1/code", method: .post, body: ByteBuffer(string: "Kerry spoke in Munich."))
            #expect(ok.status == .ok)
            let tooBig = try await client.execute(
                uri: "/v1/code", method: .post, body: ByteBuffer(string: String(repeating: "Kerry spoke. ", count: 20)))
            #expect(tooBig.status == .contentTooLarge)
            #expect(try Fixture.errorCode(tooBig) == "body-too-large")
        }
    }
}
