/// The grouping warning of brokerage roles and the E–I index, from the message catalogue.
extension ReportLanguage {
    /// The warning when groups of the brokerage and E–I grouping hold a single department.
    public func singletonGroups(attribute: String, singletons: [String], groups: Int) -> String {
        render("metrics.singleton-groups", [("attribute", .text(attribute)), ("n", .count(singletons.count)),
                                            ("groups", .count(groups)), ("list", .text(singletons.joined(separator: ", ")))])
    }
}
