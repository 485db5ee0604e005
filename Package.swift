// swift-tools-version:6.0
import PackageDescription

// Layering (see docs/architecture.md): each target imports only the ones above it.
// The core targets (Model, Text, NLP, Article, Coding, Pipeline) have no server or
// database dependencies so that they and their tests build in well under a minute.
let package = Package(
    name: "Parley",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyPipeline", targets: ["ParleyPipeline"]),
        .library(name: "ParleyText", targets: ["ParleyText"]),
        // For the fuzz targets in Fuzz/ (a separate package, like Benchmarks/).
        .library(name: "ParleyIngest", targets: ["ParleyIngest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // store: SQLite and PostgreSQL backends (ParleyStore only, never the core targets)
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        // ParleyServer (HTTP API and web page).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.4.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
    ],
    targets: [
        .target(name: "ParleyModel"),
        .target(name: "ParleyText", dependencies: ["ParleyModel"]),
        // a header-only C shim: the cache prefetch hint Swift lacks
        .systemLibrary(name: "CPrefetch"),
        .target(
            name: "ParleyNLP", dependencies: ["ParleyModel", "ParleyText", "CPrefetch"],
            resources: [.copy("Resources")],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]),
        .target(
            name: "ParleyArticle", dependencies: ["ParleyModel", "ParleyText", "ParleyNLP"],
            resources: [.copy("Resources")]),
        .target(
            name: "ParleyCoding", dependencies: ["ParleyModel", "ParleyText", "ParleyNLP"],
            resources: [.copy("Resources")],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]),
        .target(
            name: "ParleyPipeline",
            dependencies: ["ParleyModel", "ParleyText", "ParleyNLP", "ParleyArticle", "ParleyCoding"]),
        // store: system zlib (gzip/WARC) and libxml2 (tolerant HTML parser) for the readers
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "ParleyIngest", dependencies: ["ParleyModel", "ParleyText", "CZlib", "CLibXML2"]),
        .target(
            name: "ParleyStore",
            dependencies: [
                "ParleyModel", "ParleyText", "ParleyPipeline", "ParleyIngest",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "ParleyServer",
            dependencies: [
                "ParleyModel", "ParleyText", "ParleyPipeline", "ParleyIngest", "ParleyStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Resources")]),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyPipeline",
                "ParleyCoding",
                "ParleyServer",
                "ParleyIngest",
                "ParleyStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Subprocesses for the tests that run the built binary, servers and tools.
        .target(name: "ParleyTestSupport", path: "Tests/ParleyTestSupport"),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel"]),
        .testTarget(name: "ParleyTextTests", dependencies: ["ParleyText"]),
        .testTarget(name: "ParleyNLPTests", dependencies: ["ParleyNLP", "ParleyText", "ParleyModel"]),
        .testTarget(name: "ParleyCodingTests", dependencies: ["ParleyCoding", "ParleyNLP", "ParleyArticle", "ParleyText", "ParleyModel"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyModel", "parley", "ParleyTestSupport"]),
        .testTarget(name: "ParleyArticleTests", dependencies: ["ParleyArticle", "ParleyNLP", "ParleyText", "ParleyModel"]),
        .testTarget(name: "ParleyIngestTests", dependencies: ["ParleyIngest", "ParleyModel", "ParleyText", "ParleyTestSupport"]),
        .testTarget(
            name: "ParleyStoreTests",
            dependencies: [
                "ParleyStore", "ParleyIngest", "ParleyPipeline", "ParleyModel", "ParleyTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "ParleyServerTests",
            dependencies: [
                "ParleyServer", "ParleyModel", "ParleyPipeline", "ParleyText", "parley", "ParleyTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
    ],
    swiftLanguageModes: [.v5]
)
