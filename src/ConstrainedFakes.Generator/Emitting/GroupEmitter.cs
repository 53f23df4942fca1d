using System.Globalization;
using System.Linq;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Writes categorical groups: one static column per member, the combinations' weights, a per-builder
/// table that fixed values filter, and the one draw per row that picks a combination.
/// </summary>
internal static class GroupEmitter
{
    public static void WriteTables(SourceWriter writer, EntityPlan entity)
    {
        foreach (var (group, index) in entity.Groups.Select((g, i) => (g, i)))
        {
            for (var m = 0; m < group.Members.Count; m++)
                writer.Line($"private static readonly {group.Types[m]}[] {SamplerEmitter.GroupColumn(index, group.Members[m])} = {{ {string.Join(", ", group.Columns[m])} }};");
            writer.Line($"private static readonly double[] {Weights(index)} = {{ {string.Join(", ", group.Weights.Select(Literals.Double))} }};");
            writer.Line($"private static readonly double[] {AllCumulative(index)} = {Names.Sample}.Cumulative({Weights(index)}, null);");
            if (group.BranchMasks.Count > 0)
                writer.Line($"private static readonly int[] {Masks(index)} = {{ {string.Join(", ", group.BranchMasks.Select(Literals.Int))} }};");
        }
    }

    public static void WriteFields(SourceWriter writer, EntityPlan entity)
    {
        for (var index = 0; index < entity.Groups.Count; index++)
        {
            writer.Line($"private readonly ulong {Stream(index)};");
            // Shared until a fixed value filters it for this builder.
            writer.Line($"private double[] {Cumulative(index)} = {AllCumulative(index)};");
        }
    }

    public static void WriteStreams(SourceWriter writer, EntityPlan entity)
    {
        for (var index = 0; index < entity.Groups.Count; index++)
            writer.Line($"{Stream(index)} = context.Stream(0x{entity.Groups[index].StreamKey:X16}UL); // {entity.Name}.{string.Join("+", entity.Groups[index].Members)}");
    }

    /// <summary>
    /// The row's draw of each group's combination, before any member reads it; afresh on each attempt when a
    /// checked invariant can reject the row, since it may read the group's members.
    /// </summary>
    public static void WriteDraws(SourceWriter writer, EntityPlan entity, bool perAttempt)
    {
        for (var index = 0; index < entity.Groups.Count; index++)
        {
            var stream = perAttempt ? $"{Names.Runtime}.Randomness.CounterRng.Attempt({Stream(index)}, attempt)" : Stream(index);
            writer.Line($"// {string.Join(", ", entity.Groups[index].Members)}: one of {entity.Groups[index].Weights.Count} allowed combinations ({string.Join("; ", entity.Groups[index].Sources)})");
            writer.Line($"int {SamplerEmitter.GroupLocal(index)} = {Names.Sample}.Weighted({stream}, index, {Cumulative(index)});");
        }
    }

    /// <summary>In CheckFixedValues: keep only the combinations that agree with the fixed members; none left is a clear error.</summary>
    public static void WriteFilters(SourceWriter writer, EntityPlan entity)
    {
        for (var index = 0; index < entity.Groups.Count; index++)
        {
            var group = entity.Groups[index];
            var agrees = string.Join(" && ", group.Members.Select((m, column) =>
                $"(!{Names.Field(m, "IsFixed")} || global::System.Collections.Generic.EqualityComparer<{group.Types[column]}>.Default.Equals({SamplerEmitter.GroupColumn(index, m)}[i], {Names.Field(m, "Fixed")}))"));
            // A combination must also admit a branch that the fixed values leave feasible.
            if (group.BranchMasks.Count > 0) agrees += $" && ({Masks(index)}[i] & {LinearEmitter.Branches}) != 0";
            writer.Line($"{Cumulative(index)} = {Names.Sample}.Cumulative({Weights(index)}, i => {agrees});");
            var values = LinearEmitter.Values(group.BranchMasks.Count > 0 ? group.Members.Concat(entity.Linear!.Variables.Select(v => v.Member)) : group.Members);
            writer.Line($"if ({Cumulative(index)}[^1] <= 0) {LinearEmitter.Conflict(LinearEmitter.Strings(group.Sources), values)}");
        }
    }

    public static bool IsGroupMember(EntityPlan entity, string member) => entity.Groups.Any(g => g.Members.Contains(member));

    public static string Masks(int index) => $"s_group{index.ToString(CultureInfo.InvariantCulture)}Masks";

    private static string Weights(int index) => $"s_group{index.ToString(CultureInfo.InvariantCulture)}Weights";

    private static string AllCumulative(int index) => $"s_group{index.ToString(CultureInfo.InvariantCulture)}Cumulative";

    private static string Cumulative(int index) => $"_group{index.ToString(CultureInfo.InvariantCulture)}Cumulative";

    private static string Stream(int index) => $"_group{index.ToString(CultureInfo.InvariantCulture)}Stream";
}
