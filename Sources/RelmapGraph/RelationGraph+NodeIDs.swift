extension RelationGraph {
    /// This graph as read from `path`, or an error when a node's id is empty (`<node id="">`,
    /// `"id": ""`, `""` in DOT): an actor without a name, which an edge list cannot even write.
    public func checkingNodeIDs(path: String) throws(GraphError) -> RelationGraph {
        guard !nodes.contains(where: { $0.id.isEmpty }) else {
            throw GraphError(path: path, reason: "a node has an empty id: give every node a name")
        }
        return self
    }
}
