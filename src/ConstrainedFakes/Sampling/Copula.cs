namespace ConstrainedFakes.Sampling;

/// <summary>
/// A Gaussian copula conditioned on its fixed members: the latent normals of the free members given those of
/// the fixed ones, z_R = Σ_RF Σ_FF⁻¹ z_F + L·g with L·Lᵀ = Σ_RR − Σ_RF Σ_FF⁻¹ Σ_FR. Computed once per change of
/// fixed values; the row's code then reads the weights and means instead of the compile-time factor.
/// </summary>
public static class Copula
{
    /// <summary>
    /// Fills <paramref name="weights"/> (n × n, row-major, lower-triangular in member order) and
    /// <paramref name="means"/> (n) so that zᵢ = meansᵢ + Σⱼ weightsᵢⱼ·gⱼ for the free members.
    /// </summary>
    /// <param name="latent">The latent correlation matrix, n × n, row-major.</param>
    /// <param name="fixedLatent">Each member's latent value when it is fixed, NaN when it is free.</param>
    /// <param name="weights">Receives the weights; a fixed member's row is zero.</param>
    /// <param name="means">Receives the means; a fixed member's is its latent value.</param>
    public static void Condition(double[] latent, double[] fixedLatent, double[] weights, double[] means)
    {
        var n = fixedLatent.Length;
        var fixedOnes = Enumerable.Range(0, n).Where(i => !double.IsNaN(fixedLatent[i])).ToArray();
        var free = Enumerable.Range(0, n).Where(i => double.IsNaN(fixedLatent[i])).ToArray();
        double Sigma(int i, int j) => latent[i * n + j];

        // Σ_FF⁻¹ by Gauss–Jordan (a handful of members); then A = Σ_RF Σ_FF⁻¹.
        var f = fixedOnes.Length;
        var inverse = Invert(fixedOnes.Select(i => fixedOnes.Select(j => Sigma(i, j)).ToArray()).ToArray());
        var a = free.Select(r => Enumerable.Range(0, f).Select(c => Enumerable.Range(0, f).Sum(k => Sigma(r, fixedOnes[k]) * inverse[k][c])).ToArray()).ToArray();
        var conditional = free.Select((r, x) => free.Select((s, y) => Sigma(r, s) - Enumerable.Range(0, f).Sum(k => a[x][k] * Sigma(fixedOnes[k], s))).ToArray()).ToArray();
        var factor = Cholesky(conditional);

        Array.Clear(weights);
        for (var x = 0; x < free.Length; x++)
        {
            means[free[x]] = Enumerable.Range(0, f).Sum(k => a[x][k] * fixedLatent[fixedOnes[k]]);
            for (var y = 0; y <= x; y++) weights[free[x] * n + free[y]] = factor[x][y];
        }
        foreach (var i in fixedOnes) means[i] = fixedLatent[i];
    }

    private static double[][] Invert(double[][] matrix)
    {
        var n = matrix.Length;
        var work = matrix.Select((row, i) => row.Concat(Enumerable.Range(0, n).Select(j => i == j ? 1.0 : 0.0)).ToArray()).ToArray();
        for (var column = 0; column < n; column++)
        {
            var pivot = Enumerable.Range(column, n - column).OrderByDescending(r => Math.Abs(work[r][column])).First();
            (work[column], work[pivot]) = (work[pivot], work[column]);
            var scale = work[column][column];
            for (var j = 0; j < 2 * n; j++) work[column][j] /= scale;
            for (var r = 0; r < n; r++)
            {
                if (r == column) continue;
                var factor = work[r][column];
                for (var j = 0; j < 2 * n; j++) work[r][j] -= factor * work[column][j];
            }
        }
        return work.Select(row => row.Skip(n).ToArray()).ToArray();
    }

    /// <summary>The Cholesky factor; a diagonal that rounding left at or below zero (a fully determined member) is 0.</summary>
    private static double[][] Cholesky(double[][] matrix)
    {
        var n = matrix.Length;
        var l = Enumerable.Range(0, n).Select(_ => new double[n]).ToArray();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[i][j];
                for (var k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
                if (i == j) l[i][i] = sum > 0 ? Math.Sqrt(sum) : 0;
                else l[i][j] = l[j][j] > 0 ? sum / l[j][j] : 0;
            }
        }
        return l;
    }
}
