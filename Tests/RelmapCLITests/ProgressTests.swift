import Foundation
import Testing

/// `--timings` and `--progress` of bloc detection and renders. Tests run with standard error
/// not a terminal: progress shows with `--progress` only.
@Suite final class ProgressTests {
    /// This test's folder of edge lists, removed when the test ends (a class suite's deinit).
    let folder = CLIRunner.temporaryFolder()
    deinit { CLIRunner.removeTemporaryFolder(folder) }

    /// A new edge-list file of seven edges.
    func edgeList() throws -> String {
        let csv = folder + "/e-\(UUID().uuidString).csv"
        try "source,target,type,weight\nA,B,alliance,2\nB,C,alliance,1\nC,A,alliance,1\nC,D,meeting,1\nD,E,alliance,2\nE,F,alliance,2\nF,D,alliance,2\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        return csv
    }

    @Test func rankTimesBlocDetection() throws {
        let r = try CLIRunner.run(["rank", try edgeList(), "--timings", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").contains { $0.hasPrefix("relmap blocs ") && Double($0.split(separator: " ")[2]) != nil }, "\(r.stderr)")
        // Not a terminal and no --progress: no progress lines.
        #expect(!r.stderr.contains("relmap: "), "\(r.stderr)")
        let bare = try CLIRunner.run(["rank", try edgeList(), "--timings", "--no-blocs"])
        #expect(!bare.stderr.contains("relmap blocs"), "\(bare.stderr)")
    }

    @Test func progressOnRequest() throws {
        let r = try CLIRunner.run(["rank", try edgeList(), "--progress", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.first == "relmap: blocs: 6 actors (0 s)", "\(r.stderr)")
        #expect(lines.last?.hasPrefix("relmap: blocs: done in ") == true, "\(r.stderr)")
        // The ranking itself is what it is without --progress.
        #expect(r.stdout == (try CLIRunner.run(["rank", try edgeList(), "--format", "csv"])).stdout)
    }

    @Test func renderTimesAndReportsItsSteps() throws {
        let scratch = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(scratch) }
        let out = scratch + "/m.svg"
        let r = try CLIRunner.run(["render", try edgeList(), "--timings", "--progress", "--cluster", "blocs", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let steps = r.stderr.split(separator: "\n").filter { $0.hasPrefix("relmap ") }.map { $0.split(separator: " ")[1] }
        #expect(steps == ["blocs", "measures", "build", "layout"], "\(r.stderr)")
        #expect(r.stderr.contains("relmap: render: measures of 6 actors (0 s)\n"), "\(r.stderr)")
        #expect(r.stderr.contains("relmap: render: done in "), "\(r.stderr)")
    }

    /// Extraction reports its progress in every command that reads articles, and the maps of
    /// timeline, diff and export theirs, with --progress.
    @Test func extractionAndEveryMapReportProgress() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let map = try CLIRunner.run(["map", CLIRunner.fixture, "--progress", "-o", dir + "/maps"])
        #expect(
            map.status == 0 && map.stderr.contains("relmap: extraction: ") && map.stderr.contains("relmap: extraction: done in ")
                && map.stderr.contains("relmap: render: "), "\(map.stderr)")
        let timeline = try CLIRunner.run(["timeline", CLIRunner.fixture, "--maps", dir + "/tl", "--progress", "-o", dir + "/t.json"])
        #expect(
            timeline.status == 0 && timeline.stderr.contains("relmap: extraction: done in ") && timeline.stderr.contains("relmap: layout: ")
                && timeline.stderr.contains("relmap: map 1 of "), "\(timeline.stderr)")
        let diff = try CLIRunner.run(["diff", try edgeList(), try edgeList(), "--svg", dir + "/d.svg", "--progress"])
        #expect(diff.status == 0 && diff.stderr.contains("relmap: render: done in "), "\(diff.stderr)")
        let export = try CLIRunner.run(["export", CLIRunner.fixture, "-o", dir + "/g.dot", "--progress"])
        #expect(export.status == 0 && export.stderr.contains("relmap: extraction: done in ") && export.stderr.contains("relmap: render: done in "), "\(export.stderr)")
        // Without --progress and without a terminal, none of it.
        let quiet = try CLIRunner.run(["export", CLIRunner.fixture, "-o", dir + "/q.dot"])
        #expect(quiet.status == 0 && !quiet.stderr.contains("relmap: "), "\(quiet.stderr)")
    }
}
