import RelmapCorpus

/// What can go wrong making a report, in words a user can act on.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file of the page template is missing from the installed resources.
    case missingTemplate(String)
    /// A map of the report could not be drawn.
    case map(String)

    public var description: String {
        switch self {
        case .missingTemplate(let name):
            return "the report template \(name) is missing from relmap's resources (RelmapReport/Resources): reinstall or rebuild relmap"
        case .map(let reason):
            return "the report's map could not be drawn: \(OneLine.escape(reason))"
        }
    }
}
