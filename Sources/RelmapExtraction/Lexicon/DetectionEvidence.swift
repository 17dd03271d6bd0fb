/// What tells one language from the others in a short text: its own words and its affixes
/// (`detect.yaml` in the bundled lexicon; ``LanguageDetector`` weighs them).
public struct DetectionEvidence: Sendable, Equatable {
    /// Lower-case words of this language and not of the others: function words, common news
    /// words, and names spelt this language's way ("jepang", "japan").
    public var words: Set<String> = []
    /// Prefixes of this language ("meng", "ber").
    public var prefixes: [String] = []
    /// Suffixes of this language ("kan", "ed", "tion").
    public var suffixes: [String] = []
    /// Words whose affix says nothing about any language ("beijing", "berlin", "member").
    public var notAffixed: Set<String> = []

    /// Evidence with the given lists (all lower case).
    public init(words: Set<String> = [], prefixes: [String] = [], suffixes: [String] = [], notAffixed: Set<String> = []) {
        self.words = words
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.notAffixed = notAffixed
    }
}
