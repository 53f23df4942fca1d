using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ConstrainedFakes.Reports.Html.Tests;

/// <summary>The page shows every check of every entity, highlights what is broken, and draws each figure, self-contained.</summary>
public class HtmlReportTests
{
    private static FidelityReport Clean() => FidelityReport.Measure(Helpdesk.Rows(300));

    /// <summary>Two violations planted: a priority out of range, and a ticket whose first event is not the initial state.</summary>
    private static FidelityReport Broken()
    {
        var rows = Helpdesk.Rows(300);
        rows.OfType<Ticket>().First(t => t.Id == 7).Priority = 9;
        rows.OfType<TicketEvent>().First(e => e.TicketId == 8).State = TicketState.Working;
        return FidelityReport.Measure(rows);
    }

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    [Fact]
    public void EveryEntityAndCheckIsOnThePage()
    {
        var report = Clean();
        var html = report.ToHtml("Helpdesk");
        Assert.Contains("<h1>Helpdesk</h1>", html);
        Assert.Contains("No violations", html);
        foreach (var entity in report.Entities)
        {
            Assert.Contains($"<section id=\"entity-{entity.Entity}\">", html);
            Assert.Contains($"href=\"#entity-{entity.Entity}\"", html);
            foreach (var check in entity.Checks) Assert.Contains(WebUtility.HtmlEncode(check.Constraint), html);
        }
        var rows = report.Entities.Sum(e => e.Checks.Count);
        Assert.Equal(rows, Count(html, "<tr>") + Count(html, "<tr class=\"fail\">") - 1 * report.Entities.Count);
        Assert.DoesNotContain("class=\"fail\"", html);
    }

    [Fact]
    public void EachFigureIsDrawnInline()
    {
        var report = Clean();
        var html = report.ToHtml();
        var figures = report.Entities.SelectMany(e => e.Checks).Where(c => c.Figure is not null).ToArray();
        // Score's marginal, OpenedAt against Score, children per ticket, the ticket paths.
        Assert.Equal([CheckKind.Count, CheckKind.StatePath, CheckKind.Marginal, CheckKind.Correlation], figures.Select(f => f.Kind).ToArray());
        Assert.Equal(figures.Length, Count(html, "<svg "));
        Assert.Equal(figures.Length, Count(html, "</svg>"));
        Assert.Equal(figures.Length, Count(html, "<figcaption>"));
        Assert.Contains("Open → Working", html);
        Assert.Contains("declared, truncated", html);
    }

    [Fact]
    public void FailuresAreHighlightedWithTheirExamples()
    {
        var report = Broken();
        Assert.Equal(2, report.Violations);
        var html = report.ToHtml();
        Assert.Contains("<p class=\"verdict bad\">2 violations</p>", html);
        Assert.Equal(2, Count(html, "<tr class=\"fail\">"));
        Assert.Contains("Ticket Id = 7: Priority = 9", html);
        Assert.Contains("the first event is Working, not Open", html);
        Assert.Contains("<span class=\"bad\">1</span>", html);
    }

    [Fact]
    public void AnUndeclaredTransitionIsDrawnToo()
    {
        var transitions = Assert.IsType<TransitionFigure>(Broken().Entities.Single(e => e.Entity == "Ticket").Checks.Single(c => c.Kind == CheckKind.StatePath).Figure);
        // Ticket 8's path was Open, Working, Closed: its first event is now Working.
        Assert.Equal([("Working", "Working", 1L), ("start", "Working", 1L)], transitions.Transitions.Where(t => !t.IsDeclared).Select(t => (t.From, t.To, t.Count)).ToArray());
        Assert.Equal([299L, 99L, 100L, 100L], transitions.Transitions.Where(t => t.IsDeclared).Select(t => t.Count).ToArray());
        Assert.Contains("start → Working", Broken().ToHtml());
    }

    [Fact]
    public void ANumberWithNoPlaceOnAnAxisIsLeftOutOfThePlotsOnly()
    {
        var rows = Helpdesk.Rows(300);
        rows.OfType<Ticket>().First().Score = double.PositiveInfinity;
        var report = FidelityReport.Measure(rows);
        // [Range(0, 100)] cannot convert infinity to its int bounds: a violation, not an exception.
        Assert.Equal(1, report.Violations);
        var score = report.Entities.Single(e => e.Entity == "Ticket").Checks.Single(c => c.Kind == CheckKind.Marginal);
        Assert.Equal(300, score.Checked);
        Assert.Equal(299, Assert.IsType<HistogramFigure>(score.Figure).Bins.Sum(b => b.Count));
        Assert.Equal(299, Assert.IsType<ScatterFigure>(report.Entities.Single(e => e.Entity == "Ticket").Checks.Single(c => c.Kind == CheckKind.Correlation).Figure).X.Count);
        Assert.Equal(4, Count(report.ToHtml(), "</svg>"));
    }

    [Fact]
    public void ThePageNeedsNothingElse()
    {
        var html = Broken().ToHtml();
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<img", html);
        Assert.All(Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value), href => Assert.StartsWith("#", href));
    }

    [Fact]
    public void IdsAreUniqueAcrossPlots()
    {
        var html = Clean().ToHtml();
        var ids = Regex.Matches(html, "\\bid=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        foreach (Match reference in Regex.Matches(html, "url\\(#([^)]*)\\)")) Assert.Contains(reference.Groups[1].Value, ids);
    }

    /// <summary>
    /// The page with each plot's SVG cut to <c>&lt;svg/&gt;</c> (text in SVG is laid out with the machine's
    /// fonts), against <c>Snapshots/Helpdesk.html</c>; <c>CONSTRAINEDFAKES_ACCEPT=1</c> writes it anew.
    /// </summary>
    [Fact]
    public void ThePageOutsideThePlotsIsPinned()
    {
        var page = Regex.Replace(Broken().ToHtml("Helpdesk"), "<svg .*?</svg>", "<svg/>", RegexOptions.Singleline);
        var project = typeof(HtmlReportTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!;
        var expected = Path.Combine(project, "Snapshots", "Helpdesk.html");
        if (Environment.GetEnvironmentVariable("CONSTRAINEDFAKES_ACCEPT") == "1") File.WriteAllText(expected, page);
        Assert.Equal(File.ReadAllText(expected), page);
    }

    [Fact]
    public void TheSameReportGivesTheSamePage()
        => Assert.Equal(Clean().ToHtml(), Clean().ToHtml());

    [Fact]
    public void WriteMakesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"constrainedfakes-{Guid.NewGuid():N}.html");
        try
        {
            HtmlReport.Write(Clean(), path, "Helpdesk");
            Assert.Equal(Clean().ToHtml("Helpdesk"), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
