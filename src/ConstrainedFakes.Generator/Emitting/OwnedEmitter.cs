using System.Linq;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Writes a row's owned objects (EF Core <c>[Owned]</c> references): each is created from the owner's members
/// that hold its values, with the owned objects it holds, and a nullable one is left null on a draw of its own stream.
/// </summary>
internal static class OwnedEmitter
{
    /// <summary>The null decision's fields of each nullable owned reference.</summary>
    public static void WriteFields(SourceWriter writer, EntityPlan entity)
    {
        foreach (var owned in entity.Owned.SelectMany(o => o.SelfAndInner()))
        {
            if (owned.NullRate is null) continue;
            writer.Line($"private readonly ulong {NullStream(owned)};");
            writer.Line($"private readonly double {NullRate(owned)};");
        }
    }

    /// <summary>The constructor's lines that key each null decision's stream and read its rate.</summary>
    public static void WriteStreams(SourceWriter writer, EntityPlan entity)
    {
        foreach (var owned in entity.Owned.SelectMany(o => o.SelfAndInner()))
        {
            if (owned.NullRate is not { } rate) continue;
            writer.Line($"{NullStream(owned)} = context.Stream(0x{owned.NullStreamKey:X16}UL); // {entity.Name}.{owned.Path} is null");
            writer.Line($"{NullRate(owned)} = {(double.IsNaN(rate) ? "context.Options.NullRate" : Literals.Double(rate))};");
        }
    }

    /// <summary>The object initializer's lines that set each owned reference.</summary>
    public static void WriteInitializers(SourceWriter writer, EntityPlan entity)
    {
        foreach (var owned in entity.Owned) writer.Line($"{Names.Identifier(owned.Name)} = {Value(entity, owned)},");
    }

    /// <summary>The owned object, with the owned objects and collections it holds, or null on its null stream's draw.</summary>
    private static string Value(EntityPlan entity, OwnedPlan owned)
    {
        var settings = owned.Members.Select(m => $"{Names.Identifier(m.Member)} = {Names.Local(m.Holder)}")
            .Concat(owned.Owned.Select(o => $"{Names.Identifier(o.Name)} = {Value(entity, o)}"))
            .Concat(OwnedCollectionEmitter.Settings(entity, owned.Path));
        var creation = $"new {owned.TypeFullName} {{ {string.Join(", ", settings)} }}";
        return owned.NullRate is null ? creation : $"{Names.Sample}.IsNull({NullStream(owned)}, index, {NullRate(owned)}) ? null : {creation}";
    }

    private static string NullStream(OwnedPlan owned) => Names.Field(owned.Path.Replace('.', '_'), "NullStream");

    private static string NullRate(OwnedPlan owned) => Names.Field(owned.Path.Replace('.', '_'), "NullRate");
}
