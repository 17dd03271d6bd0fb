import Foundation
import FuzzSupport
import RelmapGraph

/// relmap's graph JSON (`relmap build -o graph.json`), then every writer on what was read.
@main
enum FuzzGraphJSON {
    static func main() {
        Fuzz.run { bytes in
            Fuzz.write(try GraphJSON.decode(Data(bytes), path: "fuzz.json"))
        }
    }
}
