// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the readers and the tokenizer. A separate package (like Benchmarks/)
// so the main build and CI never see the fuzzer flags. Run: scripts/fuzz.sh TARGET [SECONDS]
// (it builds with -sanitize=fuzzer,address into Fuzz/.build-fuzz).

// The main package, through the symlink parley-root -> .. : a path dependency's identity is
// its folder's name, and ".." would be named after the clone (and clash with this package
// when the clone is itself called "fuzz"); the link gives it one fixed identity.
let mainPackage = "parley-root"

// Each main.swift defines LLVMFuzzerTestOneInput and, as top-level code, hands it to
// libFuzzer's driver (FuzzDriver.run). The usual recipe, -parse-as-library and libFuzzer's own
// main(), does not link with SwiftPM on Linux: it links executables with
// --defsym main=<Module>_main, a symbol that only top-level code (or @main) defines.
func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: mainPackage) })
}

let package = Package(
    name: "ParleyFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "parley-root")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CFuzzDriver", .product(name: "ParleyIngest", package: mainPackage)]),
        fuzzTarget("FuzzHTML", ["ParleyIngest"]),
        fuzzTarget("FuzzWARC", ["ParleyIngest"]),
        fuzzTarget("FuzzRSS", ["ParleyIngest"]),
        fuzzTarget("FuzzJSONL", ["ParleyIngest"]),
        fuzzTarget("FuzzTokenizer", ["ParleyText"]),
    ],
    swiftLanguageModes: [.v5]
)
