using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Links that point back (an optional key closing a cycle, <see cref="LinkPlan.PointsBack"/>): the row is made
/// before its parent's table, so it picks among the parent rows counted ahead (children per parent are pure
/// functions of the parent's row, so counting builds nothing), sets its key at once, and its navigations are
/// set once the parent's table is made.
/// </summary>
internal static partial class DataSetEmitter
{
    private static bool IsBackReference(LinkPlan link) => link.PointsBack && SetsNavigations(link);

    private static string CountAheadLocal(string entity) => Names.Local(entity) + "CountAhead";

    /// <summary>The whole row count of every table a link points back to, before any row is made.</summary>
    private static void WriteCountsAhead(SourceWriter writer, DataSetPlan plan)
    {
        var counted = new HashSet<string>();
        foreach (var parent in Links(plan).Where(x => x.Link.PointsBack).Select(x => x.Link.Parent).Distinct())
            WriteCountAhead(writer, plan, plan.Tables.First(t => t.Entity == parent), counted);
    }

    private static void WriteCountAhead(SourceWriter writer, DataSetPlan plan, TablePlan table, HashSet<string> counted)
    {
        if (counted.Contains(table.Entity)) return;
        if (table.Owner is not { } owner)
        {
            writer.Line($"var {CountAheadLocal(table.Entity)} = RowCount(typeof({table.FullName})); // counted ahead, for the links that point back");
        }
        else
        {
            WriteCountAhead(writer, plan, plan.Tables.First(t => t.Entity == owner.Parent), counted);
            var path = CountAheadLocal(table.Entity) + "Path";
            if (owner.Sequence is not null) writer.Line($"var {path} = new int[{MachineField(table, owner)}.MaxLength];");
            writer.Line($"var {CountAheadLocal(table.Entity)} = 0L; // counted ahead, for the links that point back");
            writer.Line($"for (var parentRow = 0L; parentRow < {CountAheadLocal(owner.Parent)}; parentRow++) {CountAheadLocal(table.Entity)} += {Children(table, owner, path)};");
        }
        counted.Add(table.Entity);
    }

    /// <summary>
    /// Once <paramref name="parent"/>'s rows are made, the navigations of the rows that point back to them: in a
    /// serial Build after its table (<paramref name="parts"/> null), in a parallel one at its join, every part's in
    /// partition order.
    /// </summary>
    private static void WriteBackReferencesTo(SourceWriter writer, TablePlan parent, DataSetPlan plan, string? parts)
    {
        foreach (var (table, link) in Links(plan).Where(x => x.Link.Parent == parent.Entity && IsBackReference(x.Link)))
        {
            var row = Names.Local(table.Entity) + "Row";
            var loop = parts is null
                ? $"if (joined is null && sets is not null) foreach (var (parentRow, {row}) in sets.{DeferredField(table, link)})"
                : $"foreach (var part in {parts}) foreach (var (parentRow, {row}) in part.{DeferredField(table, link)})";
            using (writer.Block(loop))
            {
                WriteNavigations(writer, table, link, row, $"{(parts is null ? "sets" : "whole")}.{link.Parent}[parentRow]");
            }
        }
    }
}
