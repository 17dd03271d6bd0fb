extension GraphDiff {
    /// The diff as `relmap diff --format json` writes it (and `relmap report` embeds it): actors
    /// and edges added, removed, changed and unchanged, rank changes, Kendall's tau per measure,
    /// the type mix and the cooperative share; `before` and `after` name the two sides.
    public func jsonValue(before: String, after: String) -> JSONText.Value {
        func opt(_ v: Double?) -> JSONText.Value { v.map { .number($0) } ?? .null }
        func optInt(_ v: Int?) -> JSONText.Value { v.map { .int($0) } ?? .null }
        return .object([
            ("before", .string(before)), ("after", .string(after)),
            ("nodes_added", .array(nodesAdded.map { .string($0) })),
            ("nodes_removed", .array(nodesRemoved.map { .string($0) })),
            ("edges_added", .array(edgesAdded.map(\.jsonValue))),
            ("edges_removed", .array(edgesRemoved.map(\.jsonValue))),
            ("edges_changed", .array(edgesChanged.map(\.jsonValue))),
            ("edges_unchanged", .array(edgesUnchanged.map(\.jsonValue))),
            (
                "rank_changes",
                .array(
                    rankChanges.map { r in
                        .object([
                            ("id", .string(r.id)), ("measure", .string(r.measure.rawValue)), ("rank_before", optInt(r.rankBefore)),
                            ("rank_after", optInt(r.rankAfter)), ("value_before", opt(r.valueBefore)), ("value_after", opt(r.valueAfter)),
                            ("moved", optInt(r.moved))
                        ])
                    })
            ),
            ("kendall_tau", .object(kendallTau.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, .number($0.value)) })),
            ("type_mix", .object(typeMix.sorted { $0.key < $1.key }.map { ($0.key, .object([("before", .number($0.value.before)), ("after", .number($0.value.after))])) })),
            ("cooperative_share", .object([("before", opt(cooperativeShare.before)), ("after", opt(cooperativeShare.after))]))
        ])
    }
}

extension GraphDiff.EdgeChange {
    /// The change as a JSON object: source, target, type, directed, weight before and after.
    public var jsonValue: JSONText.Value {
        .object([
            ("source", .string(source)), ("target", .string(target)), ("type", .string(type)),
            ("directed", .bool(directed)), ("before", .number(before)), ("after", .number(after))
        ])
    }
}
