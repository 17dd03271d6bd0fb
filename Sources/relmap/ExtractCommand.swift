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
        discussion: """
        PATH is an article (.txt, .md with YAML front matter, .jsonl) or a folder of them, read \
        recursively; a folder's index.jsonl gives the articles' dates. Each relation is a source, a \
        target and a type of the codebook (alliance, protest, defection, meeting, support, attack, \
        sanction, threat) with the trigger word, the sentence and their offsets.

        Example:
          relmap extract ../shared/seeds -o events.jsonl
          relmap extract examples --format table
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, table }

    @Argument(help: ArgumentHelp("Articles or folders of articles.", valueName: "path"))
    var paths: [String]

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: "jsonl (one relation a line), csv or table.")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Print what was read (articles, sentences, bytes, seconds) on standard error.")
    var stats = false

    func run() throws {
        let source = try corpus.corpus(paths)
        let driver = CorpusExtraction(extractor: try corpus.extractor(), threads: corpus.threads)
        let out = try OutputFile(output)
        let writer = RelationWriter(format: format)
        try out.write(writer.header)
        var buffer = Data()
        // Lines are formatted on the workers; this thread only writes them, in corpus order.
        let started = Date()
        let stats = try driver.run(source, transform: { _, relations in relations.map(writer.line).joined() }) { lines in
            buffer.append(contentsOf: lines.utf8)
            if buffer.count > 1 << 20 { try out.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        try out.write(buffer)
        try out.commit()
        if self.stats {
            let seconds = Date().timeIntervalSince(started)
            FileHandle.standardError.write(Data(
                "articles=\(stats.articles) sentences=\(stats.sentences) bytes=\(stats.bytes) seconds=\(String(format: "%.3f", seconds))\n".utf8))
        }
    }
}

/// Formats relation mentions as JSONL, CSV or an aligned table.
struct RelationWriter: Sendable {
    let format: ExtractCommand.Format

    static let csvColumns = ["article", "date", "source", "target", "type", "confidence", "trigger", "sentence_index", "sentence"]

    var header: String {
        switch format {
        case .jsonl: return ""
        case .csv: return Self.csvColumns.joined(separator: ",") + "\n"
        case .table: return "article                  date        source     type       target     conf  trigger\n"
        }
    }

    func line(_ r: RelationMention) -> String {
        switch format {
        case .jsonl:
            return RelationJSON.line(r)
        case .csv:
            let fields = [r.article, r.date ?? "", r.source, r.target, r.type, String(r.confidence), r.trigger,
                          String(r.sentenceIndex), r.sentence]
            return fields.map(CSV.escape).joined(separator: ",") + "\n"
        case .table:
            func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
            return pad(String(r.article.prefix(24)), 25) + pad(r.date ?? "-", 12) + pad(r.source, 11) + pad(r.type, 11)
                + pad(r.target, 11) + pad(String(format: "%.2f", r.confidence), 6) + r.trigger + "\n"
        }
    }
}

/// CSV fields as RFC 4180 writes them.
enum CSV {
    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// One relation mention as a JSON line, keys in a readable order.
enum RelationJSON {
    static func line(_ r: RelationMention) -> String {
        func q(_ s: String) -> String { JSONText.quote(s) }
        var out = "{\"article\":\(q(r.article)),\"date\":\(r.date.map(q) ?? "null"),\"date_origin\":\(q(r.dateOrigin)),\"source\":\(q(r.source)),"
        out += "\"target\":\(q(r.target)),\"type\":\(q(r.type)),\"confidence\":\(JSONText.number(r.confidence)),"
        out += "\"trigger\":\(q(r.trigger)),\"negated\":\(r.negated),\"hedged\":\(r.hedged),\"directed\":\(r.directed),"
        out += "\"source_text\":\(q(r.sourceText)),\"target_text\":\(q(r.targetText)),"
        out += "\"source_actor\":\(q(r.sourceActor)),\"target_actor\":\(q(r.targetActor)),\"lang\":\(q(r.lang)),"
        out += "\"sentence_index\":\(r.sentenceIndex),\"sentence_start\":\(r.sentenceStart),\"sentence_end\":\(r.sentenceEnd),"
        out += "\"trigger_start\":\(r.triggerStart),\"trigger_end\":\(r.triggerEnd),\"source_start\":\(r.sourceStart),"
        out += "\"source_end\":\(r.sourceEnd),\"target_start\":\(r.targetStart),\"target_end\":\(r.targetEnd),"
        out += "\"sentence\":\(q(r.sentence))}\n"
        return out
    }
}
