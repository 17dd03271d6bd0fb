import Foundation
import Yams

/// What a YAML parser complained of, as one line and the line it points at: Yams's messages run to
/// several lines ("Context:", the offending text, a caret), and a duplicated key has no mark of its
/// own. Front matter, lexicon and style files all report through this.
public struct YAMLProblem: Sendable, Equatable {
    /// The 1-based line in the YAML text, when known.
    public var line: Int?
    /// What is wrong, in one line.
    public var reason: String

    /// The problem `error` (thrown by Yams) describes.
    public init(_ error: Error) {
        switch error {
        case let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _),
            let YamlError.composer(_, problem, mark, _):
            line = mark.line
            reason = problem
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            line = context.mark.line
            reason = "the key\(duplicates.count == 1 ? "" : "s") \(keys) appear\(duplicates.count == 1 ? "s" : "") twice in one mapping: keep one"
        case let YamlError.reader(problem, _, _, _):
            line = nil
            reason = problem
        default:
            line = nil
            reason = String(describing: error)
        }
        reason = OneLine.escape(reason.split(whereSeparator: \.isNewline).first.map(String.init) ?? reason)
            .trimmingCharacters(in: .whitespaces)
    }
}
