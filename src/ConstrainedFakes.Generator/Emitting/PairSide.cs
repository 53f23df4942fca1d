using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// One side of a many-to-many link as generated code adds it: the row (read from a table of kept rows into a local),
/// and that row's skip navigation of the other side.
/// </summary>
/// <param name="Table">The side's table (a field of the kept rows).</param>
/// <param name="Row">The row's index, as C#.</param>
/// <param name="Local">The local that holds the row.</param>
/// <param name="Navigation">The row's skip navigation of the other side.</param>
/// <param name="Fill">How generated code adds to it.</param>
/// <param name="FullName">The side's fully qualified type, the other side's element type.</param>
internal readonly record struct PairSide(string Table, string Row, string Local, string Navigation, CollectionFill Fill, string FullName)
{
    /// <summary>Adds each side's row to the other's skip navigation.</summary>
    public static void WriteBothSides(SourceWriter writer, string sets, PairSide one, PairSide other)
    {
        writer.Line($"var {one.Local} = {sets}.{one.Table}[{one.Row}];");
        writer.Line($"var {other.Local} = {sets}.{other.Table}[{other.Row}];");
        DataSetEmitter.WriteAdd(writer, $"{one.Local}.{Names.Identifier(one.Navigation)}", one.Fill, other.FullName, other.Local);
        DataSetEmitter.WriteAdd(writer, $"{other.Local}.{Names.Identifier(other.Navigation)}", other.Fill, one.FullName, one.Local);
    }
}
