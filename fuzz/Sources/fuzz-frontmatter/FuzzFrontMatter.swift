import FuzzSupport
import RelmapCorpus

/// YAML front matter and the body after it.
@main
enum FuzzFrontMatter {
    static func main() {
        Fuzz.run { bytes in
            guard let text = Fuzz.text(bytes) else { return }
            _ = try FrontMatter.parse(text, path: "fuzz.md")
        }
    }
}
