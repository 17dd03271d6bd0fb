import Foundation
import FuzzSupport
import RelmapGraph

/// GraphML, then every writer on what was read.
@main
enum FuzzGraphML {
    static func main() {
        Fuzz.run { bytes in
            Fuzz.write(try GraphMLReader.decode(Data(bytes), path: "fuzz.graphml"))
        }
    }
}
