/// Guesses whether a text is Indonesian or English from its most common function words.
public enum LanguageDetector {
    private static let indonesian: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "pada", "ini", "itu", "dalam", "tidak",
        "akan", "adalah", "bahwa", "oleh", "juga", "telah", "atau", "karena", "kata", "mereka", "sebagai",
    ]
    private static let english: Set<String> = [
        "the", "and", "of", "to", "in", "that", "is", "was", "for", "on", "with", "as", "by", "said",
        "it", "its", "from", "has", "have", "are", "were", "will", "their", "this",
    ]

    /// `id` or `en`, from the first few hundred tokens; ties go to Indonesian, the corpus's first language.
    public static func detect(_ tokens: [Token]) -> String {
        var id = 0, en = 0
        for t in tokens.prefix(400) where t.kind == .word {
            if indonesian.contains(t.lower) { id += 1 }
            if english.contains(t.lower) { en += 1 }
        }
        return en > id ? "en" : "id"
    }
}
