/// The principal eigenvector of a symmetric view's weighted adjacency matrix by the Lanczos
/// method (Lanczos 1950; Golub & Van Loan, "Matrix Computations", ch. 10), for
/// ``EigenvectorCentrality``.
///
/// Each cycle builds an orthonormal basis of the Krylov space of its start vector, up to
/// ``basisSize`` vectors, each orthogonalised against all the others (full reorthogonalisation,
/// so no ghost copies of converged eigenvalues), takes the tridiagonal matrix's largest
/// eigenpair (Jacobi rotations: the matrix is small) and its Ritz vector, and restarts from that
/// vector until the residual ||Ay - θy|| is below 10^-11 of θ (or the work budget is spent).
enum Lanczos {
    /// The most basis vectors a cycle keeps (memory: this many vectors of the view's size).
    static let basisSize = 48

    /// The principal eigenvector of `view` (undirected), unit length, summing to a positive
    /// number, after at most `steps` products with the matrix.
    static func principal(_ view: GraphView, steps: Int) -> [Double] {
        let n = view.count
        var y = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var done = 0
        while done < steps {
            let m = min(basisSize, n, max(1, steps - done))
            let (ritz, residual, theta, used) = cycle(view, start: y, size: m)
            done += used
            y = ritz
            if residual <= 1e-11 * max(abs(theta), 1e-300) || used < m { break }
        }
        let sum = y.reduce(0, +)
        return sum < 0 ? y.map { -$0 } : y
    }

    /// One Lanczos cycle of up to `size` steps from `start` (unit length): the Ritz vector of the
    /// largest Ritz value, its residual norm, the value, and the steps taken (fewer when the
    /// Krylov space closes: the Ritz vector is then exact).
    static func cycle(_ view: GraphView, start: [Double], size: Int) -> (vector: [Double], residual: Double, theta: Double, steps: Int) {
        let n = view.count
        var basis = start
        basis.reserveCapacity(n * size)
        var alpha: [Double] = [], beta: [Double] = []
        var w = [Double](repeating: 0, count: n)
        var lastBeta = 0.0
        for j in 0..<size {
            basis.withUnsafeBufferPointer { v in
                let vj = UnsafeBufferPointer(rebasing: v[(j * n)..<((j + 1) * n)])
                multiply(view, vj, into: &w)
            }
            // w -= (w . v_k) v_k for every basis vector (full reorthogonalisation), the current
            // one last: its coefficient is alpha.
            var a = 0.0
            basis.withUnsafeBufferPointer { v in
                w.withUnsafeMutableBufferPointer { w in
                    for k in stride(from: j, through: 0, by: -1) {
                        let vk = UnsafeBufferPointer(rebasing: v[(k * n)..<((k + 1) * n)])
                        let c = dot(vk, UnsafeBufferPointer(w))
                        if k == j { a = c }
                        for i in 0..<n { w[i] -= c * vk[i] }
                    }
                }
            }
            alpha.append(a)
            let b = dot(w, w).squareRoot()
            lastBeta = b
            let scale = alpha.reduce(0) { max($0, abs($1)) }
            if b <= 1e-13 * max(scale, 1e-300) || j == size - 1 {
                if b <= 1e-13 * max(scale, 1e-300) { lastBeta = 0 }
                break
            }
            beta.append(b)
            let inv = 1 / b
            for i in 0..<n { basis.append(w[i] * inv) }
        }
        let k = alpha.count
        let (theta, s) = largestEigenpair(alpha: alpha, beta: beta)
        var y = [Double](repeating: 0, count: n)
        basis.withUnsafeBufferPointer { v in
            for j in 0..<k where s[j] != 0 {
                let sj = s[j], base = j * n
                for i in 0..<n { y[i] += sj * v[base + i] }
            }
        }
        let norm = dot(y, y).squareRoot()
        if norm > 0 { for i in 0..<n { y[i] /= norm } }
        return (y, abs(lastBeta * s[k - 1]), theta, k)
    }

    /// `out` = A `x`.
    static func multiply(_ view: GraphView, _ x: UnsafeBufferPointer<Double>, into out: inout [Double]) {
        view.outOffsets.withUnsafeBufferPointer { off in
            view.outTargets.withUnsafeBufferPointer { to in
                view.outWeights.withUnsafeBufferPointer { wt in
                    out.withUnsafeMutableBufferPointer { o in
                        for v in 0..<view.count {
                            var sum = 0.0
                            for k in off[v]..<off[v + 1] { sum += wt[k] * x[to[k]] }
                            o[v] = sum
                        }
                    }
                }
            }
        }
    }

    /// The dot product of `a` and `b` (four running sums, so that the loop pipelines).
    static func dot(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>) -> Double {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        var i = 0
        let n = min(a.count, b.count)
        while i + 3 < n {
            s0 += a[i] * b[i]
            s1 += a[i + 1] * b[i + 1]
            s2 += a[i + 2] * b[i + 2]
            s3 += a[i + 3] * b[i + 3]
            i += 4
        }
        while i < n {
            s0 += a[i] * b[i]
            i += 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    /// The dot product of `a` and `b`.
    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { dot(a, $0) } }
    }

    /// The largest eigenvalue of the symmetric tridiagonal matrix with diagonal `alpha` and
    /// off-diagonal `beta`, and its unit eigenvector, by cyclic Jacobi rotations.
    static func largestEigenpair(alpha: [Double], beta: [Double]) -> (Double, [Double]) {
        let k = alpha.count
        var a = [Double](repeating: 0, count: k * k)
        var v = [Double](repeating: 0, count: k * k)
        for i in 0..<k {
            a[i * k + i] = alpha[i]
            v[i * k + i] = 1
            if i + 1 < k {
                a[i * k + i + 1] = beta[i]
                a[(i + 1) * k + i] = beta[i]
            }
        }
        for _ in 0..<100 {
            var off = 0.0, total = 0.0
            for i in 0..<k {
                for j in 0..<k {
                    total += a[i * k + j] * a[i * k + j]
                    if i != j { off += a[i * k + j] * a[i * k + j] }
                }
            }
            if off <= 1e-30 * total || off == 0 { break }
            for p in 0..<k {
                for q in (p + 1)..<k where a[p * k + q] != 0 {
                    let apq = a[p * k + q]
                    let theta = (a[q * k + q] - a[p * k + p]) / (2 * apq)
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for r in 0..<k {
                        let arp = a[r * k + p], arq = a[r * k + q]
                        a[r * k + p] = c * arp - s * arq
                        a[r * k + q] = s * arp + c * arq
                    }
                    for r in 0..<k {
                        let apr = a[p * k + r], aqr = a[q * k + r]
                        a[p * k + r] = c * apr - s * aqr
                        a[q * k + r] = s * apr + c * aqr
                    }
                    for r in 0..<k {
                        let vrp = v[r * k + p], vrq = v[r * k + q]
                        v[r * k + p] = c * vrp - s * vrq
                        v[r * k + q] = s * vrp + c * vrq
                    }
                }
            }
        }
        var best = 0
        for i in 1..<max(1, k) where a[i * k + i] > a[best * k + best] { best = i }
        return (a[best * k + best], (0..<k).map { v[$0 * k + best] })
    }
}
