extension MapStyle {
    /// The look of each of `types`: a listed type's own (``types``); the others, in the order of
    /// their names, each a colour of ``palette`` in turn and their own name as label (the
    /// palette starts again past its end); `default` only when the palette is empty.
    public func styles(ofTypes types: some Sequence<String>) -> [String: TypeStyle] {
        var out: [String: TypeStyle] = [:]
        var unlisted: [String] = []
        for t in Set(types) {
            if let s = self.types[t], t != "default" { out[t] = s } else { unlisted.append(t) }
        }
        for (i, t) in unlisted.sorted().enumerated() {
            out[t] = palette.isEmpty ? TypeStyle(color: style(ofType: t).color, label: t) : TypeStyle(color: palette[i % palette.count], label: t)
        }
        return out
    }
}
