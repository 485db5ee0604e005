import Hummingbird

/// The store-backed read endpoints (/v1/documents, /v1/events, /v1/actors, /v1/stats).
enum StoreRoutes {
    static func add(to router: Router<BasicRequestContext>, server: ServerContext) {
        for path in ["/v1/documents", "/v1/documents/{id}", "/v1/events", "/v1/actors", "/v1/stats"] {
            router.get(RouterPath(path)) { _, _ -> Response in
                throw APIError(
                    .serviceUnavailable, code: "no-store",
                    message: "this server has no store: start it with --db to browse stored documents")
            }
        }
    }
}
