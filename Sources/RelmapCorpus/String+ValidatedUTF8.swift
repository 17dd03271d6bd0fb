extension String {
    /// `String(validating: bytes, as: UTF8.self)`, with ASCII (valid UTF-8 as it is) made without the
    /// standard library's generic validation, which costs hundreds of instructions for a short name.
    static func validatedUTF8<C: Collection>(_ bytes: C) -> String? where C.Element == UInt8 {
        bytes.allSatisfy { $0 < 0x80 } ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
    }
}
