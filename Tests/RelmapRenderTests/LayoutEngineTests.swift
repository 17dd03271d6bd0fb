import Testing
@testable import RelmapRender

@Suite struct LayoutEngineTests {
    @Test func enginesAreGraphvizsNames() {
        #expect(LayoutEngine.allCases.map(\.rawValue) == ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"])
        #expect(LayoutEngine(rawValue: "sfdp") == .sfdp && LayoutEngine.sfdp.description == "sfdp")
        #expect(LayoutEngine(rawValue: "magic") == nil && LayoutEngine(rawValue: "Dot") == nil)
    }

    @Test func theDefaultEngineFollowsTheMapsSize() throws {
        let style = try MapStyle.load()
        #expect(style.defaultEngine(nodes: 10) == .neato)
        #expect(style.defaultEngine(nodes: style.sfdpThreshold + 1) == .sfdp)
    }
}
