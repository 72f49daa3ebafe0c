import Testing
@Test func placeholder_GovNetGraphvizTests() {}
