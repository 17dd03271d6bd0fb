import Foundation
import RelmapCorpus
import RelmapExtraction
import RelmapGraph

/// One relation mention as a JSON line, keys in a readable order, written straight into bytes:
/// extraction output runs to more bytes than the articles read. The one definition of the relation
/// JSONL wire format (``RelationMention`` has no Codable of its own to drift from it).
enum RelationJSON {
    static func line(_ r: RelationMention) -> String {
        var bytes: [UInt8] = []
        append(r, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What the relations written one after another share, written once: an article's date, and
    /// the last confidence (relations come in runs of one confidence).
    struct Shared {
        var day: Day?
        var dayText: String?
        var confidence = Double.nan
        var confidenceText = ""
    }

    /// The texts of the hundredths from 0 to 1, the values confidences take.
    private static let hundredths = (0...100).map { JSONText.number(Double($0) / 100) }

    /// The JSON text of the confidence `c`: a hundredth's from a table (formatting a number costs
    /// more), any other's formatted.
    static func confidenceText(_ c: Double) -> String {
        if c >= 0 && c <= 1 {
            let k = Int((c * 100).rounded())
            if Double(k) / 100 == c { return hundredths[k] }
        }
        return JSONText.number(c)
    }

    /// Appends the JSON line of `r` to `out`.
    static func append(_ r: RelationMention, to out: inout [UInt8]) {
        var shared = Shared()
        append(r, to: &out, shared: &shared)
    }

    /// As ``append(_:to:)``, taking the date's and the confidence's text from `shared` when they
    /// are those of the relation before.
    static func append(_ r: RelationMention, to out: inout [UInt8], shared: inout Shared) {
        withUnsafePointer(to: r) { r in
            let need = room(r, shared: &shared)
            JSONByteWriter.write(into: &out, room: need) { write(r, shared: shared, into: &$0) }
        }
    }

    /// Appends the JSON lines of `relations` to `out`, one after another.
    static func append(_ relations: [RelationMention], to out: inout [UInt8]) {
        var shared = Shared()
        // Read in place, through a pointer: a copy of a relation copies its dozen strings.
        relations.withUnsafeBufferPointer { relations in
            guard let first = relations.baseAddress else { return }
            JSONByteWriter.append(
                relations.count, into: &out, room: { room(first + $0, shared: &shared) },
                { write(first + $0, shared: shared, into: &$1) })
        }
    }

    /// The most bytes the line of the relation at `r` takes; first brings `shared` to its date and
    /// confidence.
    static func room(_ r: UnsafePointer<RelationMention>, shared: inout Shared) -> Int {
        if !(r.pointee.confidence == shared.confidence) {
            shared.confidence = r.pointee.confidence
            shared.confidenceText = confidenceText(r.pointee.confidence)
        }
        if r.pointee.date != shared.day {
            shared.day = r.pointee.date
            shared.dayText = r.pointee.date?.description
        }
        // Keys, literals and the nine offsets take some 620 bytes; a string at most six bytes a byte.
        let strings =
            r.pointee.article.utf8.count + r.pointee.source.utf8.count + r.pointee.target.utf8.count + r.pointee.type.utf8.count
            + r.pointee.trigger.utf8.count + r.pointee.sourceText.utf8.count + r.pointee.targetText.utf8.count
            + r.pointee.sourceActor.utf8.count + r.pointee.targetActor.utf8.count + r.pointee.lang.utf8.count
            + r.pointee.sentence.utf8.count + (shared.dayText?.utf8.count ?? 0)
        return 1024 + shared.confidenceText.utf8.count + 6 * strings + 2 * 12
    }

    /// Writes the line of the relation at `r` with `w`, its date and confidence as `shared` holds them
    /// (``room(_:shared:)``). Read in place: a copy of a relation retains and releases its dozen strings.
    static func write(_ r: UnsafePointer<RelationMention>, shared: borrowing Shared, into w: inout JSONByteWriter) {
        func int(_ key: StaticString, _ v: Int) { w.raw(key); w.integer(v) }
        w.raw("{\"article\":"); w.quoted(r.pointee.article)
        w.raw(",\"date\":"); if let date = shared.dayText { w.quoted(date) } else { w.raw("null") }
        switch r.pointee.dateOrigin {
        case .metadata: w.raw(",\"date_origin\":\"metadata\"")
        case .text: w.raw(",\"date_origin\":\"text\"")
        case .none: w.raw(",\"date_origin\":\"none\"")
        }
        w.raw(",\"source\":"); w.quoted(r.pointee.source)
        w.raw(",\"target\":"); w.quoted(r.pointee.target)
        w.raw(",\"type\":"); w.quoted(r.pointee.type)
        w.raw(",\"confidence\":"); w.raw(shared.confidenceText)
        w.raw(",\"trigger\":"); w.quoted(r.pointee.trigger)
        w.raw(r.pointee.negated ? ",\"negated\":true" : ",\"negated\":false")
        w.raw(r.pointee.hedged ? ",\"hedged\":true" : ",\"hedged\":false")
        w.raw(r.pointee.directed ? ",\"directed\":true" : ",\"directed\":false")
        w.raw(",\"source_text\":"); w.quoted(r.pointee.sourceText)
        w.raw(",\"target_text\":"); w.quoted(r.pointee.targetText)
        w.raw(",\"source_actor\":"); w.quoted(r.pointee.sourceActor)
        w.raw(",\"target_actor\":"); w.quoted(r.pointee.targetActor)
        w.raw(",\"lang\":"); w.quoted(r.pointee.lang)
        int(",\"sentence_index\":", r.pointee.sentenceIndex)
        int(",\"sentence_start\":", r.pointee.sentenceSpan.start)
        int(",\"sentence_end\":", r.pointee.sentenceSpan.end)
        int(",\"trigger_start\":", r.pointee.triggerSpan.start)
        int(",\"trigger_end\":", r.pointee.triggerSpan.end)
        int(",\"source_start\":", r.pointee.sourceSpan.start)
        int(",\"source_end\":", r.pointee.sourceSpan.end)
        int(",\"target_start\":", r.pointee.targetSpan.start)
        int(",\"target_end\":", r.pointee.targetSpan.end)
        w.raw(",\"sentence\":"); w.quoted(r.pointee.sentence)
        w.raw("}\n")
    }
}

extension RelationJSON {
    /// The relation of one line relmap wrote (`line` of `path`), every field checked: the reader
    /// that goes with ``append(_:to:)``.
    static func decode(_ bytes: Data, path: String, line: Int) throws(CorpusError) -> RelationMention {
        func fail(_ reason: String) -> CorpusError { .malformedJSONL(path: path, line: line, reason: reason) }
        guard let value = try? JSONSerialization.jsonObject(with: bytes), let o = value as? [String: Any] else {
            throw fail("not a JSON object")
        }
        // JSON's true and false come as NSNumbers of a char type.
        func isBool(_ n: NSNumber) -> Bool { String(cString: n.objCType) == "c" }
        func string(_ key: String) throws(CorpusError) -> String {
            guard let s = o[key] as? String else { throw fail("relation field \"\(key)\" missing or not a string") }
            return s
        }
        func int(_ key: String) throws(CorpusError) -> Int {
            guard let n = o[key] as? NSNumber, !isBool(n), let i = Int(exactly: n.doubleValue) else {
                throw fail("relation field \"\(key)\" missing or not an integer")
            }
            return i
        }
        func bool(_ key: String) throws(CorpusError) -> Bool {
            guard let n = o[key] as? NSNumber, isBool(n) else {
                throw fail("relation field \"\(key)\" missing or not true/false")
            }
            return n.boolValue
        }
        func span(_ name: String) throws(CorpusError) -> TextSpan {
            TextSpan(start: try int(name + "_start"), end: try int(name + "_end"))
        }
        var date: Day?
        if let raw = o["date"], !(raw is NSNull) {
            guard let text = raw as? String, let day = Day(text) else { throw fail("relation date is not YYYY-MM-DD") }
            date = day
        }
        guard let confidence = (o["confidence"] as? NSNumber)?.doubleValue else { throw fail("relation field \"confidence\" missing or not a number") }
        var r = RelationMention(
            article: try string("article"), date: date, source: try string("source"), target: try string("target"),
            type: try string("type"), confidence: confidence, sentence: try string("sentence"),
            sentenceIndex: try int("sentence_index"), trigger: try string("trigger"),
            sourceText: try string("source_text"), targetText: try string("target_text"),
            sourceActor: try string("source_actor"), targetActor: try string("target_actor"),
            sentenceSpan: try span("sentence"), triggerSpan: try span("trigger"), sourceSpan: try span("source"),
            targetSpan: try span("target"), negated: try bool("negated"), hedged: try bool("hedged"),
            directed: try bool("directed"), lang: try string("lang"))
        if let origin = o["date_origin"] as? String {
            guard let d = Article.DateOrigin(rawValue: origin) else { throw fail("relation field \"date_origin\" is not metadata, text or none") }
            r.dateOrigin = d
        }
        return r
    }
}
