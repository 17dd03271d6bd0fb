import Foundation
import RelmapCorpus
import RelmapGraph
import Testing

@testable import RelmapReport

/// The page as a whole: one HTML file, nothing outside it, every text escaped.
@Suite struct ReportPageTests {
    @Test func pageIsOneSelfContainedDocument() throws {
        let html = try ReportFixture.page(try ReportFixture.collector())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg") && html.contains("id=\"relmap-data\""))
        // Two script elements (the data, the script) and one style element; nothing loaded.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.components(separatedBy: "</script>").count - 1 == 2, "a </script> in the data would end its element")
        #expect(html.components(separatedBy: "<style>").count - 1 == 1)
        for outside in ["<link", " src=", "@import", "url(http", "fetch(", "XMLHttpRequest"] {
            #expect(!html.contains(outside), "\(outside)")
        }
        // Every placeholder of the template is filled in.
        for name in ["title", "subtitle", "style", "script", "map", "diffmap", "data"] {
            #expect(!html.contains("{{\(name)}}"), "{{\(name)}} left in the page")
        }
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        let html = try ReportFixture.page(try ReportFixture.collector())
        #expect(!html.contains("<script>alert(1)"), "article text became markup")
        #expect(!html.contains("<b>bold</b>"))
        let escapedTitle = HTMLText.escape("Report " + ReportFixture.hostile)
        #expect(html.contains("<title>\(escapedTitle)</title>") && html.contains("<h1>\(escapedTitle)</h1>"))
        // The data still holds the text exactly, once parsed.
        let data = try ReportFixture.data(html)
        let sentences = try #require(data["sentences"] as? [String])
        #expect(sentences.contains { $0.hasSuffix(ReportFixture.hostile) })
        let articles = try #require(data["articles"] as? [[Any]])
        #expect(articles.first?[2] as? String == "Title " + ReportFixture.hostile)
        #expect(articles.first?[3] as? String == "https://example.org/a?x=1&y=\"2\"")
    }

    @Test func scriptAndTemplateHoldNothingThatBreaksThePage() throws {
        for (name, ext) in [("report", "js"), ("report", "css")] {
            let text = try ReportPage.resource(name, ext)
            #expect(!text.lowercased().contains("</script") && !text.lowercased().contains("</style"), "\(name).\(ext)")
            #expect(!text.contains("innerHTML"), "\(name).\(ext): data goes in as text, never as markup")
        }
        let template = try ReportPage.resource("report", "html")
        #expect(template.contains("{{data}}") && template.contains("{{map}}") && template.contains("{{script}}"))
    }

    @Test func mapElementsCarryTheIdsThePageLinksBy() throws {
        let html = try ReportFixture.page(try ReportFixture.collector())
        #expect(html.contains("id=\"node&#45;CHN\"") && html.contains("id=\"node&#45;PHL\""), "Graphviz writes - as &#45;")
        #expect(html.contains("id=\"edge&#45;CHN&#45;PHL&#45;protest\"") && html.contains("id=\"edge&#45;CHN&#45;PHL&#45;meeting\""))
        // The page's heading carries the title: the map's own header does not repeat it.
        let map = try #require(html.range(of: "<svg"))
        #expect(!html[map.lowerBound...].contains("Report &lt;/script&gt;"))
    }
}
