using ConstrainedFakes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Tests;

/// <summary>
/// The pipeline's named steps must not redo work for an edit that does not touch a faker or its entities,
/// and must notice an edit that does.
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string Entities = """
        #pragma warning disable CS1591
        using System;
        using System.ComponentModel.DataAnnotations;

        namespace Shop;

        public enum Tier { Free, Pro }

        public class Customer
        {
            public int Id { get; set; }
            [Required, MaxLength(40)] public string FirstName { get; set; } = "";
            [Range(18, 120)] public int Age { get; set; }
            public DateTime CreatedAt { get; set; }
            public Tier Tier { get; set; }
        }
        """;

    private const string Faker = """
        using ConstrainedFakes;

        namespace Shop;

        [ConstrainedFaker(typeof(Customer))]
        public partial class ShopFaker { }
        """;

    private const string Service = """
        namespace Shop;

        public static class PriceService
        {
            public static int Discount(int total) => total / 10;
        }
        """;

    private static readonly string[] TrackedSteps = [ConstrainedFakesGenerator.Steps.Parse, ConstrainedFakesGenerator.Steps.Plan];

    [Fact]
    public void Adding_an_unrelated_file_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compile(Entities, Faker, Service);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(GeneratorHarness.Parse("""
            namespace Elsewhere;

            public sealed class Unrelated
            {
                public string Greet(string name) => "Hello " + name;
            }
            """, "Unrelated.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(result);
    }

    [Fact]
    public void Editing_a_method_body_in_another_file_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compile(Entities, Faker, Service);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = ReplaceInTree(compilation, "total / 10", "total / 20");
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(result);
    }

    [Fact]
    public void Changing_a_range_bound_modifies_the_plan_and_the_output()
    {
        var compilation = GeneratorHarness.Compile(Entities, Faker, Service);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = ReplaceInTree(compilation, "[Range(18, 120)]", "[Range(21, 120)]");
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(Outputs(result, ConstrainedFakesGenerator.Steps.Parse), reason => reason == IncrementalStepRunReason.Modified);
        Assert.Contains(Outputs(result, ConstrainedFakesGenerator.Steps.Plan), reason => reason == IncrementalStepRunReason.Modified);
        Assert.Contains(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("Sample.Int64(_ageStream, index, 21L, 120L)", result.GeneratedSources.Single().SourceText.ToString());
    }

    private static void AssertAllCachedOrUnchanged(GeneratorRunResult result)
    {
        Assert.Null(result.Exception);
        foreach (var step in TrackedSteps)
        {
            var reasons = Outputs(result, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {step} produced an output marked {reason} after an unrelated edit."));
        }
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"A source output was marked {reason} after an unrelated edit."));
    }

    private static IReadOnlyList<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step)
    {
        Assert.True(result.TrackedSteps.TryGetValue(step, out var runs), $"The step {step} was not tracked; tracked: {string.Join(", ", result.TrackedSteps.Keys)}");
        return runs.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
    }

    /// <summary>The compilation with the one tree containing <paramref name="from"/> edited to say <paramref name="to"/>.</summary>
    private static Compilation ReplaceInTree(Compilation compilation, string from, string to)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.GetText().ToString().Contains(from, StringComparison.Ordinal));
        var text = tree.GetText().ToString().Replace(from, to, StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));
    }
}
