// swift-tools-version:6.0
//
// relmap: news articles in, relation maps between political actors out.
//
// The targets follow the data's way through the tool; each depends only on the stages before it:
//   RelmapCorpus         reading articles and their metadata
//   RelmapExtraction     lexicon, language, relation mentions
//   RelmapGraph          the weighted relation graph, its analytics and its file formats
//                        (nothing of extraction: usable without the language stack)
//   RelmapGraphBuilding  relation mentions into a graph: the one bridge from extraction to the graph
//   RelmapRender         Graphviz maps (in-process, through libgvc), DOT read and written
//   RelmapReport         the self-contained HTML report: map, evidence, ranking, timeline, coverage
//   relmap               the thin command line
import PackageDescription

let package = Package(
    name: "relmap",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "relmap", targets: ["relmap"]),
        .library(name: "RelmapCorpus", targets: ["RelmapCorpus"]),
        .library(name: "RelmapExtraction", targets: ["RelmapExtraction"]),
        .library(name: "RelmapGraph", targets: ["RelmapGraph"]),
        .library(name: "RelmapGraphBuilding", targets: ["RelmapGraphBuilding"]),
        .library(name: "RelmapRender", targets: ["RelmapRender"]),
        .library(name: "RelmapReport", targets: ["RelmapReport"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2")
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(
            name: "RelmapCorpus",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "RelmapExtraction",
            dependencies: ["RelmapCorpus", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/lexicon")]
        ),
        .target(name: "RelmapGraph", dependencies: ["RelmapCorpus"]),
        .target(
            name: "RelmapGraphBuilding",
            dependencies: ["RelmapExtraction", "RelmapGraph"]
        ),
        .target(
            name: "RelmapRender",
            dependencies: ["RelmapGraph", "CGraphviz", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/style.yaml")]
        ),
        .target(
            name: "RelmapReport",
            dependencies: ["RelmapCorpus", "RelmapExtraction", "RelmapGraph", "RelmapGraphBuilding", "RelmapRender"],
            // The page's template, style sheet and script, read as they are: open them to see the page.
            resources: [.copy("Resources/report.html"), .copy("Resources/report.css"), .copy("Resources/report.js")]
        ),
        .executableTarget(
            name: "relmap",
            dependencies: [
                "RelmapCorpus", "RelmapExtraction", "RelmapGraph", "RelmapGraphBuilding", "RelmapRender", "RelmapReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        .testTarget(name: "RelmapCorpusTests", dependencies: ["RelmapCorpus"]),
        .testTarget(name: "RelmapExtractionTests", dependencies: ["RelmapExtraction"]),
        // Fixtures are read by path (#filePath), not bundled.
        .testTarget(name: "RelmapGraphTests", dependencies: ["RelmapGraph"], exclude: ["Fixtures"]),
        .testTarget(name: "RelmapGraphBuildingTests", dependencies: ["RelmapGraphBuilding"]),
        .testTarget(name: "RelmapRenderTests", dependencies: ["RelmapRender"]),
        .testTarget(name: "RelmapReportTests", dependencies: ["RelmapReport", "RelmapCorpus", "RelmapExtraction", "RelmapGraph", "RelmapRender"]),
        .testTarget(name: "RelmapCLITests", dependencies: ["relmap"])
    ],
    swiftLanguageModes: [.v6]
)
