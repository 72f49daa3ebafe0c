import Foundation

/// The Python interpreter the test suites run (igraph/NetworkX read-back, oracle checks), and whether a
/// suite that needs a tool may be skipped.
///
/// The interpreter is, in order: `GOVNET_TEST_PYTHON` (the Makefile exports it as the absolute path of
/// `.venv-test/bin/python`, the virtual environment `scripts/setup/deps.sh test` fills with the pinned
/// packages of `scripts/setup/requirements-test.txt`), then `.venv-test/bin/python` in the repository,
/// then `python3` on the PATH.
///
/// Under CI (`CI=true`, set by `.ci/run`) nothing is skipped for a missing tool: a suite gated with
/// ``runs(needing:)`` or ``CI/runs(ifAvailable:)`` runs anyway and fails with a message naming what is missing.
public enum TestPython {
    /// The interpreter's path (or `python3`, looked up on the PATH by `/usr/bin/env`).
    public static let executable: String = {
        if let chosen = ProcessInfo.processInfo.environment["GOVNET_TEST_PYTHON"], !chosen.isEmpty,
           FileManager.default.isExecutableFile(atPath: chosen) {
            return chosen
        }
        let venv = RepoPaths.root.appendingPathComponent(".venv-test/bin/python").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "python3"
    }()

    public struct Result: Sendable {
        public let status: Int32
        public let stdout: Data
        public let stderr: String
    }

    /// What a test throws when a module it needs does not import.
    public struct MissingModule: Error, CustomStringConvertible {
        public let modules: [String]
        public var description: String {
            "\(TestPython.executable) cannot import \(modules.joined(separator: ", ")); run `scripts/setup/deps.sh test` "
                + "(or `make test`) to create .venv-test with the pinned packages"
        }
    }

    /// Runs `python arguments…`, capturing stdout and stderr.
    public static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let r = try ProcessCapture.run(process)
        return Result(status: r.status, stdout: r.stdout, stderr: String(decoding: r.stderr, as: UTF8.self))
    }

    /// Whether every module imports in ``executable``.
    public static func imports(_ modules: [String]) -> Bool {
        (try? run(["-c", "import " + modules.joined(separator: ", ")]).status) == 0
    }

    /// A suite condition: true when the modules import, and always under CI (the suite then fails in
    /// ``require(_:)`` instead of being skipped).
    public static func runs(needing modules: String...) -> Bool {
        CI.runs(ifAvailable: imports(modules))
    }

    /// Throws ``MissingModule`` unless every module imports: call first in a test gated by ``runs(needing:)``.
    public static func require(_ modules: String...) throws {
        guard imports(modules) else { throw MissingModule(modules: modules) }
    }
}
