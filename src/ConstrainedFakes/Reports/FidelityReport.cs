using System.Text.Json;
using ConstrainedFakes.DataSets;
using ConstrainedFakes.Reports;

namespace ConstrainedFakes;

/// <summary>
/// Shows, rather than assumes, that data keeps its declared constraints: per entity and per declared
/// constraint, the rows checked and the hard-constraint violations (which must be 0), foreign-key integrity,
/// uniqueness, <c>[Count]</c> adherence, state paths, <c>[Computed]</c> expressions, null rates, edge-case and
/// threshold rates, achieved against target correlations and marginal fit. Every check reads the rows and the declarations, never the generator's plan, so it judges
/// a built data set, a seeded database read back, or data from anywhere else, by the same rules.
/// </summary>
public sealed class FidelityReport
{
    private FidelityReport(IReadOnlyList<EntityFidelity> entities) => Entities = entities;

    /// <summary>Each entity's checks, in the order the entities were given (a data set's insert order).</summary>
    public IReadOnlyList<EntityFidelity> Entities { get; }

    /// <summary>Hard-constraint violations over every entity.</summary>
    public long Violations => Entities.Sum(e => e.Violations);

    /// <summary>Whether no hard constraint is broken anywhere.</summary>
    public bool IsClean => Violations == 0;

    /// <summary>Measures a data set made by a faker's <c>DataSet()</c>.</summary>
    /// <param name="data">The data set.</param>
    /// <returns>The report.</returns>
    public static FidelityReport Measure(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.Entities.ToLookup(e => e.GetType());
        return Measure(data.EntityTypes.Select(t => (t, (IReadOnlyList<object>)rows[t].ToArray())).ToArray(), data.Invariants);
    }

    /// <summary>
    /// Measures entities from anywhere (a database read back, a file, hand-made rows): they are grouped by
    /// type, in order of first appearance. A parent is found through a navigation when it is set, else by its
    /// key among the given entities, so a parent left out counts as a broken foreign key.
    /// </summary>
    /// <param name="entities">Every entity to judge, parents included.</param>
    /// <param name="invariants">The faker's generated <c>InvariantChecks</c>, to check <c>[Invariant]</c>s too; none when null.</param>
    /// <returns>The report.</returns>
    public static FidelityReport Measure(IEnumerable<object> entities, IReadOnlyList<InvariantCheck>? invariants = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var groups = entities.GroupBy(e => e.GetType());
        return Measure(groups.Select(g => (g.Key, (IReadOnlyList<object>)g.ToArray())).ToArray(), invariants ?? []);
    }

    private static FidelityReport Measure(IReadOnlyList<(Type Type, IReadOnlyList<object> Rows)> tables, IReadOnlyList<InvariantCheck> invariants)
    {
        var data = new ReportData(tables);
        return new FidelityReport(tables.Select(table =>
        {
            var shape = data.Shapes[table.Type];
            var checks = MemberChecks.Of(data, shape, table.Rows)
                .Concat(OwnedChecks.Of(data, shape, table.Rows, invariants))
                .Concat(InvariantChecks.Of(data, shape, table.Rows, invariants))
                .Concat(UniquenessChecks.Of(shape, table.Rows))
                .Concat(LinkChecks.Of(data, shape, table.Rows))
                .Concat(StatePathChecks.Of(data, shape, table.Rows))
                .Concat(StatisticChecks.Of(data, shape, table.Rows))
                .Concat(EdgeCaseChecks.Of(data, shape, table.Rows))
                .ToArray();
            return new EntityFidelity(shape.Name, table.Rows.Count, checks);
        }).ToArray());
    }

    /// <summary>
    /// The report as a console table (Spectre.Console): one row per check, figures of measured ones, and
    /// violations in red with their first examples. Print it with <c>AnsiConsole.Write(report.ToTable())</c>.
    /// </summary>
    /// <param name="failuresOnly">Only the checks with violations (for large models in CI logs).</param>
    /// <returns>The table.</returns>
    public Spectre.Console.Table ToTable(bool failuresOnly = false) => ReportTable.Of(this, failuresOnly);

    /// <summary>
    /// The report as indented JSON for CI: entities in the given order, checks in declaration order,
    /// figures rounded to four decimals, so the same data gives the same text.
    /// </summary>
    public string ToJson() => JsonSerializer.Serialize(new { violations = Violations, entities = Entities.Select(e => new { e.Entity, e.Rows, e.Violations, e.Checks }) }, ReportJson.Options);
}
