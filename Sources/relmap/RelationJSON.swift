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

    /// Appends the JSON line of `r` to `out`.
    static func append(_ r: RelationMention, to out: inout [UInt8]) {
        let confidence = JSONText.number(r.confidence), date = r.date?.description
        func room(_ s: String) -> Int { JSONByteWriter.room(quoting: s) }
        // Keys, literals and the nine offsets take some 620 bytes.
        let room = 1024 + confidence.utf8.count + room(r.article) + room(date ?? "") + room(r.dateOrigin.rawValue) + room(r.source)
            + room(r.target) + room(r.type) + room(r.trigger) + room(r.sourceText) + room(r.targetText) + room(r.sourceActor)
            + room(r.targetActor) + room(r.lang) + room(r.sentence)
        JSONByteWriter.write(into: &out, room: room) { w in
            func int(_ key: StaticString, _ v: Int) { w.raw(key); w.integer(v) }
            w.raw("{\"article\":"); w.quoted(r.article)
            w.raw(",\"date\":"); if let date { w.quoted(date) } else { w.raw("null") }
            w.raw(",\"date_origin\":"); w.quoted(r.dateOrigin.rawValue)
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
            int(",\"sentence_start\":", r.sentenceSpan.start)
            int(",\"sentence_end\":", r.sentenceSpan.end)
            int(",\"trigger_start\":", r.triggerSpan.start)
            int(",\"trigger_end\":", r.triggerSpan.end)
            int(",\"source_start\":", r.sourceSpan.start)
            int(",\"source_end\":", r.sourceSpan.end)
            int(",\"target_start\":", r.targetSpan.start)
            int(",\"target_end\":", r.targetSpan.end)
            w.raw(",\"sentence\":"); w.quoted(r.sentence)
            w.raw("}\n")
        }
    }
}
