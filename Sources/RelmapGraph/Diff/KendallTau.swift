/// Kendall's rank correlation between two scorings of the same items.
///
/// Definition (tau-b, which corrects for ties; Kendall 1945, "The treatment of ties in ranking
/// problems", Biometrika 33:239; scipy `kendalltau`): (concordant - discordant) /
/// sqrt((n0 - ties in x) (n0 - ties in y)), with n0 = n(n-1)/2. 1: the same order, -1: reversed.
public enum KendallTau {
    /// Tau-b of paired values, nil with fewer than two items or when either side is constant.
    public static func tauB(_ x: [Double], _ y: [Double]) -> Double? {
        let n = min(x.count, y.count)
        guard n >= 2 else { return nil }
        var concordant = 0.0, discordant = 0.0, tiesX = 0.0, tiesY = 0.0
        for i in 0..<n {
            for j in (i + 1)..<n {
                let dx = x[i] - x[j], dy = y[i] - y[j]
                if dx == 0 && dy == 0 { tiesX += 1; tiesY += 1 } else if dx == 0 { tiesX += 1 } else if dy == 0 { tiesY += 1 } else if (dx > 0) == (dy > 0) { concordant += 1 } else { discordant += 1 }
            }
        }
        let n0 = Double(n * (n - 1) / 2)
        let denominator = ((n0 - tiesX) * (n0 - tiesY)).squareRoot()
        return denominator > 0 ? (concordant - discordant) / denominator : nil
    }
}
