/// Structural balance: with cooperative ties positive and hostile ones negative, a triad is
/// balanced when the product of its signs is positive ("the friend of my friend is my friend, the
/// enemy of my enemy is my friend").
///
/// Definition (Heider 1946; Cartwright & Harary 1956, "Structural balance: a generalization of
/// Heider's theory", Psychol. Rev. 63:277): the sign of a pair is the sign of the sum of its
/// relations' weights, cooperative counted positive and hostile negative; pairs that sum to zero,
/// and relations without a polarity, carry no sign. The share of balanced triads is over the
/// triangles of signed pairs.
public struct Balance: Sendable {
    /// Each actor's friends and foes.
    public struct Stance: Sendable, Equatable {
        /// The actor's id.
        public var id: String
        /// Actors it has a positive tie with, by id.
        public var friends: [String]
        /// Actors it has a negative tie with, by id.
        public var foes: [String]
    }

    /// Triangles of signed pairs.
    public let triads: Int
    /// Balanced triangles among them.
    public let balanced: Int
    /// Each actor's stance, in node order.
    public let stances: [Stance]

    /// The share of balanced triads (nil when there is none).
    public var balancedShare: Double? { triads > 0 ? Double(balanced) / Double(triads) : nil }

    /// The balance of `graph`.
    public init(_ graph: RelationGraph) {
        var sum: [UInt64: Double] = [:]
        for e in graph.edges where e.source != e.target {
            guard let p = e.polarity else { continue }
            let a = min(e.source, e.target), b = max(e.source, e.target)
            sum[UInt64(a) << 32 | UInt64(b), default: 0] += p == .hostile ? -e.weight : e.weight
        }
        let n = graph.nodes.count
        var sign: [[Int: Int]] = Array(repeating: [:], count: n)
        for (k, s) in sum where s != 0 {
            let a = Int(k >> 32), b = Int(k & 0xFFFF_FFFF)
            sign[a][b] = s > 0 ? 1 : -1
            sign[b][a] = s > 0 ? 1 : -1
        }
        var triads = 0, balanced = 0
        for a in 0..<n {
            for (b, sab) in sign[a] where b > a {
                for (c, sbc) in sign[b] where c > b {
                    if let sac = sign[a][c] {
                        triads += 1
                        if sab * sbc * sac > 0 { balanced += 1 }
                    }
                }
            }
        }
        self.triads = triads
        self.balanced = balanced
        stances = (0..<n).map { a in
            Stance(
                id: graph.nodes[a].id,
                friends: sign[a].filter { $0.value > 0 }.map { graph.nodes[$0.key].id }.sorted(),
                foes: sign[a].filter { $0.value < 0 }.map { graph.nodes[$0.key].id }.sorted())
        }
    }
}
