/// The version of the GovNet toolkit (reported by `govnet --version` and recorded in reports).
public enum GovNetVersion {
    public static let string = "0.1.0"
}
