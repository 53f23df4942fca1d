using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Rules that read a parent's members, or members further on (<c>Policy.Holder.RegisteredAt</c>): each row's builder
/// is conditioned on the objects that hold them. A parent's parent is found by its row: each table a path passes
/// through records, per row, the row its next link points at (its "rows" list), since a streamed row has no
/// navigations to follow.
/// </summary>
internal static partial class DataSetEmitter
{
    /// <summary>
    /// Conditions the builder on the parent of <paramref name="link"/> (row <paramref name="parentRow"/>, negative for none)
    /// and on the entities further on that hold members the constraints read.
    /// </summary>
    private static void WriteConditioning(SourceWriter writer, TablePlan table, EntityPlan entity, LinkPlan link, string parentRow, string parent, bool optional, DataSetPlan plan, ISet<string> kept)
    {
        var builder = Builder(table.Entity);
        var rows = new HashSet<string>();
        foreach (var (holder, _) in BuilderEmitter.Holders(entity, link.Reference!))
        {
            var hops = holder.Split('.');
            if (hops.Length == 1)
            {
                writer.Line($"{builder}.{BuilderEmitter.ConditionOn(holder)}({(optional ? $"{parentRow} < 0 ? null : " : "")}{parent});");
                continue;
            }
            // From the parent's row along the recorded rows, one table at a time.
            string? entityAt = link.Parent;
            var row = parentRow;
            for (var i = 1; i < hops.Length && entityAt is not null; i++)
            {
                var at = plan.Tables.FirstOrDefault(t => t.Entity == entityAt);
                var next = at is null ? null : at.Parents.FirstOrDefault(l => l.Reference == hops[i]);
                var local = Names.Local(ParentPaths.Local(string.Join(".", hops.Take(i + 1)))) + "Row";
                if (next is not null && rows.Add(local))
                    writer.Line($"var {local} = {row} < 0 ? -1L : (sets is not null ? sets.{RowsField(at!, next)}[(int){row}] : kept.{RowsField(at!, next)}[(int)({row} - {FirstLocal(at!.Entity)})]);");
                (entityAt, row) = (next?.Parent, local);
            }
            // A link the data set does not make leaves no parent to read.
            writer.Line(entityAt is null
                ? $"{builder}.{BuilderEmitter.ConditionOn(holder)}(null);"
                : $"{builder}.{BuilderEmitter.ConditionOn(holder)}({row} < 0 ? null : {ParentObject(entityAt, row, kept)});");
        }
    }

    /// <summary>Frees the builder from the parent of <paramref name="link"/> and from the entities further on.</summary>
    private static void WriteRelease(SourceWriter writer, TablePlan table, EntityPlan entity, LinkPlan link)
    {
        foreach (var (holder, _) in BuilderEmitter.Holders(entity, link.Reference!))
            writer.Line($"{Builder(table.Entity)}.{BuilderEmitter.ConditionOn(holder)}(null);");
    }

    /// <summary>The links whose parent rows a table records for later tables' paths, by the table they belong to.</summary>
    private static List<(TablePlan Table, LinkPlan Link)> RecordedLinks(DataSetPlan plan, EquatableArray<EntityPlan> entities)
    {
        var recorded = new List<(TablePlan, LinkPlan)>();
        foreach (var (table, link) in Links(plan).Where(x => x.Link.Reference is not null))
        {
            var entity = entities.First(e => e.Name == table.Entity);
            foreach (var (holder, _) in BuilderEmitter.Holders(entity, link.Reference!))
            {
                var at = plan.Tables.FirstOrDefault(t => t.Entity == link.Parent);
                foreach (var hop in holder.Split('.').Skip(1))
                {
                    if (at is null || at.Parents.FirstOrDefault(l => l.Reference == hop) is not { } next) break;
                    if (!recorded.Contains((at, next))) recorded.Add((at, next));
                    at = plan.Tables.FirstOrDefault(t => t.Entity == next.Parent);
                }
            }
        }
        return recorded;
    }

    /// <summary>
    /// A pick (not an owner) on the way of a path more than one navigation deep, or null. A part of a stream makes the
    /// children of its own owner rows, so along owner links the rows on the way are its own; a picked row may not be.
    /// </summary>
    private static (string Table, LinkPlan Link)? PickOnAFarPath(DataSetPlan plan, EquatableArray<EntityPlan> entities, IReadOnlyList<(TablePlan Table, LinkPlan Link)> recorded)
    {
        var first = Links(plan).Where(x => x.Link != x.Table.Owner && x.Link.Reference is not null
            && BuilderEmitter.Holders(entities.First(e => e.Name == x.Table.Entity), x.Link.Reference).Any(h => h.Holder.IndexOf('.') >= 0));
        return first.Concat(recorded.Where(x => x.Link != x.Table.Owner))
            .Select(x => ((string, LinkPlan)?)(x.Table.Entity, x.Link))
            .FirstOrDefault();
    }

    /// <summary>The tables that hold members read through a path more than one navigation deep.</summary>
    private static IEnumerable<string> FarHolders(DataSetPlan plan, EquatableArray<EntityPlan> entities)
        => RecordedLinks(plan, entities).Select(x => x.Link.Parent);

    private static void WriteRecordedFields(SourceWriter writer, DataSetPlan plan, EquatableArray<EntityPlan> entities)
    {
        foreach (var (table, link) in RecordedLinks(plan, entities))
            writer.Line($"public readonly {List}<long> {RowsField(table, link)} = new(); // per {table.Entity} row, its {link.Reference}'s row (-1 for none)");
    }

    /// <summary>In a row of <paramref name="table"/>: the parent rows later tables' paths read through it.</summary>
    private static void WriteRecordedRows(SourceWriter writer, TablePlan table, IEnumerable<(LinkPlan Link, string ParentRow)> links, IReadOnlyList<(TablePlan Table, LinkPlan Link)> recorded)
    {
        foreach (var (link, parentRow) in links.Where(l => recorded.Contains((table, l.Link))))
            writer.Line($"(into ?? kept).{RowsField(table, link)}.Add({parentRow});");
    }

    private static string RowsField(TablePlan table, LinkPlan link) => Key(table, link) + "Rows";
}
