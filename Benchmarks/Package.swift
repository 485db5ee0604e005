// swift-tools-version:6.1
import Foundation
import PackageDescription

// A path dependency's identity is the name of its folder, which is whatever the clone was called.
let parley = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

// Benchmarks live in their own package so the main build and CI stay lean.
// Run: cd Benchmarks && swift package --disable-sandbox benchmark [--target TextPipeline|Pipeline]
let package = Package(
    name: "ParleyBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "TextPipeline",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ParleyText", package: parley),
            ],
            path: "Benchmarks/TextPipeline",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "Pipeline",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ParleyPipeline", package: parley),
                .product(name: "ParleyText", package: parley),
            ],
            path: "Benchmarks/Pipeline",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
