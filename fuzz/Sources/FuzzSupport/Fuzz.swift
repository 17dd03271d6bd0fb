import CFuzzDriver
import Foundation
import RelmapGraph
import RelmapRender

/// What every fuzz target shares: the driver, a scratch file for readers that take a path, and
/// the writers a graph that was read is handed on to.
public enum Fuzz {
    /// The target's test, set once by ``run(_:)`` before the driver starts; libFuzzer calls it from
    /// one thread.
    nonisolated(unsafe) static var test: (([UInt8]) throws -> Void)?

    /// Runs libFuzzer with the process's arguments (`-max_total_time=8 corpus/...`), handing each
    /// input to `test`. An error `test` throws is a pass: the reader refused the input.
    public static func run(_ test: @escaping ([UInt8]) throws -> Void) -> Never {
        Fuzz.test = test
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }

    /// A folder of this process's own for scratch files: `RELMAP_FUZZ_SCRATCH` (scripts/fuzz.sh
    /// gives one and removes it, also after a crash), else one in memory where the system offers it.
    static let folder: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = ProcessInfo.processInfo.environment["RELMAP_FUZZ_SCRATCH"] ?? "\(base)/relmap-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: "\(Fuzz.folder)") }
        return path
    }()

    /// Writes `bytes` to a scratch file called `name` and passes its path to `body`, for the
    /// readers that take paths (articles, lexicon, style).
    public static func withFile<T>(_ bytes: [UInt8], named name: String, _ body: (String) throws -> T) throws -> T {
        let path = "\(folder)/\(name)"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("fuzz: cannot write the scratch file \(path)")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// `bytes` as text, the way the CLI reads graph files that are text (errors for bad UTF-8).
    public static func text(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// Hands a graph that was read to every writer, and what each writes back to its reader:
    /// whatever a reader accepts must be written or refused with an error, never crash a writer,
    /// and what a writer wrote must read back with as many nodes and edges (issue 13: every export
    /// reads back). A file that does not is a trap, with the format and the reason.
    public static func write(_ graph: RelationGraph) {
        // An edge list adds up the rows of one pair, type and direction (EdgeListCSV, EdgeKey), so
        // parallel edges of one type, which graph JSON, GraphML and GEXF may hold, come back as one;
        // a directed and an undirected row of one pair and type stay two edges.
        let pairs = Set(graph.edges.map { EdgeKey($0, of: graph) }).count
        func check(_ format: String, edges: Int? = nil, _ read: () throws -> RelationGraph) {
            let back: RelationGraph
            do { back = try read() } catch { fatalError("\(format) written by relmap does not read back: \(error)") }
            guard back.nodes.count == graph.nodes.count, back.edges.count == edges ?? graph.edges.count else {
                fatalError("\(format) round trip: \(graph.nodes.count) nodes, \(graph.edges.count) edges written, \(back.nodes.count) and \(back.edges.count) read")
            }
        }
        let json = GraphJSON.encode(graph)
        check("graph JSON") { try GraphJSON.decode(Data(json.utf8), path: "back.json") }
        if let graphML = try? GraphMLWriter.encode(graph) {
            check("GraphML") { try GraphMLReader.decode(Data(graphML.utf8), path: "back.graphml") }
        }
        if let gexf = try? GEXFWriter.encode(graph) {
            check("GEXF") { try GEXFReader.decode(Data(gexf.utf8), path: "back.gexf") }
        }
        let nodes = CSVWriter.nodes(graph), edges = CSVWriter.edges(graph)
        check("CSV", edges: pairs) {
            let directed = Set(graph.edges.filter(\.directed).map(\.type))
            let g = try EdgeListCSV.decode(edges, path: "edges.csv", directedTypes: directed)
            return try EdgeListCSV.applyNodes(nodes, to: g, path: "nodes.csv")
        }
    }
}

/// libFuzzer's test callback. The driver is handed it by ``Fuzz/run(_:)``; the name is exported
/// too because libFuzzer's own (unused) `main` refers to it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 || data == nil ? [] : [UInt8](UnsafeBufferPointer(start: data, count: size))
    do { try Fuzz.test?(bytes) } catch {}
    return 0
}
