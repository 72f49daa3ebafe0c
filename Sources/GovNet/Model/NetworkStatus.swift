import Foundation

/// What a network's data are, as its `status` metadata says: the claim a reader may make from it.
///
/// - `observed data`: ties or assignments transcribed from a published data set of observed
///   interaction or from a framework's own assignment tables (e.g. the EMON contact networks).
/// - `documentary data`: prescribed by published plans and official documents (who drafts a plan,
///   who is a member of a headquarters, where its office sits), each fact citing its document; what
///   the documents say, not observed interaction.
/// - `illustrative model`: built by the project from public institutional structure for teaching and
///   tests; plausible, not evidence about any one place.
///
/// Labels and one-line meanings in English and Chinese are in the report's phrase catalogue
/// (`ReportLanguage.status(_:)`); ``NetworkValidator`` warns about any other value.
public enum NetworkStatus: String, CaseIterable, Hashable, Sendable {
    case observedData = "observed data"
    case documentaryData = "documentary data"
    case illustrativeModel = "illustrative model"

    /// The status a metadata value names (`nil` when absent or not one of the known values).
    public init?(metadata value: String?) {
        guard let value else { return nil }
        self.init(rawValue: value.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
