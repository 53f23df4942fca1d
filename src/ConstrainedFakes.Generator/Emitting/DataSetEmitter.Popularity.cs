using System.Linq;
using ConstrainedFakes.Generator.Planning;
using ConstrainedFakes.Generator.Planning.Relationships;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary><c>[Popularity]</c>: a pick's Zipf distribution, made once per faker type, passed to <c>Pick</c>.</summary>
internal static partial class DataSetEmitter
{
    private static void WritePopularities(SourceWriter writer, DataSetPlan plan)
    {
        foreach (var (table, link) in Links(plan).Where(x => x.Link != x.Table.Owner && x.Link.Popularity > 0))
            writer.Line($"private static readonly {Names.Runtime}.DataSets.Popularity {PopularityField(table, link)} = new({Literals.Double(link.Popularity)});");
    }

    /// <summary>The extra arguments of a skewed pick (a pool's ranks are scattered over its rows, a self-reference's are its rows), or none.</summary>
    private static string PopularityArguments(TablePlan table, LinkPlan link)
    {
        if (link.Popularity <= 0) return "";
        return link.DistinctPerOwner is null
            ? $", {PopularityField(table, link)}, scattered: {(link.IsSelf(table) ? "false" : "true")}"
            : $", {PopularityField(table, link)}";
    }

    private static string PopularityField(TablePlan table, LinkPlan link) => Names.Static(Key(table, link), "Popularity");
}
