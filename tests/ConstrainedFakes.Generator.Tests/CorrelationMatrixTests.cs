using ConstrainedFakes.Generator.Planning.Correlation;

namespace ConstrainedFakes.Generator.Tests;

/// <summary>The copula's compile-time algebra: latent correlations, Cholesky, and the nearest correlation matrix.</summary>
public sealed class CorrelationMatrixTests
{
    [Theory]
    [InlineData(-1.0)]
    [InlineData(-0.3)]
    [InlineData(0.0)]
    [InlineData(0.6)]
    [InlineData(1.0)]
    public void TheLatentCorrelationIsTwoSinesOfPiRhoOverSix(double spearman)
        => Assert.Equal(2 * Math.Sin(Math.PI * spearman / 6), CorrelationMatrix.Latent(spearman), 15);

    [Fact]
    public void CholeskyReproducesAPositiveDefiniteMatrixAndRefusesOthers()
    {
        double[,] matrix = { { 1, 0.6, 0.3 }, { 0.6, 1, 0.4 }, { 0.3, 0.4, 1 } };
        var l = CorrelationMatrix.Cholesky(matrix)!;
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                Assert.Equal(matrix[i, j], Enumerable.Range(0, 3).Sum(k => l[i, k] * l[j, k]), 12);
        Assert.Null(CorrelationMatrix.Cholesky(new double[,] { { 1, 0.9, -0.9 }, { 0.9, 1, 0.9 }, { -0.9, 0.9, 1 } }));
    }

    [Fact]
    public void TheNearestCorrelationMatrixIsPositiveDefiniteWithAUnitDiagonalAndKeepsTheSigns()
    {
        double[,] declared = { { 1, 0.9, -0.9 }, { 0.9, 1, 0.9 }, { -0.9, 0.9, 1 } };
        var nearest = CorrelationMatrix.Nearest(declared);
        Assert.NotNull(CorrelationMatrix.Cholesky(nearest));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1.0, nearest[i, i], 12);
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(nearest[i, j], nearest[j, i], 12);
                if (i != j) Assert.Equal(Math.Sign(declared[i, j]), Math.Sign(nearest[i, j]));
            }
        }
        // Higham's answer for this matrix is symmetric in its three pairs: 0.5 in magnitude (to the 1e-6 nudge).
        Assert.Equal(0.5, nearest[0, 1], 4);
        Assert.Equal(-0.5, nearest[0, 2], 4);
    }

    [Fact]
    public void AValidMatrixIsItsOwnNearest()
    {
        double[,] matrix = { { 1, 0.6, 0.3 }, { 0.6, 1, 0.4 }, { 0.3, 0.4, 1 } };
        var nearest = CorrelationMatrix.Nearest(matrix);
        for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++) Assert.Equal(matrix[i, j], nearest[i, j], 6);
    }
}
