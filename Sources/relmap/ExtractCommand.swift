import ArgumentParser
import Foundation
import RelmapCorpus
import RelmapExtraction
import RelmapGraph

/// `relmap extract`: relation mentions with their evidence.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read relations between actors from articles, each with the sentence that states it.",
        // With 12 options or fewer the parser spells each out in the usage line, past 80 columns.
        usage: "relmap extract [<options>] <path> ...",
        discussion: """
            PATH is an article (.txt, .md with YAML front matter, .jsonl, .csv with a header) or a \
            folder of them, read recursively, or - for JSONL articles on standard input; a folder's \
            index.jsonl gives the articles' dates. Each relation is a source, a \
            target and a type of the codebook (alliance, protest, defection, meeting, support, attack, \
            sanction, threat) with the trigger word, the sentence and their offsets.

            Example:
              relmap extract ../shared/seeds -o events.jsonl
              relmap extract examples --format table
              relmap extract - < articles.jsonl > events.jsonl
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, table }

    @Argument(help: ArgumentHelp("Articles or folders of articles (- for JSONL on standard input).", valueName: "path"))
    var paths: [String]

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: "jsonl (one relation a line), csv or table (default: from the output's extension, else jsonl).")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Print what was read (articles, sentences, bytes, seconds) on standard error.")
    var stats = false

    func run() throws {
        let format = try OutputFormat.follow(self.format, for: output, fallback: .jsonl)
        let (source, extractor) = try corpus.corpusAndExtractor(paths, excluding: [output])
        // Its tables are the largest structures of the run: the process's end frees them at once.
        KeptToExit.keep((source, extractor))
        // Relations stream to standard output as they come: no progress line in that terminal.
        let driver = corpus.extraction(extractor, automatic: output != nil && output != "-")
        let out = try OutputFile(output)
        let writer = RelationWriter(format: format)
        try out.write(writer.header)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 21)
        // Lines are formatted on the workers; this thread only writes them, in corpus order.
        let started = Date()
        let stats = try driver.run(source, transform: { _, relations in writer.bytes(relations) }) { lines in
            buffer.append(contentsOf: lines)
            if buffer.count > 1 << 20 { try out.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        try out.write(buffer)
        try out.commit()
        if self.stats {
            let seconds = Date().timeIntervalSince(started)
            FileHandle.standardError.write(
                Data(
                    "articles=\(stats.articles) sentences=\(stats.sentences) bytes=\(stats.bytes) seconds=\(String(format: "%.3f", seconds))\n".utf8))
        }
    }
}
