import Testing
@Test func placeholder_GovNetCLITests() {}
