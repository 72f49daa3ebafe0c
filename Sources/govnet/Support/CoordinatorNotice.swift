import GovNet

/// The warning of every command that analyses around the coordinating department (diagnose, report,
/// suggest, simulate, compare, qap, ergm) when none is recognised (``GovernanceStructure/findCenter(_:requested:)``:
/// no `coordinator: true`, no `emergency-management` department) and none was named with `--center`:
/// printed once per network read, naming the fixes, instead of analyses silently left out.
enum CoordinatorNotice {
    /// Prints the warning for the network read from `file` unless `quiet`, a centre was given, or one
    /// is found. `centerOption`: whether the command takes `--center` (the message offers it then).
    /// - Complexity: O(n + m).
    static func warnIfMissing(_ network: Network, file: String, center: String?, centerOption: Bool = true,
                              quiet: Bool, language: ReportLanguage = .en) {
        guard center == nil, !quiet, !network.departments.isEmpty, GovernanceStructure.findCenter(network).id == nil else { return }
        Stderr.print("govnet: " + language.render(centerOption ? "coordinator.missing" : "coordinator.missing-no-option",
                                                  [("file", .text(file)), ("flag", .text("'coordinator: true'"))]))
    }
}
