import Testing
@testable import RelmapExtraction

@Suite struct TextSpanTests {
    @Test func rangeIsStartUpToEnd() {
        #expect(TextSpan(start: 3, end: 7).range == 3..<7)
        #expect(TextSpan(start: 5, end: 5).range.isEmpty)
        #expect(TextSpan(start: 0, end: 1) == TextSpan(start: 0, end: 1) && TextSpan(start: 0, end: 1) != TextSpan(start: 0, end: 2))
    }
}
