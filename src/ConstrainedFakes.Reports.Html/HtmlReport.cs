namespace ConstrainedFakes.Reports;

/// <summary>
/// A <see cref="FidelityReport"/> as one self-contained HTML page, for people who would rather look than read:
/// every check in a table per entity, violations highlighted with their examples, and a plot for each check
/// that keeps a <see cref="CheckFigure"/> (histograms of declared marginals against their target, scatter plots
/// of correlated pairs, children per parent against <c>[Count]</c>, state transition counts). The plots are
/// inline SVG drawn with ScottPlot, so the page needs no network and no other file.
/// </summary>
public static class HtmlReport
{
    /// <summary>The page as text.</summary>
    /// <param name="report">The report, from <see cref="FidelityReport.Measure(DataSets.DataSet)"/> or its overload.</param>
    /// <param name="title">The page's heading, e.g. the database's name.</param>
    /// <returns>The HTML page.</returns>
    public static string ToHtml(this FidelityReport report, string title = "Fidelity report")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(title);
        return HtmlPage.Of(report, title);
    }

    /// <summary>Writes the page to a file (UTF-8), replacing it if it exists.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The file to write, e.g. <c>shop.report.html</c>.</param>
    /// <param name="title">The page's heading.</param>
    public static void Write(FidelityReport report, string path, string title = "Fidelity report")
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, report.ToHtml(title));
    }
}
