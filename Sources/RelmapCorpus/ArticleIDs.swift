/// The article ids a corpus has handed on so far, so that two articles never share one: a
/// relation stated by three articles with one id would count as stated by one.
public struct ArticleIDs: Sendable {
    /// The file of each id seen.
    private var files: [String: String] = [:]

    /// Creates an empty register.
    public init() {}

    /// Records that the article `id` of `path` was read.
    ///
    /// - Throws: ``CorpusError/duplicateID(id:path:firstPath:)`` when an earlier article had `id`.
    public mutating func claim(_ id: String, path: String) throws(CorpusError) {
        if let first = files.updateValue(path, forKey: id) {
            files[id] = first
            throw .duplicateID(id: id, path: path, firstPath: first)
        }
    }
}
