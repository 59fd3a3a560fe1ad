// swift-tools-version: 6.0
// SwiftTorch: a Jupyter kernel and headless notebook runner that runs PyTorch course code,
// written in Python, on a Swift tensor/RNN runtime. See README.md for the module map.
import PackageDescription

/// Release builds of the hot modules skip exclusivity checks (measured in ../shared/SWIFT-NOTES.md).
let fastRelease: [SwiftSetting] = [
  .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
]

let package = Package(
  name: "SwiftTorch",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "swifttorch", targets: ["swifttorch"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto.git", exact: "3.12.3"),
    .package(url: "https://github.com/attaswift/BigInt.git", exact: "6.0.1"),
  ],
  targets: [
    // MARK: - C libraries
    .systemLibrary(
      name: "CZeroMQ", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])]),

    // MARK: - Libraries, one per part of the system
    .target(name: "Torch", swiftSettings: fastRelease),
    .target(
      name: "PythonRuntime",
      dependencies: [.product(name: "BigInt", package: "BigInt")],
      swiftSettings: fastRelease),
    .target(name: "TorchPython", dependencies: ["Torch", "PythonRuntime"], swiftSettings: fastRelease),
    .target(name: "ExecutionEngine", dependencies: ["PythonRuntime", "TorchPython"]),
    .target(
      name: "JupyterKernel",
      dependencies: [
        "CZeroMQ", "ExecutionEngine",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "NotebookRunner", dependencies: ["ExecutionEngine"]),

    // MARK: - The command-line tool
    .executableTarget(
      name: "swifttorch",
      dependencies: [
        "ExecutionEngine", "JupyterKernel", "NotebookRunner",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // MARK: - Tests mirror Sources
    .testTarget(name: "TorchTests", dependencies: ["Torch"], resources: [.copy("Fixtures")]),
    .testTarget(name: "PythonRuntimeTests", dependencies: ["PythonRuntime"], resources: [.copy("Programs")]),
    .testTarget(name: "TorchPythonTests", dependencies: ["TorchPython", "ExecutionEngine"], resources: [.copy("Fixtures")]),
    .testTarget(name: "ExecutionEngineTests", dependencies: ["ExecutionEngine"], resources: [.copy("Fixtures")]),
    .testTarget(name: "JupyterKernelTests", dependencies: ["JupyterKernel"]),
    .testTarget(name: "NotebookRunnerTests", dependencies: ["NotebookRunner"]),
  ]
)
