import Foundation
import RelmapGraph
import Testing

@testable import RelmapReport

@Suite struct HTMLTextTests {
    @Test func escapeLeavesNoMarkup() {
        let s = HTMLText.escape(ReportFixture.hostile)
        #expect(!s.contains("<") && !s.contains(">") && !s.contains("\"") && !s.contains("'"))
        #expect(s.contains("&lt;/script&gt;") && s.contains("&amp;amp;") && s.contains("&quot;quoted&quot;") && s.contains("&#39;single&#39;"))
        #expect(HTMLText.escape("plain – text ✓") == "plain – text ✓")
    }

    @Test func scriptJSONCannotEndTheScriptAndStillParses() throws {
        let json = "{\"t\":" + JSONText.quote(ReportFixture.hostile) + "}"
        let safe = HTMLText.scriptJSON(json)
        #expect(!safe.contains("<") && !safe.contains(">") && !safe.contains("&") && !safe.contains("\u{2028}"))
        let back = try #require(try JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: String])
        #expect(back["t"] == ReportFixture.hostile)
    }

    @Test func templateIsFilledInOnePass() {
        let out = ReportPage.fill("<h1>{{title}}</h1>{{body}}{{unknown}}{{open", ["title": "{{body}}", "body": "B"])
        #expect(out == "<h1>{{body}}</h1>B{{unknown}}{{open")
    }
}
