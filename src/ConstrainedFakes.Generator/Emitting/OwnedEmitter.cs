using System.Linq;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Writes a row's owned objects (EF Core <c>[Owned]</c> references): each is created from the owner's members
/// that hold its values, and a nullable one is left null on a draw of its own stream.
/// </summary>
internal static class OwnedEmitter
{
    /// <summary>The null decision's fields of each nullable owned reference.</summary>
    public static void WriteFields(SourceWriter writer, EntityPlan entity)
    {
        foreach (var owned in entity.Owned)
        {
            if (owned.NullRate is null) continue;
            writer.Line($"private readonly ulong {Names.Field(owned.Name, "NullStream")};");
            writer.Line($"private readonly double {Names.Field(owned.Name, "NullRate")};");
        }
    }

    /// <summary>The constructor's lines that key each null decision's stream and read its rate.</summary>
    public static void WriteStreams(SourceWriter writer, EntityPlan entity)
    {
        foreach (var owned in entity.Owned)
        {
            if (owned.NullRate is not { } rate) continue;
            writer.Line($"{Names.Field(owned.Name, "NullStream")} = context.Stream(0x{owned.NullStreamKey:X16}UL); // {entity.Name}.{owned.Name} is null");
            writer.Line($"{Names.Field(owned.Name, "NullRate")} = {(double.IsNaN(rate) ? "context.Options.NullRate" : Literals.Double(rate))};");
        }
    }

    /// <summary>The object initializer's lines that set each owned reference.</summary>
    public static void WriteInitializers(SourceWriter writer, EntityPlan entity)
    {
        foreach (var owned in entity.Owned)
        {
            var creation = $"new {owned.TypeFullName} {{ {string.Join(", ", owned.Members.Select(m => $"{Names.Identifier(m.Member)} = {Names.Local(m.Holder)}"))} }}";
            writer.Line(owned.NullRate is null
                ? $"{Names.Identifier(owned.Name)} = {creation},"
                : $"{Names.Identifier(owned.Name)} = {Names.Sample}.IsNull({Names.Field(owned.Name, "NullStream")}, index, {Names.Field(owned.Name, "NullRate")}) ? null : {creation},");
        }
    }
}
