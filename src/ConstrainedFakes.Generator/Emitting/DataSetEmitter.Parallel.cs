using System.Linq;
using ConstrainedFakes.Generator.Planning;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// A parallel <c>Build()</c>: the parts of the stream made on threads of their own, in step table by table.
/// After each table the parts' rows are joined in partition order (so every list is in serial order), and the
/// navigations that two parts could touch at once (a collection of a picked parent, a row of the same table)
/// are set then, in the same order as a serial build sets them.
/// </summary>
internal static partial class DataSetEmitter
{
    private static void WriteSerialOrParallel(SourceWriter writer, FakerPlan faker, DataSetPlan plan)
    {
        if (!CanBuildInParts(faker, plan))
        {
            if (SerialOnly(plan, faker.Entities) is { } why) writer.Line($"// Always serial: {why}");
            writer.Line("var sets = new Sets();");
            writer.Line("foreach (var _ in Rows(sets, sets, 0, 1, null)) { }");
            return;
        }
        writer.Line("Sets sets;");
        writer.Line("if (Parallelism > 1) sets = BuildInParts(Parallelism);");
        using (writer.Block("else"))
        {
            writer.Line("sets = new Sets();");
            writer.Line("foreach (var _ in Rows(sets, sets, 0, 1, null)) { }");
        }
    }

    private static bool CanBuildInParts(FakerPlan faker, DataSetPlan plan)
        => plan.Problems.Count == 0 && plan.Tables.Count > 0 && SerialOnly(plan, faker.Entities) is null;

    /// <summary>
    /// Why the rows cannot be made in parts at once, or null: a row whose constraints read an earlier row of its own
    /// table, which another part may still be making. (A many-to-many's links, which fill collections on both sides
    /// from every part, are added at the join.)
    /// </summary>
    private static string? SerialOnly(DataSetPlan plan, Model.EquatableArray<EntityPlan> entities)
        => plan.Tables.SelectMany(t => t.References.Where(l => l.IsSelf(t) && ReadsParent(t, l, entities)))
            .Select(l => $"{l.Source} is read by a constraint, and the parent row may be made by another part at the same time.")
            .FirstOrDefault();

    /// <summary>Whether a link's navigations wait for the join in a parallel Build: a row of its own table, or a picked parent's collection, which other parts fill too.</summary>
    private static bool IsDeferred(TablePlan table, LinkPlan link)
        => SetsNavigations(link) && !link.PointsBack && (link.IsSelf(table) || link != table.Owner && link.Collection is not null && link.CollectionFill != Model.CollectionFill.None);

    private static string DeferredField(TablePlan table, LinkPlan link) => Key(table, link) + "Links";

    /// <summary>A join entity's pairs (its owner's row and the picked row) that a parallel Build adds to both skip navigations at the join.</summary>
    private static string SkipsField(TablePlan table, LinkPlan link) => Key(table, link) + "Skips";

    private static void WriteDeferredFields(SourceWriter writer, DataSetPlan plan)
    {
        foreach (var (table, link) in Links(plan).Where(x => IsDeferred(x.Table, x.Link) || IsBackReference(x.Link)))
            writer.Line($"public readonly {List}<(int Parent, {table.FullName} Row)> {DeferredField(table, link)} = new();");
        foreach (var (table, link) in Links(plan).Where(x => x.Link.Skip is not null))
            writer.Line($"public readonly {List}<(int Owner, int Picked)> {SkipsField(table, link)} = new();");
    }

    private static void WriteBuildInParts(SourceWriter writer, FakerPlan faker, DataSetPlan plan)
    {
        if (!CanBuildInParts(faker, plan)) return;
        writer.Line("/// <summary>The rows made as <paramref name=\"parts\"/> parts of the stream at once, each on a builder of its own, joined after each table.</summary>");
        using (writer.Block("private Sets BuildInParts(int parts)"))
        {
            writer.Line("var whole = new Sets();");
            writer.Line("var each = new Sets[parts];");
            writer.Line("var builders = new DataSetBuilder[parts];");
            using (writer.Block("for (var part = 0; part < parts; part++)"))
            {
                writer.Line("each[part] = new Sets();");
                writer.Line("builders[part] = part == 0 ? this : new DataSetBuilder(_faker);");
                writer.Line("if (part > 0) builders[part].SizedLike(this);");
            }
            writer.Line("RunInParts(parts, (part, joined) => builders[part].Rows(whole, each[part], part, parts, joined), table => Join(whole, each, table));");
            writer.Line("return whole;");
        }
        writer.Line();
        writer.Line("/// <summary>Table number <paramref name=\"table\"/> of every part, in partition order, and the navigations set at the join.</summary>");
        using (writer.Block("private static void Join(Sets whole, Sets[] parts, int table)"))
        {
            using (writer.Block("switch (table)"))
            {
                for (var i = 0; i < plan.Tables.Count; i++)
                {
                    var table = plan.Tables[i];
                    using (writer.Block($"case {i}:"))
                    {
                        writer.Line($"foreach (var part in parts) whole.{table.Entity}.AddRange(part.{table.Entity});");
                        foreach (var (_, link) in Links(plan).Where(x => x.Table == table && IsDeferred(table, x.Link)))
                        {
                            var row = Names.Local(table.Entity) + "Row";
                            using (writer.Block($"foreach (var part in parts) foreach (var (parentRow, {row}) in part.{DeferredField(table, link)})"))
                            {
                                WriteNavigations(writer, table, link, row, $"whole.{link.Parent}[parentRow]");
                            }
                        }
                        foreach (var (_, link) in Links(plan).Where(x => x.Table == table && x.Link.Skip is not null))
                        {
                            using (writer.Block($"foreach (var part in parts) foreach (var (ownerRow, pickedRow) in part.{SkipsField(table, link)})"))
                            {
                                WriteSkipNavigations(writer, table, link, "whole", "ownerRow", "pickedRow");
                            }
                        }
                        foreach (var (_, link) in RecordedLinks(plan, faker.Entities).Where(x => x.Table == table))
                            writer.Line($"foreach (var part in parts) whole.{RowsField(table, link)}.AddRange(part.{RowsField(table, link)});");
                        JoinEmitter.WriteJoin(writer, plan, table);
                        WriteBackReferencesTo(writer, table, plan, "parts");
                        writer.Line("break;");
                    }
                }
            }
        }
        writer.Line();
    }
}
