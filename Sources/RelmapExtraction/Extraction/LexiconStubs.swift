import RelmapCorpus

/// Lexicon stubs for the names a corpus uses and the lexicon does not know: a YAML file in the
/// format `--lexicon` reads (see the README, "The lexicon"), one entry a name, each with its count
/// and example sentence as comments, for a user to check and keep.
///
/// - A person whose state the context tells ("Philippine President X", "X, the Philippine
///   foreign minister") is a `people` entry of that state, with the role the context gives and
///   the last word of the name as its short form.
/// - Any other name is a new actor, its kind the context's (person or organisation; organisation,
///   marked for checking, when the context says nothing), its id made from the name; an id the
///   lexicon has already takes the name as one more of its names. A state named next to it is
///   only a comment (the entry that would make the name count as that state), as it may be
///   another's ("Reuters, Kim agreed").
public enum LexiconStubs {
    /// The stub file for `entries` (from ``NameCensus/unknownNames``), against the lexicon `known`.
    public static func yaml(_ entries: [NameCensus.Entry], known: Lexicon) -> String {
        var people: [String] = []
        var actors: [String] = []
        var ids = Set<String>()
        for e in entries {
            let g = e.guess
            var told: [String] = []
            if let state = g.state { told.append("state from the context: \(state)") }
            if let role = g.role { told.append("role: \(role)") }
            told.append(g.kind.map { "kind: \($0.rawValue)" } ?? "kind not told by the context")
            let comment =
                "  # \(e.count) \(e.count == 1 ? "time" : "times") in \(e.articles) \(e.articles == 1 ? "article" : "articles"); "
                + told.joined(separator: ", ") + "\n  # " + oneLine(e.example) + "\n"
            let name = quoted(e.name)
            if let state = g.state, g.kind == .person {
                let role = g.role.map { $0.hasSuffix("ministry") ? String($0.dropLast(2)) + "er" : $0 } ?? "official"
                // A bare surname matches once the full name has appeared in the article.
                let words = e.name.split(separator: " ")
                let short = words.count > 1 ? "short: [\(quoted(String(words[words.count - 1])))], " : ""
                people.append(comment + "  - {name: \(name), \(short)actor: \(state), role: \(quoted(role))}\n")
            } else {
                var id = identifier(e.name)
                if known.actor(id) != nil {
                    actors.append(comment + "  # a name of the known actor \(id)\n  - {id: \(id), names: [\(name)]}\n")
                    continue
                }
                let base = id
                var n = 2
                while ids.contains(id) || known.actor(id) != nil {
                    id = "\(base)_\(n)"
                    n += 1
                }
                ids.insert(id)
                let kind = g.kind ?? .organisation
                // A state named next to it may be its own or another's ("Reuters, Kim ..."): told
                // in a comment only, as the entry that would make it count as that state.
                let hint = g.state.map { "  # if it is \($0)'s, instead: - {id: \($0), names: [\(name)]}\n" } ?? ""
                actors.append(comment + hint + "  - {id: \(id), kind: \(kind.rawValue), label: \(name), names: [\(name)]}\n")
            }
        }
        var out = """
            # Lexicon stubs for the names no lexicon entry covers (relmap actors --unknown --format yaml).
            # Check each entry (state, role, kind, id), fix or delete it, then read the corpus again
            # with --lexicon and this file.

            """
        if !people.isEmpty { out += "people:\n" + people.joined() }
        if !actors.isEmpty { out += "actors:\n" + actors.joined() }
        if people.isEmpty && actors.isEmpty { out += "{}\n" }
        return out
    }

    /// A YAML double-quoted string.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// `s` on one line, its runs of white space one space each.
    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// An actor id made from a name: its letters and digits in upper case, words joined by "_"
    /// ("Juan Guaido": JUAN_GUAIDO).
    static func identifier(_ name: String) -> String {
        let words = name.uppercased().split { !$0.isLetter && !$0.isNumber }
        return words.isEmpty ? "NEW" : words.joined(separator: "_")
    }
}
