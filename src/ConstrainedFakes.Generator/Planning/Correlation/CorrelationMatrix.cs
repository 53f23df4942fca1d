using System;

namespace ConstrainedFakes.Generator.Planning.Correlation;

/// <summary>
/// The small linear algebra a Gaussian copula needs at compile time, in +, −, ×, ÷ and √ only (all correctly
/// rounded in IEEE arithmetic), so the emitted constants are the same whatever machine compiles them.
/// </summary>
internal static class CorrelationMatrix
{
    /// <summary>
    /// The latent normal correlation whose Spearman rank correlation is <paramref name="spearman"/>:
    /// 2·sin(π·ρ/6), the sine by its Taylor series (|x| ≤ π/6, so 12 terms are exact to the last bit).
    /// </summary>
    public static double Latent(double spearman)
    {
        var x = Math.PI * spearman / 6;
        double sum = 0, term = x;
        for (var n = 1; n < 24; n += 2)
        {
            sum += term;
            term *= -x * x / ((n + 1) * (n + 2));
        }
        return 2 * sum;
    }

    /// <summary>Whether <paramref name="matrix"/> is positive semidefinite (a Cholesky factorisation with a small tolerance succeeds).</summary>
    public static bool IsPositiveSemidefinite(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var lower = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var diagonal = matrix[j, j];
            for (var k = 0; k < j; k++) diagonal -= lower[j, k] * lower[j, k];
            if (diagonal < -1e-9) return false;
            lower[j, j] = Math.Sqrt(Math.Max(diagonal, 0));
            for (var i = j + 1; i < n; i++)
            {
                var sum = matrix[i, j];
                for (var k = 0; k < j; k++) sum -= lower[i, k] * lower[j, k];
                if (lower[j, j] > 1e-12) lower[i, j] = sum / lower[j, j];
                else if (Math.Abs(sum) > 1e-9) return false;
            }
        }
        return true;
    }

    /// <summary>The lower-triangular L with L·Lᵀ = <paramref name="matrix"/>; null when the matrix is not positive definite.</summary>
    public static double[,]? Cholesky(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[i, j];
                for (var k = 0; k < j; k++) sum -= l[i, k] * l[j, k];
                if (i == j)
                {
                    if (!(sum > 1e-12)) return null;
                    l[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }
        return l;
    }

    /// <summary>
    /// The nearest correlation matrix (Higham 2002: alternating projections onto the positive semidefinite
    /// matrices and the unit-diagonal ones, with Dykstra's correction), nudged to be positive definite:
    /// eigenvalues at least 1e-6, then rescaled to a unit diagonal.
    /// </summary>
    public static double[,] Nearest(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var y = (double[,])matrix.Clone();
        var correction = new double[n, n];
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var r = Subtract(y, correction);
            var x = Clip(r, 0);
            correction = Subtract(x, r);
            var previous = y;
            y = (double[,])x.Clone();
            for (var i = 0; i < n; i++) y[i, i] = 1;
            if (Distance(y, previous) < 1e-12) break;
        }
        var definite = Clip(y, 1e-6);
        var scaled = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) scaled[i, j] = i == j ? 1 : definite[i, j] / Math.Sqrt(definite[i, i] * definite[j, j]);
        }
        return scaled;
    }

    /// <summary>The symmetric matrix with its eigenvalues raised to at least <paramref name="floor"/>.</summary>
    private static double[,] Clip(double[,] matrix, double floor)
    {
        var n = matrix.GetLength(0);
        var (values, vectors) = Eigen(matrix);
        var result = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                double sum = 0;
                for (var k = 0; k < n; k++) sum += vectors[i, k] * Math.Max(values[k], floor) * vectors[j, k];
                result[i, j] = sum;
            }
        }
        return result;
    }

    /// <summary>Eigenvalues and eigenvectors (columns) of a symmetric matrix, by cyclic Jacobi rotations.</summary>
    private static (double[] Values, double[,] Vectors) Eigen(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++) v[i, i] = 1;
        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (var p = 0; p < n; p++) for (var q = p + 1; q < n; q++) off += a[p, q] * a[p, q];
            if (off < 1e-30) break;
            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    if (a[p, q] == 0) continue;
                    // The rotation that zeroes a[p, q], from tan θ without trigonometric functions.
                    var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    var c = 1 / Math.Sqrt(t * t + 1);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var (akp, akq) = (a[k, p], a[k, q]);
                        a[k, p] = c * akp - s * akq;
                        a[k, q] = s * akp + c * akq;
                    }
                    for (var k = 0; k < n; k++)
                    {
                        var (apk, aqk) = (a[p, k], a[q, k]);
                        a[p, k] = c * apk - s * aqk;
                        a[q, k] = s * apk + c * aqk;
                    }
                    for (var k = 0; k < n; k++)
                    {
                        var (vkp, vkq) = (v[k, p], v[k, q]);
                        v[k, p] = c * vkp - s * vkq;
                        v[k, q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        var values = new double[n];
        for (var i = 0; i < n; i++) values[i] = a[i, i];
        return (values, v);
    }

    private static double[,] Subtract(double[,] a, double[,] b)
    {
        var n = a.GetLength(0);
        var result = new double[n, n];
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) result[i, j] = a[i, j] - b[i, j];
        return result;
    }

    private static double Distance(double[,] a, double[,] b)
    {
        double sum = 0;
        var n = a.GetLength(0);
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) sum += (a[i, j] - b[i, j]) * (a[i, j] - b[i, j]);
        return Math.Sqrt(sum);
    }
}
