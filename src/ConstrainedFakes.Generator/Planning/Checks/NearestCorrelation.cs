using System;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// Small dense symmetric matrix work for correlation checks, in plain doubles (no MathNet on the compiler
/// side): a Cholesky test for positive semidefiniteness and Higham's alternating projections (2002) for
/// the nearest correlation matrix, with Jacobi rotations for the eigen decomposition.
/// </summary>
internal static class NearestCorrelation
{
    private const double Tolerance = 1e-10;

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

    /// <summary>The correlation matrix nearest to <paramref name="matrix"/> in the Frobenius norm (Higham's method, at most 200 rounds).</summary>
    public static double[,] Nearest(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var y = (double[,])matrix.Clone();
        var correction = new double[n, n];
        for (var round = 0; round < 200; round++)
        {
            var r = new double[n, n];
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++) r[i, j] = y[i, j] - correction[i, j];
            var x = ClipNegativeEigenvalues(r);
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    correction[i, j] = x[i, j] - r[i, j];
                    var next = i == j ? 1.0 : x[i, j];
                    change = Math.Max(change, Math.Abs(next - y[i, j]));
                    y[i, j] = next;
                }
            }
            if (change < Tolerance) break;
        }
        return y;
    }

    /// <summary>V·max(Λ, 0)·Vᵀ: the nearest positive semidefinite matrix.</summary>
    private static double[,] ClipNegativeEigenvalues(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var (values, vectors) = Eigen(matrix);
        var result = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                for (var k = 0; k < n; k++) result[i, j] += vectors[i, k] * Math.Max(values[k], 0) * vectors[j, k];
        return result;
    }

    /// <summary>Eigenvalues and eigenvectors (columns) of a symmetric matrix by cyclic Jacobi rotations.</summary>
    private static (double[] Values, double[,] Vectors) Eigen(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++) v[i, i] = 1;
        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            for (var p = 0; p < n; p++)
                for (var q = p + 1; q < n; q++) off += a[p, q] * a[p, q];
            if (off < 1e-22) break;
            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300) continue;
                    var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    var c = 1 / Math.Sqrt(t * t + 1);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[k, p];
                        var akq = a[k, q];
                        a[k, p] = c * akp - s * akq;
                        a[k, q] = s * akp + c * akq;
                    }
                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[p, k];
                        var aqk = a[q, k];
                        a[p, k] = c * apk - s * aqk;
                        a[q, k] = s * apk + c * aqk;
                    }
                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[k, p];
                        var vkq = v[k, q];
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
}
