using System.Globalization;
using Spectre.Console;

namespace ConstrainedFakes.Reports;

/// <summary>
/// A <see cref="FidelityReport"/> as a console table: a heading row per entity, then one row per check, violations in
/// red with their examples. Four columns, with a check's figures under its constraint rather than in a column of their
/// own, so the table reads at 80 columns (a CI log, a file) as well as in a wide terminal.
/// </summary>
internal static class ReportTable
{
    public static Table Of(FidelityReport report, bool failuresOnly)
    {
        var verdict = report.IsClean ? "[green]no violations[/]" : $"[red bold]{report.Violations:N0} violations[/]";
        var table = new Table().Title($"Fidelity report: {verdict}")
            .AddColumn("Member").AddColumn("Constraint")
            .AddColumn(new TableColumn("Checked").RightAligned().NoWrap()).AddColumn(new TableColumn("Violations").RightAligned().NoWrap());
        foreach (var entity in report.Entities)
        {
            var checks = entity.Checks.Where(c => !failuresOnly || (c.IsHard && c.Violations > 0)).ToList();
            if (checks.Count == 0) continue;
            table.AddRow($"[bold]{Markup.Escape(entity.Entity)}[/]", $"[grey]{N(entity.Rows)} rows[/]", "", "");
            foreach (var check in checks)
            {
                var failed = check.IsHard && check.Violations > 0;
                var measured = check.Measured();
                var constraint = Markup.Escape(check.Constraint)
                    + (measured.Length > 0 ? $"\n  [grey]{Markup.Escape(measured)}[/]" : "")
                    + string.Concat(check.Examples.Select(e => $"\n  [red]{Markup.Escape(e)}[/]"));
                var violations = !check.IsHard ? "[grey]-[/]" : failed ? $"[red bold]{N(check.Violations)}[/]" : "[green]0[/]";
                // Indented under the entity's heading, so the entities stand out without colours too.
                table.AddRow("  " + Markup.Escape(check.Member ?? ""), constraint, N(check.Checked), violations);
            }
        }
        return table;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
