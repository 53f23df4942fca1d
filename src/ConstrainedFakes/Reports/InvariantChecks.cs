namespace ConstrainedFakes.Reports;

/// <summary>
/// Runs a faker's generated <see cref="InvariantCheck"/>s on the rows, with parents (and their parents, for paths
/// deeper than one navigation) found through navigations or keys: <c>[Invariant]</c>s, and <c>[Computed]</c> members
/// against their expressions.
/// </summary>
internal static class InvariantChecks
{
    public static IEnumerable<ConstraintCheck> Of(ReportData data, EntityShape shape, IReadOnlyList<object> rows, IReadOnlyList<InvariantCheck> invariants)
    {
        foreach (var invariant in invariants.Where(i => i.Entity == shape.Type))
        {
            var tally = invariant.Computed is null
                ? new Tally(CheckKind.Invariant, null, invariant.Declared)
                : new Tally(CheckKind.Computed, invariant.Computed, invariant.Declared);
            var parents = new object?[invariant.Parents.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                for (var p = 0; p < parents.Length; p++) parents[p] = data.Reached(shape, rows[i], invariant.Parents[p]).Row;
                if (invariant.Holds(rows[i], parents) is not { } holds) continue;
                tally.Record(holds, () => $"{ReportData.Describe(shape, rows[i], i)}: {Values(shape, rows[i])}");
            }
            yield return tally.ToCheck();
        }
    }

    /// <summary>The row's scalar values, for an example: which of them the invariant reads is in its text.</summary>
    private static string Values(EntityShape shape, object row)
        => string.Join(", ", shape.Scalars.Where(s => s != shape.Key).Select(s => $"{s.Name} = {ReportData.Format(s.GetValue(row))}"));
}
