namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>The descriptor catalog, the release-tracking file and the docs pages say the same thing.</summary>
public sealed class CatalogTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Every_fixed_ID_has_one_descriptor_with_a_help_link_to_its_page()
    {
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"CF{i:0000}"), Descriptors.All.Select(d => d.Id));
        foreach (var descriptor in Descriptors.All)
        {
            Assert.Equal($"https://github.com/constrainedfakes/constrainedfakes/blob/main/docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLinkUri);
            var page = Path.Combine(Root, "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{page} is missing");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}", text);
            Assert.Contains("## Example", text);
            Assert.Contains("## How to fix", text);
        }
    }

    [Fact]
    public void The_unshipped_release_lists_every_descriptor_as_declared()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "analyzers", "ConstrainedFakes.Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Where(l => l.StartsWith("CF", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            Descriptors.All.Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity} | {d.Title}"),
            lines);
    }

    [Fact]
    public void Severities_follow_the_spec()
    {
        var errors = Descriptors.All.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error).Select(d => d.Id);
        Assert.Equal(["CF0003", "CF0004", "CF0005", "CF0011"], errors);
        Assert.Equal(DiagnosticSeverity.Info, Descriptors.Narrowed.DefaultSeverity);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConstrainedFakes.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (ConstrainedFakes.sln) is not above the test output.");
    }
}
