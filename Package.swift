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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // ParleyServer (HTTP API and web page).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.4.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
    ],
    targets: [
        .target(name: "ParleyModel"),
        .target(name: "ParleyText", dependencies: ["ParleyModel"]),
        .target(name: "ParleyNLP", dependencies: ["ParleyModel", "ParleyText"]),
        .target(name: "ParleyArticle", dependencies: ["ParleyModel", "ParleyText", "ParleyNLP"]),
        .target(name: "ParleyCoding", dependencies: ["ParleyModel", "ParleyText", "ParleyNLP"]),
        .target(
            name: "ParleyPipeline",
            dependencies: ["ParleyModel", "ParleyText", "ParleyNLP", "ParleyArticle", "ParleyCoding"]),
        .target(
            name: "ParleyServer",
            dependencies: [
                "ParleyModel", "ParleyText", "ParleyPipeline",
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
                "ParleyServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel"]),
        .testTarget(name: "ParleyTextTests", dependencies: ["ParleyText"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyModel", "parley"]),
        .testTarget(
            name: "ParleyServerTests",
            dependencies: [
                "ParleyServer", "ParleyModel", "ParleyPipeline", "ParleyText", "parley",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
    ],
    swiftLanguageModes: [.v5]
)
