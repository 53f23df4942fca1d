using System.Globalization;
using Spectre.Console;

namespace ConstrainedFakes.Reports;

/// <summary>A <see cref="FidelityReport"/> as a console table: one row per check, violations in red with their examples.</summary>
internal static class ReportTable
{
    public static Table Of(FidelityReport report, bool failuresOnly)
    {
        var verdict = report.IsClean ? "[green]no violations[/]" : $"[red bold]{report.Violations:N0} violations[/]";
        var table = new Table().Title($"Fidelity report: {verdict}")
            .AddColumn("Entity").AddColumn("Member").AddColumn("Constraint")
            .AddColumn(new TableColumn("Checked").RightAligned()).AddColumn(new TableColumn("Violations").RightAligned()).AddColumn("Measured");
        foreach (var entity in report.Entities)
        {
            var first = true;
            foreach (var check in entity.Checks.Where(c => !failuresOnly || (c.IsHard && c.Violations > 0)))
            {
                var name = first ? $"{Markup.Escape(entity.Entity)} [grey]({entity.Rows:N0})[/]" : "";
                first = false;
                var failed = check.IsHard && check.Violations > 0;
                var constraint = Markup.Escape(check.Constraint)
                    + string.Concat(check.Examples.Select(e => $"\n  [red]{Markup.Escape(e)}[/]"));
                var violations = !check.IsHard ? "[grey]-[/]" : failed ? $"[red bold]{check.Violations:N0}[/]" : "[green]0[/]";
                table.AddRow(name, Markup.Escape(check.Member ?? ""), constraint, check.Checked.ToString("N0", CultureInfo.InvariantCulture), violations, Markup.Escape(check.Measured()));
            }
        }
        return table;
    }
}
