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

    @Option(name: .long, help: "jsonl (one relation a line), csv or table (default: from the output's extension, else jsonl).")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Print what was read (articles, sentences, bytes, seconds) on standard error.")
    var stats = false

    func run() throws {
        let format = try OutputFormat.follow(self.format, for: output, fallback: .jsonl)
        let (source, extractor) = try corpus.corpusAndExtractor(paths, excluding: [output])
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

    /// The lines of `relations`, as UTF-8 bytes.
    func bytes(_ relations: [RelationMention]) -> [UInt8] {
        var out: [UInt8] = []
        if format == .jsonl {
            out.reserveCapacity(relations.count * 600)
            // Read in place: a copy of a relation copies its dozen strings.
            relations.withUnsafeBufferPointer { relations in
                for i in relations.indices { RelationJSON.append(relations[i], to: &out) }
            }
        } else {
            for r in relations { out.append(contentsOf: line(r).utf8) }
        }
        return out
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

/// One relation mention as a JSON line, keys in a readable order, written straight into bytes:
/// extraction output runs to more bytes than the articles read.
enum RelationJSON {
    static func line(_ r: RelationMention) -> String {
        var bytes: [UInt8] = []
        append(r, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON line of `r` to `out`.
    static func append(_ r: RelationMention, to out: inout [UInt8]) {
        let confidence = JSONText.number(r.confidence)
        func room(_ s: String) -> Int { JSONByteWriter.room(quoting: s) }
        // Keys, literals and the nine offsets take some 620 bytes.
        let room = 1024 + confidence.utf8.count + room(r.article) + room(r.date ?? "") + room(r.dateOrigin) + room(r.source)
            + room(r.target) + room(r.type) + room(r.trigger) + room(r.sourceText) + room(r.targetText) + room(r.sourceActor)
            + room(r.targetActor) + room(r.lang) + room(r.sentence)
        JSONByteWriter.write(into: &out, room: room) { w in
            func int(_ key: StaticString, _ v: Int) { w.raw(key); w.integer(v) }
            w.raw("{\"article\":"); w.quoted(r.article)
            w.raw(",\"date\":"); if let d = r.date { w.quoted(d) } else { w.raw("null") }
            w.raw(",\"date_origin\":"); w.quoted(r.dateOrigin)
            w.raw(",\"source\":"); w.quoted(r.source)
            w.raw(",\"target\":"); w.quoted(r.target)
            w.raw(",\"type\":"); w.quoted(r.type)
            w.raw(",\"confidence\":"); w.raw(confidence)
            w.raw(",\"trigger\":"); w.quoted(r.trigger)
            w.raw(r.negated ? ",\"negated\":true" : ",\"negated\":false")
            w.raw(r.hedged ? ",\"hedged\":true" : ",\"hedged\":false")
            w.raw(r.directed ? ",\"directed\":true" : ",\"directed\":false")
            w.raw(",\"source_text\":"); w.quoted(r.sourceText)
            w.raw(",\"target_text\":"); w.quoted(r.targetText)
            w.raw(",\"source_actor\":"); w.quoted(r.sourceActor)
            w.raw(",\"target_actor\":"); w.quoted(r.targetActor)
            w.raw(",\"lang\":"); w.quoted(r.lang)
            int(",\"sentence_index\":", r.sentenceIndex)
            int(",\"sentence_start\":", r.sentenceStart)
            int(",\"sentence_end\":", r.sentenceEnd)
            int(",\"trigger_start\":", r.triggerStart)
            int(",\"trigger_end\":", r.triggerEnd)
            int(",\"source_start\":", r.sourceStart)
            int(",\"source_end\":", r.sourceEnd)
            int(",\"target_start\":", r.targetStart)
            int(",\"target_end\":", r.targetEnd)
            w.raw(",\"sentence\":"); w.quoted(r.sentence)
            w.raw("}\n")
        }
    }
}
