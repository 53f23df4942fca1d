using ConstrainedFakes.Analyzers.Tests.Infrastructure;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>
/// One planner, one truth, checked on the entities the compile-and-run tests build: the analyzer reports no
/// error and no "cannot be built" warning on an entity the generator builds, and explains every one it cannot.
/// </summary>
public sealed class BuildableModelTests
{
    private static readonly string[] CannotBuild = ["CF0001", "CF0002", "CF0003", "CF0004", "CF0005", "CF0011", "CF0012"];

    [Fact]
    public void The_analyzer_agrees_with_the_planner_on_every_test_entity()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "BuildableModels");
        var sources = Directory.GetFiles(directory, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Assert.NotEmpty(sources);
        var compilation = AnalyzerHarness.Compile(sources.Prepend("global using Microsoft.EntityFrameworkCore;").ToArray());
        var diagnostics = AnalyzerHarness.Analyze(compilation);

        var faker = compilation.GetTypeByMetadataName("ConstrainedFakes.Tests.Model.TestFaker")!;
        var entities = faker.GetAttributes().Single().ConstructorArguments.SelectMany(a => a.Values).Select(v => (INamedTypeSymbol)v.Value!).ToList();
        Assert.True(entities.Count > 10);
        var unbuildable = new List<string>();
        foreach (var entity in entities)
        {
            var plan = EntityPlanner.Plan(EntityParser.Parse(entity, CancellationToken.None));
            var reported = diagnostics.Where(d => AnalyzerHarness.Message(d).StartsWith(entity.Name + ":", StringComparison.Ordinal)).ToList();
            if (plan.Problems.Count == 0)
            {
                var wrong = reported.Where(d => d.Severity == DiagnosticSeverity.Error || CannotBuild.Contains(d.Id)).ToList();
                Assert.True(wrong.Count == 0, $"{entity.Name} is built by the generator, yet:\n{AnalyzerHarness.Describe(wrong)}");
            }
            else
            {
                unbuildable.Add(entity.Name);
                Assert.True(reported.Any(d => CannotBuild.Contains(d.Id)), $"{entity.Name} cannot be built ({plan.Problems[0].Detail}), yet the analyzer says nothing.");
            }
        }
        // The test project's deliberately broken entities, whatever others are added later.
        Assert.Superset(new HashSet<string>(["Impossible", "Backdated", "Misspelt"]), new HashSet<string>(unbuildable));
    }

    /// <summary>
    /// The data sets of the compile-and-run tests' fakers, planned by the generator: the analyzer reports each problem
    /// of one it cannot build (here none is told by an entity's own analysis first), and no relationship or state-machine
    /// problem beyond them, so a data set the generator builds draws nothing.
    /// </summary>
    [Fact]
    public void The_analyzer_agrees_with_the_generator_on_every_test_data_set()
    {
        var sources = new[] { "BuildableModels", "RelationshipModels" }
            .SelectMany(d => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, d), "*.cs").Order(StringComparer.Ordinal))
            .Select(File.ReadAllText).Prepend("global using Microsoft.EntityFrameworkCore;").ToArray();
        var compilation = AnalyzerHarness.Compile(sources);
        var told = AnalyzerHarness.Analyze(compilation).Where(d => d.Id is "CF0008" or "CF0009").Select(AnalyzerHarness.Message).ToList();

        var problems = new List<string>();
        var fakers = 0;
        foreach (var (faker, attribute) in AnalyzerHarness.Fakers(compilation))
        {
            fakers++;
            var plan = EntityPlanner.Plan(FakerParser.Parse(faker, attribute, compilation, CancellationToken.None)!);
            problems.AddRange(plan.DataSet!.Problems.Select(p => p.Message));
        }
        Assert.True(fakers > 5);
        Assert.All(problems, problem => Assert.Contains(told, message => message.EndsWith(": " + problem, StringComparison.Ordinal)));
        Assert.All(told, message => Assert.Contains(problems, problem => message.EndsWith(": " + problem, StringComparison.Ordinal)));
        // LikeFaker, DiplomaFaker and StoreFaker, the refused shapes among them.
        Assert.Equal(3, problems.Count);
    }
}
