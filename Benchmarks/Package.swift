// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in their own package so the main build and CI stay lean.
// Run: cd Benchmarks && swift package benchmark
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
                .product(name: "ParleyText", package: "main"),
            ],
            path: "Benchmarks/TextPipeline",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
