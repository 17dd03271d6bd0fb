// swift-tools-version:6.0
//
// relmap's fuzz targets: one libFuzzer executable per input format, kept out of the main
// package so that `swift build` and `swift test` there never build them. Build and run them with
// `bash scripts/fuzz.sh [SECONDS]`, which passes `-Xswiftc -sanitize=fuzzer,address`.
//
// Each target hands the fuzzer's bytes to relmap's public reading API (through a temporary file
// where that API reads paths). A thrown error is a pass; a crash, a leak, a hang or memory past
// the limit is a finding.
import PackageDescription

let formats: [(name: String, libraries: [String])] = [
    ("fuzz-article", ["RelmapCorpus", "RelmapExtraction"]),
    ("fuzz-jsonl", ["RelmapCorpus"]),
    ("fuzz-frontmatter", ["RelmapCorpus"]),
    ("fuzz-graphjson", ["RelmapGraph", "RelmapRender"]),
    ("fuzz-lexicon", ["RelmapCorpus", "RelmapExtraction"]),
    ("fuzz-style", ["RelmapRender"]),
    ("fuzz-graphml", ["RelmapGraph", "RelmapRender"]),
    ("fuzz-gexf", ["RelmapGraph", "RelmapRender"]),
    ("fuzz-csv", ["RelmapGraph", "RelmapRender"]),
    ("fuzz-dot", ["RelmapGraph", "RelmapRender"]),
    ("fuzz-render", ["RelmapGraph", "RelmapRender"]),
]

let package = Package(
    name: "relmap-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "relmap", path: "..")],
    targets: [
        // libFuzzer's entry point, declared for Swift: each target's `main` hands it the arguments.
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "RelmapGraph", package: "relmap"),
                                                    .product(name: "RelmapRender", package: "relmap")]),
    ] + formats.map { format in
        .executableTarget(
            name: format.name,
            dependencies: ["FuzzSupport"] + format.libraries.map { .product(name: $0, package: "relmap") })
    },
    swiftLanguageModes: [.v6]
)
