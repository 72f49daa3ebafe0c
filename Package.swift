// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "GovNet",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GovNet", targets: ["GovNet"]),
        .library(name: "GovNetGraphviz", targets: ["GovNetGraphviz"]),
        .library(name: "GovNetReport", targets: ["GovNetReport"]),
        .executable(name: "govnet", targets: ["govnet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Excel workbooks (.xlsx) are ZIP packages; on Linux ZIPFoundation inflates with the system zlib.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // SHA-256 of the report's inline script and style for its content security policy.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Pure Swift core: model, formats, graph engine, algorithms, analyses. No C, no printing.
        // Debug builds (and so every test run) check the graph's CSR invariants on construction.
        .target(name: "GovNet", dependencies: ["Yams", "ZIPFoundation"],
                swiftSettings: [.define("GOVNET_INTERNAL_CHECKS", .when(configuration: .debug))]),
        // libgraphviz (Debian libgraphviz-dev); only GovNetGraphviz imports it.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc",
                       providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]),
        .target(name: "GovNetGraphviz", dependencies: ["GovNet", "CGraphviz"]),
        .target(name: "GovNetReport", dependencies: ["GovNet", "GovNetGraphviz", .product(name: "Crypto", package: "swift-crypto")]),
        .executableTarget(name: "govnet", dependencies: [
            "GovNet", "GovNetGraphviz", "GovNetReport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], plugins: ["CommitStamp"]),
        // Bakes the commit govnet is built from into it (`govnet --version`).
        .plugin(name: "CommitStamp", capability: .buildTool()),
        // Release-build benchmark: `swift run -c release govnet-bench`.
        .executableTarget(name: "govnet-bench", dependencies: ["GovNet"], path: "Sources/GovNetBenchmarks"),
        // Render stress driver (scripts/stress/render-stress.sh): every render-test job, shuffled, beside busy threads.
        .executableTarget(name: "govnet-render-stress", dependencies: ["GovNet", "GovNetGraphviz"],
                          path: "Sources/GovNetRenderStress"),
        .target(name: "GovNetTestSupport", dependencies: ["GovNet"], path: "Tests/GovNetTestSupport"),
        .testTarget(name: "GovNetTests", dependencies: ["GovNet", "GovNetTestSupport"],
                    exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "GovNetGraphvizTests", dependencies: ["GovNetGraphviz", "GovNet", "GovNetTestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "GovNetReportTests", dependencies: ["GovNetReport", "GovNetGraphviz", "GovNet", "GovNetTestSupport"]),
        .testTarget(name: "GovNetCLITests", dependencies: ["GovNet", "GovNetTestSupport"], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
