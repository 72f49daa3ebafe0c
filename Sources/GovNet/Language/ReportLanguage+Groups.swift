/// The grouping warning of brokerage roles and the E–I index, from the message catalogue.
extension ReportLanguage {
    /// The warning when groups of the brokerage and E–I grouping hold a single department.
    public func singletonGroups(attribute: String, singletons: [String], groups: Int) -> String {
        render("metrics.singleton-groups", [
            ("attribute", .text(MessageCatalogue.term("attribute", attribute).text(self))), ("n", .count(singletons.count)),
            ("groups", .count(groups)),
            ("list", .text(singletons.map { MessageCatalogue.groupValue(attribute: attribute, $0).text(self) }.joined(separator: render("list.enumeration")))),
        ])
    }
}
