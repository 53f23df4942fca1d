using ConstrainedFakes.DataSets;
using ConstrainedFakes.Tests.Org;

namespace ConstrainedFakes.Tests;

public class BackReferenceTests
{
    private static DataSetBuilder Company(ulong seed) => new CompanyFaker(seed).DataSet().Count<Department>(400).Count<Project>(30);

    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    [InlineData(0xDEADBEEFUL)]
    public void ACycleThroughAnOptionalKeyIsBuiltWithEveryLinkResolved(ulong seed)
    {
        var data = Company(seed).Build();
        var order = data.EntityTypes.ToList();
        Assert.True(order.IndexOf(typeof(Department)) < order.IndexOf(typeof(Employee)), "a department is inserted before its staff");
        var employees = data.Set<Employee>().ToDictionary(e => e.Id);
        var departments = data.Set<Department>().ToDictionary(d => d.Id);
        var projects = data.Set<Project>().ToDictionary(p => p.Id);
        foreach (var department in departments.Values)
        {
            Assert.Equal(department.Head is null, department.HeadId is null);
            if (department.Head is not null) Assert.Same(employees[department.HeadId!.Value], department.Head);
            Assert.InRange(department.Staff.Count, 1, 5);
            Assert.All(department.Staff, e => Assert.Same(department, e.Department));
        }
        foreach (var employee in employees.Values)
        {
            Assert.Same(departments[employee.DepartmentId], employee.Department);
            Assert.Equal(employee.Project is null, employee.ProjectId is null);
            if (employee.Project is not null) Assert.Same(projects[employee.ProjectId!.Value], employee.Project);
        }
        foreach (var project in projects.Values)
        {
            Assert.Equal(project.Lead is null, project.LeadId is null);
            if (project.Lead is not null) Assert.Same(employees[project.LeadId!.Value], project.Lead);
        }
        // Heads are drawn from the whole staff, at the link's null rate.
        var headless = departments.Values.Count(d => d.Head is null) / (double)departments.Count;
        Assert.InRange(headless, 0.14, 0.26);
        Assert.True(departments.Values.Select(d => d.HeadId).Distinct().Count() > 250, "heads are spread over the staff");
    }

    [Fact]
    public void AStreamGivesTheSameRowsWithTheKeysThatPointBackAlreadySet()
    {
        var built = Company(5).Build().Entities.Select(GraphIntegrity.Columns).ToList();
        Assert.Equal(built, Company(5).Stream().Select(GraphIntegrity.Columns));
        Assert.Contains(Company(5).Stream().OfType<Department>(), d => d.HeadId is not null && d.Head is null);
        var parts = Enumerable.Range(0, 3).SelectMany(p => Company(5).Stream(p, 3).Select(GraphIntegrity.Columns)).Order(StringComparer.Ordinal);
        Assert.Equal(built.Order(StringComparer.Ordinal), parts);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void AParallelBuildIsTheSerialOne(int threads)
        => Assert.Equal(GraphShape.Of(Company(8).Build()), GraphShape.Of(Company(8).InParallel(threads).Build()));

    [Fact]
    public void ARuleThroughTheLinkThatClosesTheCycleIsRefusedClearly()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new LeagueFaker(1).DataSet().Build());
        Assert.Contains("Team reads Player through Team.Captain, which closes a cycle of foreign keys", error.Message);
        Assert.Contains("Player reads Player through Team.Captain, which closes a cycle of foreign keys", error.Message);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    [InlineData(0xDEADBEEFUL)]
    public void ACycleThroughAnOptionalCompositeKeyOfGeneratedPartsIsBroken(ulong seed)
    {
        static DataSetBuilder Studios(ulong seed) => new Graph.StudioFaker(seed).DataSet().Count<Graph.Studio>(300);
        var data = Studios(seed).Build();
        var order = data.EntityTypes.ToList();
        Assert.True(order.IndexOf(typeof(Graph.Studio)) < order.IndexOf(typeof(Graph.Artist)), "a studio is inserted before its artists");
        var artists = data.Set<Graph.Artist>().ToDictionary(a => (a.Region, a.Number));
        Assert.All(data.Set<Graph.Studio>(), s =>
        {
            Assert.InRange(s.Artists.Count, 1, 4);
            Assert.Equal(s.Lead is null, s.LeadRegion is null);
            Assert.Equal(s.LeadRegion is null, s.LeadNumber is null);
            if (s.Lead is not null) Assert.Same(artists[(s.LeadRegion!, s.LeadNumber!.Value)], s.Lead);
        });
        // Leads are drawn from every artist, not only the studio's own.
        Assert.Contains(data.Set<Graph.Studio>(), s => s.Lead is not null && s.Lead.Studio != s);
        Assert.InRange(data.Set<Graph.Studio>().Count(s => s.Lead is null), 40, 120);   // [Nulls(0.25)] of 300

        var built = data.Entities.Select(GraphIntegrity.Columns).ToList();
        Assert.Equal(built, Studios(seed).Stream().Select(GraphIntegrity.Columns));
        var parts = Enumerable.Range(0, 3).SelectMany(p => Studios(seed).Stream(p, 3).Select(GraphIntegrity.Columns)).Order(StringComparer.Ordinal);
        Assert.Equal(built.Order(StringComparer.Ordinal), parts);
        Assert.Equal(GraphShape.Of(data), GraphShape.Of(Studios(seed).InParallel(3).Build()));
    }

    [Fact]
    public void ACycleThroughACompositeKeyOfLinkedPartsIsRefusedSayingWhy()
    {
        var error = Assert.Throws<ConstraintViolationException>(() => new Graph.CohortFaker(1).DataSet().Build());
        Assert.Contains("optional link Cohort.Featured is a composite foreign key to Place, whose key parts are not all generated from its row", error.Message);
    }
}
