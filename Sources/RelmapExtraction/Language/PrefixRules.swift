/// The prefix disambiguation rules of Enhanced Confix Stripping: for a word, the readings
/// (prefix, remaining word) that its first letters allow, with the sound changes restored
/// (`menyerang` -> `serang`, `memukul` -> `pukul`, `mengecam` -> `kecam`, `penasihat` -> `nasihat`).
enum PrefixRules {
    private static let vowels: Set<Character> = ["a", "i", "u", "e", "o"]

    private static func isVowel(_ c: Character?) -> Bool { c.map { vowels.contains($0) } ?? false }
    private static func isConsonant(_ c: Character?) -> Bool { c.map { $0.isLetter && !vowels.contains($0) } ?? false }

    /// The readings of `word`, most likely first.
    static func candidates(_ word: String) -> [(String, String)] {
        let c = Array(word)
        func at(_ i: Int) -> Character? { i < c.count ? c[i] : nil }
        func rest(_ from: Int) -> String { from < c.count ? String(c[from...]) : "" }
        var out: [(String, String)] = []

        // Plain prefixes: di-, ke-, se-, ku-, kau-.
        if word.hasPrefix("di") { out.append(("di", rest(2))) }
        if word.hasPrefix("ke") { out.append(("ke", rest(2))) }
        if word.hasPrefix("se") { out.append(("se", rest(2))) }
        if word.hasPrefix("kau") { out.append(("kau", rest(3))) }
        if word.hasPrefix("ku") { out.append(("ku", rest(2))) }

        // be-, ber-
        if word.hasPrefix("belajar") { out.append(("ber", rest(3))) }
        if word.hasPrefix("ber") {
            if isVowel(at(3)) {
                out.append(("ber", rest(3)))
                out.append(("ber", "r" + rest(3)))
            } else if isConsonant(at(3)) && at(3) != "r" {
                out.append(("ber", rest(3)))
            }
        }
        if word.hasPrefix("be"), isConsonant(at(2)), at(2) != "r", at(2) != "l", at(3) == "e", at(4) == "r" {
            out.append(("ber", rest(2)))  // bekerja, beternak
        }

        // te-, ter-
        if word.hasPrefix("ter") {
            if isVowel(at(3)) {
                out.append(("ter", rest(3)))
                out.append(("ter", "r" + rest(3)))
            } else if isConsonant(at(3)) && at(3) != "r" {
                out.append(("ter", rest(3)))
            }
        }
        if word.hasPrefix("te"), isConsonant(at(2)), at(2) != "r", at(3) == "e", at(4) == "r" {
            out.append(("ter", rest(2)))  // teterbang
        }

        // me-, mem-, men-, meng-, meny-
        if word.hasPrefix("me") {
            if let l = at(2), ["l", "r", "w", "y"].contains(l), isVowel(at(3)) {
                out.append(("me", rest(2)))
            }
            if word.hasPrefix("mem") {
                if let b = at(3), ["b", "f", "v"].contains(b) { out.append(("me", rest(3))) }
                if word.hasPrefix("mempe") { out.append(("me", rest(3))) }
                if at(3) == "p", at(4) != "e" { out.append(("me", rest(3))) }
                if isVowel(at(3)) || (at(3) == "r" && isVowel(at(4))) {
                    out.append(("me", "m" + rest(3)))
                    out.append(("me", "p" + rest(3)))
                }
            }
            if word.hasPrefix("meny"), isVowel(at(4)) {
                out.append(("me", "s" + rest(4)))
                out.append(("me", "ny" + rest(4)))
            } else if word.hasPrefix("meng") {
                if let g = at(4), ["g", "h", "q", "k"].contains(g) { out.append(("me", rest(4))) }
                if word.hasPrefix("menge") && at(5) != nil && !isVowel(at(5)) { out.append(("me", rest(5))) }
                if isVowel(at(4)) {
                    out.append(("me", rest(4)))
                    out.append(("me", "k" + rest(4)))
                    out.append(("me", "ng" + rest(4)))
                }
            } else if word.hasPrefix("men") {
                if let d = at(3), ["c", "d", "j", "s", "t", "z"].contains(d) { out.append(("me", rest(3))) }
                if isVowel(at(3)) {
                    out.append(("me", "n" + rest(3)))
                    out.append(("me", "t" + rest(3)))
                }
            }
        }

        // pe-, per-, pem-, pen-, peng-, peny-, pel-
        if word.hasPrefix("pe") {
            if let w = at(2), ["w", "y"].contains(w), isVowel(at(3)) { out.append(("pe", rest(2))) }
            if word.hasPrefix("per") {
                if isVowel(at(3)) {
                    out.append(("per", rest(3)))
                    out.append(("per", "r" + rest(3)))
                } else if isConsonant(at(3)) && at(3) != "r" {
                    out.append(("per", rest(3)))
                }
            }
            if word.hasPrefix("pem") {
                if let b = at(3), ["b", "f", "v"].contains(b) { out.append(("pe", rest(3))) }
                if isVowel(at(3)) || (at(3) == "r" && isVowel(at(4))) {
                    out.append(("pe", "m" + rest(3)))
                    out.append(("pe", "p" + rest(3)))
                }
            }
            if word.hasPrefix("peny"), isVowel(at(4)) {
                out.append(("pe", "s" + rest(4)))
                out.append(("pe", "ny" + rest(4)))
            } else if word.hasPrefix("peng") {
                if isConsonant(at(4)) { out.append(("pe", rest(4))) }
                if word.hasPrefix("penge") && at(5) != nil && !isVowel(at(5)) { out.append(("pe", rest(5))) }
                if isVowel(at(4)) {
                    out.append(("pe", rest(4)))
                    out.append(("pe", "k" + rest(4)))
                }
            } else if word.hasPrefix("pen") {
                if let d = at(3), ["c", "d", "j", "s", "t", "z"].contains(d) { out.append(("pe", rest(3))) }
                if isVowel(at(3)) {
                    out.append(("pe", "n" + rest(3)))
                    out.append(("pe", "t" + rest(3)))
                }
            }
            if word.hasPrefix("pelajar") { out.append(("pe", rest(3))) }
            if at(2) == "l", isVowel(at(3)) { out.append(("pe", rest(2))) }
            if let k = at(2), isConsonant(k), !["r", "w", "y", "l", "m", "n"].contains(k) {
                out.append(("pe", rest(2)))  // petani, pekerja, peserta
            }
        }

        // Infixes and reduplicated first syllables: kinerja, lemigas, rerata, lelembut.
        if isConsonant(at(0)), c.count > 4 {
            let pair = String(c[1...2])
            if ["in", "el", "er", "em"].contains(pair), isVowel(at(3)) {
                out.append(("", String(c[0]) + rest(3)))
            }
            if at(1) == "e", at(2) == c[0] { out.append(("", rest(2))) }
        }
        return out
    }
}
