/// What the user can change to get past an error, said without naming any front end's options.
///
/// The core's messages describe the problem and, where a library user can act on it the same way, the
/// fix in words ("choose another path"); an `ErrorRemedy` beside the message says which setting would help,
/// so that each front end can name its own control. The `govnet` tool turns every remedy into its flags
/// (`Sources/govnet/Support/ErrorRemedyHints.swift`); a notebook or a server shows it as it sees fit.
public enum ErrorRemedy: Sendable, Hashable {
    /// Name the input's format: one of `formats`.
    case nameInputFormat([NetworkFormat])
    /// Name the output's format: one of `formats`.
    case nameOutputFormat([NetworkFormat])
    /// Write the output in one of `formats` instead (those hold the network).
    case writeAs([NetworkFormat])
    /// Allow replacing a file that is an input of this run.
    case allowReplacingInputs
    /// Name the coordinating department.
    case nameCoordinator
    /// Give the other wave of the network (and how its departments map to this one's).
    case giveOtherWave
    /// Analyse ties as present or absent, or fit the linear model.
    case binaryTiesOrLinearModel
}
