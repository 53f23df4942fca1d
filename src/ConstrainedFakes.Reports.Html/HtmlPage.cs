using System.Globalization;
using System.Net;
using System.Text;

namespace ConstrainedFakes.Reports;

/// <summary>Writes the page: a verdict, a table of contents, then one section per entity with its plots and its checks.</summary>
internal static class HtmlPage
{
    private const string Style = """
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; margin: 2rem auto; max-width: 78rem; padding: 0 1rem; color: #1f2328; }
        h1 { margin-bottom: 0.2rem; }
        .verdict { font-size: 1.15rem; font-weight: 600; margin: 0.4rem 0 1rem; }
        .ok { color: #1a7f37; }
        .bad { color: #cf222e; font-weight: 700; }
        .muted { color: #6e7781; }
        nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; }
        nav a { text-decoration: none; color: #0969da; }
        section { margin-top: 2rem; border-top: 1px solid #d0d7de; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-top: 1rem; }
        th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
        th { background: #f6f8fa; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.fail { background: #ffebe9; }
        code { font-size: 0.85rem; }
        ul.examples { margin: 0.3rem 0 0; padding-left: 1.1rem; color: #cf222e; font-size: 0.82rem; }
        .figures { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: 1rem; }
        figure { margin: 0; border: 1px solid #d0d7de; border-radius: 6px; padding: 0.4rem; background: #fff; }
        figcaption { font-size: 0.8rem; max-width: 380px; padding: 0.2rem; }
        """;

    public static string Of(FidelityReport report, string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<title>{E(title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        html.Append($"<h1>{E(title)}</h1>\n");
        var rows = report.Entities.Sum(e => e.Rows);
        var checks = report.Entities.Sum(e => e.Checks.Count);
        html.Append(report.IsClean
            ? "<p class=\"verdict ok\">No violations</p>\n"
            : $"<p class=\"verdict bad\">{N(report.Violations)} violations</p>\n");
        html.Append($"<p class=\"muted\">{N(report.Entities.Count)} entities, {N(rows)} rows, {N(checks)} checks. Hard constraints count violations, which must be 0; measured figures are compared with their targets.</p>\n");
        html.Append("<nav><ul>\n");
        foreach (var entity in report.Entities)
        {
            var verdict = entity.Violations == 0 ? "" : $" <span class=\"bad\">{N(entity.Violations)} violations</span>";
            html.Append($"<li><a href=\"#{Id(entity.Entity)}\">{E(entity.Entity)}</a> <span class=\"muted\">({N(entity.Rows)})</span>{verdict}</li>\n");
        }
        html.Append("</ul></nav>\n");
        var figureNumber = 0;
        foreach (var entity in report.Entities) Entity(html, entity, ref figureNumber);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Entity(StringBuilder html, EntityFidelity entity, ref int figureNumber)
    {
        html.Append($"<section id=\"{Id(entity.Entity)}\">\n<h2>{E(entity.Entity)} <span class=\"muted\">({N(entity.Rows)} rows)</span>");
        if (entity.Violations > 0) html.Append($" <span class=\"bad\">{N(entity.Violations)} violations</span>");
        html.Append("</h2>\n");
        var drawn = entity.Checks.Where(c => c.Figure is not null).ToArray();
        if (drawn.Length > 0)
        {
            html.Append("<div class=\"figures\">\n");
            foreach (var check in drawn)
            {
                figureNumber++;
                var caption = $"{check.Member} {check.Constraint}" + (check.Measured() is { Length: > 0 } measured ? $": {measured}" : "");
                html.Append($"<figure>\n{FigurePlot.Svg(check, entity.Entity, $"f{figureNumber}-")}\n<figcaption>{E(caption)}</figcaption>\n</figure>\n");
            }
            html.Append("</div>\n");
        }
        html.Append("<table>\n<thead><tr><th>Kind</th><th>Member</th><th>Constraint</th><th class=\"num\">Checked</th><th class=\"num\">Violations</th><th>Measured</th></tr></thead>\n<tbody>\n");
        foreach (var check in entity.Checks)
        {
            var failed = check.IsHard && check.Violations > 0;
            html.Append(failed ? "<tr class=\"fail\">" : "<tr>");
            html.Append($"<td>{check.Kind}</td><td>{E(check.Member ?? "")}</td><td><code>{E(check.Constraint)}</code>");
            if (check.Examples.Count > 0)
                html.Append("<ul class=\"examples\">").Append(string.Concat(check.Examples.Select(e => $"<li>{E(e)}</li>"))).Append("</ul>");
            var violations = !check.IsHard ? "<span class=\"muted\">-</span>" : failed ? $"<span class=\"bad\">{N(check.Violations)}</span>" : "<span class=\"ok\">0</span>";
            html.Append($"</td><td class=\"num\">{N(check.Checked)}</td><td class=\"num\">{violations}</td><td>{E(check.Measured())}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        html.Append("</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>An anchor for an entity: its name, which is a C# identifier already.</summary>
    private static string Id(string entity) => "entity-" + E(entity);
}
