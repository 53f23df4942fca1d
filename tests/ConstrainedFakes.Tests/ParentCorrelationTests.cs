using ConstrainedFakes.Tests.Sales;
using MathNet.Numerics.Statistics;

namespace ConstrainedFakes.Tests;

/// <summary>A <c>[Correlated]</c> with a parent's member through a navigation, realised against each row's own parent.</summary>
public class ParentCorrelationTests
{
    [Fact]
    public void SalariesFollowTheirOwnCompanysRevenue()
    {
        var staff = new PayrollFaker(1).DataSet().Count<Company>(25_000).Build().Set<Employee>();
        var spearman = Correlation.Spearman(staff.Select(e => (double)e.Salary), staff.Select(e => (double)e.Company.Revenue));
        Assert.InRange(spearman, 0.57, 0.63);
        // The marginal still follows its declaration: Normal(60,000, 15,000) inside [20,000, 200,000].
        Assert.InRange(staff.Average(e => (double)e.Salary), 58_800, 61_200);
    }

    [Fact]
    public void StreamedSalariesAreTheSame()
    {
        var built = new PayrollFaker(2).DataSet().Count<Company>(300).Build().Entities.Select(GraphIntegrity.Columns);
        var streamed = new PayrollFaker(2).DataSet().Count<Company>(300).Stream().Select(GraphIntegrity.Columns);
        Assert.Equal(built, streamed);
    }
}
