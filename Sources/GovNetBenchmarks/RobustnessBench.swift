import Foundation
import GovNet

/// `govnet-bench --robustness FILE [--draws N]`: every diagnosis rule on N deletion, N addition and up
/// to N non-response draws (``DiagnosisRobustness``), on FILE and on a generated 1,000-department,
/// 5,000-tie network (``robustnessBenchNetwork``). Prints wall and CPU seconds, the load average and
/// a checksum (sum of the deletion shares). `GOVNET_THREADS=1` runs on one core; `file` and
/// `generated` select the cases (`--file-only`, `--generated-only`).
func runRobustnessBench(path: String, draws: Int, repeats: Int, file: Bool = true, generated: Bool = true) {
    var cases: [(String, Network)] = []
    if file {
        do { cases.append((path, try NetworkReader.read(path: path).network)) } catch {
            FileHandle.standardError.write("\(path): \(error)\n".data(using: .utf8)!)
            exit(1)
        }
    }
    if generated { cases.append(("generated 1000 departments, 5000 ties", robustnessBenchNetwork(departments: 1_000, ties: 5_000))) }
    print("| network | departments | ties | findings | draws | wall s | CPU s | checksum |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for (name, net) in cases {
        let context = DiagnosisContext(network: net)
        let findings = Diagnosis.run(context)
        let settings = RobustnessSettings(draws: draws, rate: 0.1, seed: 1)
        let t = timeWallAndCPU(repeats: repeats) {
            DiagnosisRobustness.run(findings, context: context, settings: settings).findings.reduce(0) { $0 + $1.deletion.share }
        }
        print("| \(name) | \(net.departments.count) | \(net.ties.count) | \(findings.count) | \(draws) | \(String(format: "%.2f", t.wall)) | \(String(format: "%.2f", t.cpu)) | \(String(format: "%.4f", t.checksum)) |")
    }
}

/// A generated municipal network (seed 42): an emergency-management bureau, 999 departments at the
/// municipal level in 40 functions (a lead and four supports each), and `ties` working ties — a third
/// each of information (directed), joint operation and material — between random pairs, a fifth of
/// them through the bureau.
func robustnessBenchNetwork(departments n: Int, ties m: Int) -> Network {
    var rng = SeededGenerator(seed: 42)
    var net = Network()
    net.departments = [Department(id: "EMB", name: "Emergency Management Bureau", kind: "emergency-management", level: "municipal")]
        + (1..<n).map { Department(id: "D\($0)", name: "Department \($0)", kind: "sector-\($0 % 12)", level: "municipal") }
    let mechanisms = ["information", "operation", "material"]
    var seen = Set<Int>()
    while net.ties.count < m {
        let k = net.ties.count % 3
        let a = rng.nextInt(below: 5) == 0 ? 0 : rng.nextInt(below: n)
        let b = rng.nextInt(below: n)
        guard a != b, seen.insert((k * n + a) * n + b).inserted else { continue }
        net.ties.append(Tie(from: net.departments[a].id, to: net.departments[b].id, mechanism: mechanisms[k], weight: Double(1 + rng.nextInt(below: 3))))
    }
    net.functions = (0..<40).map { f in
        Function(id: "F\(f)", name: "Function \(f)", assignments: (0..<5).map { r in
            Assignment(department: "D\(1 + (f * 5 + r) % (n - 1))", role: r == 0 ? .lead : .support)
        })
    }
    return net
}
