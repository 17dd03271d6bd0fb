import Testing
@testable import relmap

/// What a command keeps to the process's end is not torn down when the command is done with it.
@Suite struct KeptToExitTests {
    final class Table {}

    @Test func aKeptValueOutlivesItsLastUse() {
        weak var watched: Table?
        let before = KeptToExit.count
        do {
            let table = Table()
            watched = table
            KeptToExit.keep(table)
        }
        #expect(watched != nil)
        #expect(KeptToExit.count == before + 1)
        // Without keeping, the same object is gone once its scope ends.
        weak var dropped: Table?
        do {
            let table = Table()
            dropped = table
        }
        #expect(dropped == nil)
    }
}
