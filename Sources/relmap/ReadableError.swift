import Foundation

/// Errors from Foundation (file system calls) turned into one line a person can act on: the
/// path, what went wrong in words, and what to check, instead of `Error Domain=NSCocoaErrorDomain
/// Code=516 ... UserInfo={...}`.
enum ReadableError {
    /// `error` as it should be shown: Foundation's file errors reworded, every other one as it is.
    static func of(_ error: Error) -> Error {
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return error }
        let path = ns.userInfo[NSFilePathErrorKey] as? String ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        var reason = ns.localizedDescription
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(Int32(underlying.code)))
        } else if ns.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(Int32(ns.code)))
        }
        reason = reason.split(whereSeparator: \.isNewline).joined(separator: " ")
        let hint = "check the path and its permissions"
        return CLIError(path.map { "\($0): \(reason.lowercased()); \(hint)" } ?? "\(reason); \(hint)")
    }
}
