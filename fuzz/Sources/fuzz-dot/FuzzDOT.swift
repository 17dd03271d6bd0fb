import FuzzSupport
import RelmapRender

/// DOT (through Graphviz's parser), then every writer on what was read.
@main
enum FuzzDOT {
    static func main() {
        Fuzz.run { bytes in
            guard let text = Fuzz.text(bytes) else { return }
            Fuzz.write(try DOTReader.decode(text, path: "fuzz.dot"))
        }
    }
}
