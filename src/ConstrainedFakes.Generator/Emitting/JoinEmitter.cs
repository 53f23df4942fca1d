using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Writes the many-to-many pairs of a data set: once both tables of a pair are made, each row of the side that
/// picks takes its number of links, then that many distinct rows of the other side; every link is a
/// <c>JoinRow</c> handed out (so a stream writes the join table too) and, when the rows are kept, added to both
/// collections (by a parallel Build, at the join of the table that completes the pair, part by part).
/// </summary>
internal static class JoinEmitter
{
    private const string JoinRow = Names.Runtime + ".DataSets.JoinRow";
    private const string List = "global::System.Collections.Generic.List";

    /// <summary>The builder's static tables and stream fields of every pair.</summary>
    public static void WriteFields(SourceWriter writer, DataSetPlan plan)
    {
        foreach (var join in plan.Joins.Where(j => j.Count.Mean > 0))
            writer.Line($"private static readonly double[] {CountsField(join)} = PoissonCumulative({join.Count.Min}, {join.Count.Max}, {Literals.Double(join.Count.Mean)});");
        foreach (var join in plan.Joins.Where(j => j.Popularity > 0))
            writer.Line($"private static readonly {Names.Runtime}.DataSets.Popularity {PopularityField(join)} = new({Literals.Double(join.Popularity)});");
        foreach (var join in plan.Joins) writer.Line($"private readonly ulong {StreamField(join)};");
    }

    /// <summary>The constructor's lines that key each pair's stream.</summary>
    public static void WriteStreams(SourceWriter writer, DataSetPlan plan)
    {
        foreach (var join in plan.Joins)
            writer.Line($"{StreamField(join)} = faker._context.Stream(0x{join.StreamKey:X16}UL); // {join.Source}");
    }

    /// <summary>The kept rows of each pair's join table.</summary>
    public static void WriteSets(SourceWriter writer, DataSetPlan plan)
    {
        foreach (var join in plan.Joins)
        {
            writer.Line($"public readonly {List}<{JoinRow}> {SetName(join)} = new();");
            writer.Line($"public readonly {List}<(int Row, int Target)> {PairsName(join)} = new();");
        }
    }

    /// <summary>The pairs whose tables are both made once <paramref name="table"/> is, the last of them.</summary>
    public static IEnumerable<JoinPlan> CompletedBy(DataSetPlan plan, TablePlan table)
    {
        if (plan.Joins.Count == 0) return Enumerable.Empty<JoinPlan>();
        var position = Position(plan, table.Entity);
        return plan.Joins.Where(j => Position(plan, j.Entity) <= position && Position(plan, j.Target) <= position
            && (Position(plan, j.Entity) == position || Position(plan, j.Target) == position));
    }

    /// <summary>The join table's name in the kept rows.</summary>
    public static string SetName(JoinPlan join) => join.Entity + join.Navigation + "Join";

    /// <summary>
    /// The links of the picking side's rows of this part (<c>[{x}First, {x}End)</c>), so the parts of a stream
    /// together make each link once; the other side's whole table is known by its count.
    /// </summary>
    public static void WriteLinks(SourceWriter writer, JoinPlan join)
    {
        var count = join.Count;
        var (entityBuilder, targetBuilder) = (Builder(join.Entity), Builder(join.Target));
        var source = Quote(join.Source);
        var skew = join.Popularity > 0 ? ", skewed by [Popularity]" : "";
        writer.Line($"// {join.Source}: many-to-many, {count.Declared} {join.Target} rows per {join.Entity}, distinct{skew}");
        using (writer.Block($"for (var joinRow = {Names.Local(join.Entity)}First; joinRow < {Names.Local(join.Entity)}End; joinRow++)"))
        {
            writer.Line($"var links = ChildCount({StreamField(join)}, joinRow, {count.Min}, {count.Max}, {(count.Mean > 0 ? CountsField(join) : "null")});");
            using (writer.Block("for (var ordinal = 0; ordinal < links; ordinal++)"))
            {
                var popularity = join.Popularity > 0 ? $", {PopularityField(join)}" : "";
                writer.Line($"var targetRow = PickJoined({StreamField(join)}, joinRow, ordinal, {Names.Local(join.Target)}Count, {source}, {Quote(count.Declared)}{popularity});");
                writer.Line($"var link = new {JoinRow}(typeof({join.FullName}), {Quote(join.Navigation)}, {entityBuilder}.KeyAt(joinRow), typeof({join.TargetFullName}), {Quote(join.Inverse)}, {targetBuilder}.KeyAt(targetRow));");
                // A parallel Build's parts fill the other side's collections at the join, in partition order.
                using (writer.Block("if (joined is not null)"))
                {
                    writer.Line($"kept.{SetName(join)}.Add(link);");
                    writer.Line($"kept.{PairsName(join)}.Add(((int)joinRow, (int)targetRow));");
                }
                using (writer.Block("else if (sets is not null)"))
                {
                    WriteBothSides(writer, join, "sets", "(int)joinRow", "(int)targetRow");
                    writer.Line($"sets.{SetName(join)}.Add(link);");
                }
                writer.Line("yield return link;");
            }
        }
    }

    /// <summary>A parallel Build's join of the pairs that <paramref name="table"/> completes: every part's links, in partition order, into the whole and both sides' collections.</summary>
    public static void WriteJoin(SourceWriter writer, DataSetPlan plan, TablePlan table)
    {
        foreach (var join in CompletedBy(plan, table))
        {
            writer.Line($"foreach (var part in parts) whole.{SetName(join)}.AddRange(part.{SetName(join)});");
            using (writer.Block($"foreach (var part in parts) foreach (var (row, target) in part.{PairsName(join)})"))
            {
                WriteBothSides(writer, join, "whole", "row", "target");
            }
        }
    }

    /// <summary>Adds a link to the collections on both sides.</summary>
    private static void WriteBothSides(SourceWriter writer, JoinPlan join, string sets, string row, string target)
        => PairSide.WriteBothSides(writer, sets,
            new PairSide(join.Entity, row, "joinEntity", join.Navigation, join.Fill, join.FullName),
            new PairSide(join.Target, target, "joinTarget", join.Inverse, join.InverseFill, join.TargetFullName));

    /// <summary>The row pairs of a part's links in a parallel Build, joined after the links.</summary>
    private static string PairsName(JoinPlan join) => SetName(join) + "Pairs";

    private static int Position(DataSetPlan plan, string entity)
    {
        for (var i = 0; i < plan.Tables.Count; i++)
        {
            if (plan.Tables[i].Entity == entity) return i;
        }
        return -1;
    }

    private static string Builder(string entity) => Names.Field(entity, "Builder");

    private static string StreamField(JoinPlan join) => Names.Field(SetName(join), "Stream");

    private static string PopularityField(JoinPlan join) => Names.Static(SetName(join), "Popularity");

    private static string CountsField(JoinPlan join) => Names.Static(SetName(join), "Counts");

    private static string Quote(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
