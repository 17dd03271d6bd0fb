import RelmapCorpus
import Testing
@testable import RelmapExtraction

/// One article's coverage, and a corpus's summary of them. The texts were written for these tests.
@Suite struct ArticleCoverageTests {
    @Test func anArticleWithARelationAndAnUnknownName() {
        let article = Article(id: "x1", date: "2024-06-01", text: "Japan condemned China. Ilse Marvang, a farmer, watched.")
        var cache = ExtractionCache()
        let c = ArticleCoverage(article, extractor: sharedExtractor, cache: &cache)
        #expect(c.id == "x1" && c.date == "2024-06-01")
        #expect(c.language == "en" && c.languageDetected)
        #expect(c.sentences == 2 && c.relations == 1)
        #expect(c.unresolved.map(\.name) == ["Ilse Marvang"])
        // The article counts once in the worker's figures, though its names are read too.
        #expect(cache.articles == 1 && cache.sentences == 2)
    }

    @Test func theMetadataLanguageWins() {
        let article = Article(id: "x2", date: nil, language: "id", text: "Petani memanen padi.")
        var cache = ExtractionCache()
        let c = ArticleCoverage(article, extractor: sharedExtractor, cache: &cache)
        #expect(c.language == "id" && !c.languageDetected && c.relations == 0)
    }

    @Test func theSummaryCountsArticlesWithoutARelationAndNamesAcrossArticles() {
        var summary = CoverageSummary()
        var cache = ExtractionCache()
        for (id, text) in [
            ("a", "Rusia dan Ukraina bertemu di Istanbul. Ilse Marvang hadir."),
            ("b", "Ilse Marvang memanen padi di Lembah Karsa."),
            ("c", "Farmers met Ilse Marvang at the market.")
        ] {
            summary.add(ArticleCoverage(Article(id: id, date: nil, text: text), extractor: sharedExtractor, cache: &cache))
        }
        #expect(summary.articles == 3 && summary.relations >= 1)
        #expect(summary.withoutRelation == ["b", "c"])
        #expect(abs(summary.withoutRelationShare - 2.0 / 3.0) < 1e-9)
        #expect(summary.languages == ["id": 2, "en": 1] && summary.detected == 3)
        let first = summary.unresolvedNames.first
        #expect(first?.name == "Ilse Marvang" && first?.count == 3 && first?.articles == 3)
        // Its example is the first sentence that shows it, in the order the articles were added.
        #expect(first?.example == "Ilse Marvang hadir.")
    }
}
