using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>A cycle that a data set breaks at an optional key is no CF0008.</summary>
public sealed class BackReferenceTests
{
    [Fact]
    public void A_cycle_through_an_optional_head_is_not_reported()
    {
        var diagnostics = Analyze("""
            using System.ComponentModel.DataAnnotations.Schema;
            public class Department
            {
                public int Id { get; set; }
                public int? HeadId { get; set; }
                [Nulls(0.2)] public Employee? Head { get; set; }
                [Count(1, 5), InverseProperty(nameof(Employee.Department))] public List<Employee> Staff { get; } = new();
            }
            public class Employee
            {
                public int Id { get; set; }
                public int DepartmentId { get; set; }
                public Department Department { get; set; } = null!;
            }
            [ConstrainedFaker(typeof(Department))] public partial class CompanyFaker;
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }
}
