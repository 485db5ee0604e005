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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "ParleyModel"),
        .target(name: "ParleyText", dependencies: ["ParleyModel"]),
        .target(
            name: "ParleyNLP", dependencies: ["ParleyModel", "ParleyText"],
            resources: [.copy("Resources")],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]),
        .target(name: "ParleyArticle", dependencies: ["ParleyModel", "ParleyText", "ParleyNLP"]),
        .target(
            name: "ParleyCoding", dependencies: ["ParleyModel", "ParleyText", "ParleyNLP"],
            resources: [.copy("Resources")],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]),
        .target(
            name: "ParleyPipeline",
            dependencies: ["ParleyModel", "ParleyText", "ParleyNLP", "ParleyArticle", "ParleyCoding"]),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyPipeline",
                "ParleyCoding",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel"]),
        .testTarget(name: "ParleyTextTests", dependencies: ["ParleyText"]),
        .testTarget(name: "ParleyNLPTests", dependencies: ["ParleyNLP", "ParleyText", "ParleyModel"]),
        .testTarget(name: "ParleyCodingTests", dependencies: ["ParleyCoding", "ParleyNLP", "ParleyText", "ParleyModel"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyModel", "parley"]),
    ],
    swiftLanguageModes: [.v5]
)
