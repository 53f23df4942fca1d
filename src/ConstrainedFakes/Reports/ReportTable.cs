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
                table.AddRow(name, Markup.Escape(check.Member ?? ""), constraint, check.Checked.ToString("N0", CultureInfo.InvariantCulture), violations, Markup.Escape(Measured(check)));
            }
        }
        return table;
    }

    /// <summary>The figures of a check, compactly: target against achieved, and the fit of a marginal.</summary>
    private static string Measured(ConstraintCheck check) => check.Kind switch
    {
        CheckKind.Marginal => $"mean {F(check.Achieved)} (target {F(check.Target)}), sd {F(check.StandardDeviation)} (target {F(check.TargetStandardDeviation)}), KS {F(check.KolmogorovSmirnov)}",
        _ when check.Achieved is not null && check.Target is not null => $"{F(check.Achieved)} (target {F(check.Target)})",
        _ when check.Achieved is not null => $"mean {F(check.Achieved)}",
        _ => "",
    };

    private static string F(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "-";
}
