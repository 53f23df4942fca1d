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
                    writer.Line($"var {local} = {row} < 0 ? -1L : {RecordedRow(at!, next, row)};");
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

    /// <summary>The parent row that row <paramref name="row"/> (0 or more) of <paramref name="table"/> recorded for <paramref name="link"/>: all rows in Build, this part's in a stream.</summary>
    private static string RecordedRow(TablePlan table, LinkPlan link, string row)
        => $"(sets is not null ? sets.{RowsField(table, link)}[(int){row}] : kept.{RowsField(table, link)}[(int)({row} - {FirstLocal(table.Entity)})])";

    /// <summary>The row of <paramref name="parent"/>'s link whose foreign key is <paramref name="foreignKey"/>, as row <paramref name="row"/> of it recorded.</summary>
    private static string RecordedRow(DataSetPlan plan, string parent, string foreignKey, string row)
    {
        var (table, link) = NamingLink(plan, parent, foreignKey);
        return RecordedRow(table, link, row);
    }

    /// <summary>The table and its link that set <paramref name="foreignKey"/>, which a <see cref="NamedParent"/> reads.</summary>
    private static (TablePlan Table, LinkPlan Link) NamingLink(DataSetPlan plan, string parent, string foreignKey)
    {
        var table = plan.Tables.First(t => t.Entity == parent);
        return (table, table.Parents.First(l => l.ForeignKey == foreignKey));
    }

    /// <summary>The links whose parent rows a table records: for later tables' paths, and for the links whose parents another link names.</summary>
    private static List<(TablePlan Table, LinkPlan Link)> RecordedLinks(DataSetPlan plan, EquatableArray<EntityPlan> entities)
    {
        var recorded = PathLinks(plan, entities);
        foreach (var (table, link) in Links(plan).Where(x => x.Link.NamedBy is not null))
        {
            var by = table.Parents.First(l => l.Reference == link.NamedBy!.Reference);
            var naming = NamingLink(plan, by.Parent, link.NamedBy!.ParentForeignKey);
            if (!recorded.Contains(naming)) recorded.Add(naming);
        }
        return recorded;
    }

    /// <summary>The links whose parent rows a table records for later tables' paths, by the table they belong to.</summary>
    private static List<(TablePlan Table, LinkPlan Link)> PathLinks(DataSetPlan plan, EquatableArray<EntityPlan> entities)
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
    private static (string Table, LinkPlan Link)? PickOnAFarPath(DataSetPlan plan, EquatableArray<EntityPlan> entities)
    {
        var first = Links(plan).Where(x => x.Link != x.Table.Owner && x.Link.Reference is not null
            && BuilderEmitter.Holders(entities.First(e => e.Name == x.Table.Entity), x.Link.Reference).Any(h => h.Holder.IndexOf('.') >= 0));
        return first.Concat(PathLinks(plan, entities).Where(x => x.Link != x.Table.Owner))
            .Select(x => ((string, LinkPlan)?)(x.Table.Entity, x.Link))
            .FirstOrDefault();
    }

    /// <summary>The tables that hold members read through a path more than one navigation deep.</summary>
    private static IEnumerable<string> FarHolders(DataSetPlan plan, EquatableArray<EntityPlan> entities)
        => PathLinks(plan, entities).Select(x => x.Link.Parent);

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
