#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// The temporary files this process is writing, removed if it is stopped by SIGINT, SIGTERM or
/// SIGHUP before it renames them into place; and the output folders it made, removed after them
/// if they are then empty.
///
/// The handler runs in signal context, so it only reads a fixed table of C strings and calls
/// `unlink` and `rmdir`, safe there; then it restores the default action and raises the signal
/// again, so that the process ends as the signal asked (status 130 for Ctrl-C in a shell).
enum TemporaryFiles {
    private static let capacity = 4096
    /// Paths as C strings, nil for a free slot. Written under `lock`; read by the handler.
    /// `nonisolated(unsafe)`: the pointer itself never changes after it is made; what it points
    /// to is written only under `lock`, and the signal handler only reads it.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        p.initialize(repeating: nil, count: capacity)
        return p
    }()
    /// Whether each slot holds a folder (removed with `rmdir`, after the files). `nonisolated(unsafe)`
    /// as ``slots``: written under `lock`, read by the handler.
    nonisolated(unsafe) private static let folders: UnsafeMutablePointer<Bool> = {
        let p = UnsafeMutablePointer<Bool>.allocate(capacity: capacity)
        p.initialize(repeating: false, count: capacity)
        return p
    }()
    private static let lock = NSLock()
    /// Whether the handlers are installed; `nonisolated(unsafe)`: read and written only under `lock`.
    nonisolated(unsafe) private static var installed = false

    /// Records `path` as a temporary file to remove on a signal; returns its slot for ``forget(_:)``.
    static func register(_ path: String) -> Int? {
        register(path, folder: false)
    }

    /// Records `path` as a folder this run made, to remove on a signal if empty; returns its slot.
    static func registerFolder(_ path: String) -> Int? {
        register(path, folder: true)
    }

    private static func register(_ path: String, folder: Bool) -> Int? {
        lock.withLock {
            if !installed { installHandlers(); installed = true }
            for i in 0..<capacity where slots[i] == nil {
                folders[i] = folder
                slots[i] = strdup(path)
                return i
            }
            return nil
        }
    }

    /// Stops tracking the file in `slot` (renamed into place, or removed).
    static func forget(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock {
            let p = slots[slot]
            slots[slot] = nil
            free(p)
        }
    }

    /// Removes every registered file, then the registered folders that are empty. Safe in a signal
    /// handler: plain loops over the C tables, no iterator, no allocation, no lock (a handler that
    /// allocates deadlocks when the signal lands inside malloc).
    private static func removeRegistered() {
        let slots = TemporaryFiles.slots, folders = TemporaryFiles.folders
        var i = 0
        while i < TemporaryFiles.capacity {
            if !folders[i], let p = slots[i] { unlink(p) }
            i += 1
        }
        // Folders were registered outermost first: the innermost go first.
        i = TemporaryFiles.capacity - 1
        while i >= 0 {
            if folders[i], let p = slots[i] { rmdir(p) }
            i -= 1
        }
    }

    /// Makes a closed standard output ("relmap extract corpus | head -1") end the run quietly, with
    /// status 0: what the reader wanted has been written. Temporary files go as on SIGINT; nothing
    /// is printed. Without this, SIGPIPE would end the process with status 141.
    static func exitQuietlyOnBrokenPipe() {
        install(SIGPIPE) { _ in
            TemporaryFiles.removeRegistered()
            _exit(0)
        }
    }

    private static func installHandlers() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            install(sig) { sig in
                TemporaryFiles.removeRegistered()
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    /// Handles `sig` with `handler`, unless the signal was ignored when relmap started (nohup; a
    /// SIGPIPE ignored makes writes fail with EPIPE instead), and unblocks it.
    private static func install(_ sig: Int32, _ handler: @convention(c) (Int32) -> Void) {
        // The tables exist before any handler can run: a lazy global's first use allocates, which a
        // signal handler must never do.
        _ = slots
        _ = folders
        var old = sigaction()
        sigaction(sig, nil, &old)
        if let current = old.handler,
            unsafeBitCast(current, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        {
            return
        }
        var action = sigaction()
        action.handler = handler
        sigemptyset(&action.sa_mask)
        sigaction(sig, &action, nil)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, sig)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}

extension sigaction {
    /// The handler, under Glibc's and Darwin's names for the union that holds it.
    fileprivate var handler: (@convention(c) (Int32) -> Void)? {
        get {
            #if canImport(Glibc)
                __sigaction_handler.sa_handler
            #else
                __sigaction_u.__sa_handler
            #endif
        }
        set {
            #if canImport(Glibc)
                __sigaction_handler.sa_handler = newValue
            #else
                __sigaction_u.__sa_handler = newValue
            #endif
        }
    }
}
