import Foundation
import FuzzSupport
import RelmapGraph

/// GEXF, then every writer on what was read.
@main
enum FuzzGEXF {
    static func main() {
        Fuzz.run { bytes in
            Fuzz.write(try GEXFReader.decode(Data(bytes), path: "fuzz.gexf"))
        }
    }
}
