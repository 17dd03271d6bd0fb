import CGraphviz
import Foundation

/// Graphviz's C library, in-process and serialised.
///
/// cgraph is not thread-safe even for reads and `gvContext()` changes process-wide state, so
/// every call goes through ``withSession(_:)``, which holds one lock and one context for the
/// process (a context per call would leak the plugin lists each time).
public enum Graphviz {
    /// The process's context and the messages of the current call. `@unchecked Sendable`: both
    /// properties are read and written only with `lock` held (Graphviz calls its error function on
    /// the calling thread, inside ``withSession(_:)``).
    final class Session: @unchecked Sendable {
        let lock = NSLock()
        var context: OpaquePointer?
        var messages: [String] = []
    }

    static let shared = Session()

    /// Runs `body` with the process's Graphviz context, holding the lock.
    static func withSession<T>(_ body: (OpaquePointer) throws -> T) throws -> T {
        shared.lock.lock()
        defer { shared.lock.unlock() }
        if shared.context == nil {
            shared.context = gvContext()
            _ = agseterrf { message in
                if let message { Graphviz.shared.messages.append(String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)) }
                return 0
            }
        }
        guard let ctx = shared.context else { throw RenderError.pluginsMissing }
        shared.messages.removeAll()
        _ = agreseterrors()
        return try body(ctx)
    }

    /// The error messages Graphviz reported during the current call. Call inside ``withSession(_:)``.
    static var lastMessage: String {
        shared.messages.filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// The DOT source of `g` (opened with `relmap_open`), as cgraph writes it. Call inside ``withSession(_:)``.
    static func source(of g: UnsafeMutablePointer<Agraph_t>) throws -> Data {
        var buffer = relmap_buffer(data: nil, length: 0, capacity: 0, failed: 0)
        defer { free(buffer.data) }
        guard relmap_write(g, &buffer) == 0, buffer.failed == 0, let data = buffer.data else {
            throw RenderError.render("cannot write the DOT source: \(lastMessage)")
        }
        return Data(bytes: data, count: buffer.length)
    }

    /// Lays out `g` and renders it; frees the layout on every path. Call inside ``withSession(_:)``.
    static func layoutAndRender(_ ctx: OpaquePointer, _ g: UnsafeMutablePointer<Agraph_t>, engine: LayoutEngine, format: String) throws -> Data {
        if gvLayout(ctx, g, engine.rawValue) != 0 {
            let msg = lastMessage
            if msg.contains("not recognized") {
                if msg.lowercased().contains("layout type") && ![.osage, .patchwork].contains(engine) {
                    throw RenderError.pluginsMissing
                }
                throw RenderError.unknownEngine(engine)
            }
            throw RenderError.layout(msg.isEmpty ? "engine \(engine) returned an error" : msg)
        }
        defer { gvFreeLayout(ctx, g) }
        var result: UnsafeMutablePointer<CChar>?
        var length = 0
        let rc = relmap_render_data(ctx, g, format, &result, &length)
        guard rc == 0, let result else {
            let msg = lastMessage
            if msg.contains("not recognized") || msg.contains("Format") { throw RenderError.unsupportedFormat(format) }
            throw RenderError.render(msg.isEmpty ? "format \(format) returned an error" : msg)
        }
        defer { gvFreeRenderData(result) }
        return Data(bytes: result, count: length)
    }
}
