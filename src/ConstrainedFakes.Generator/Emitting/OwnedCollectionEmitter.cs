using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning;

namespace ConstrainedFakes.Generator.Emitting;

/// <summary>
/// Writes a row's collections of owned objects (EF Core OwnsMany): a count drawn on a stream of its own, and
/// that many elements from the owned type's own builder, at element indices <c>row * stride + i</c>.
/// </summary>
internal static class OwnedCollectionEmitter
{
    private const string List = "global::System.Collections.Generic.List";

    /// <summary>Each collection's element builder, count stream and count weights.</summary>
    public static void WriteFields(SourceWriter writer, EntityPlan entity)
    {
        foreach (var collection in entity.OwnedCollections)
        {
            writer.Line($"private readonly {collection.Element.Name}Builder {Elements(collection)};");
            writer.Line($"private readonly ulong {CountStream(collection)};");
            if (collection.Problem is null && collection.Mean > 0)
                writer.Line($"private static readonly double[] {Counts(collection)} = {Names.Sample}.PoissonCumulative({collection.Min}, {collection.Max}, {Literals.Double(collection.Mean)});");
        }
    }

    /// <summary>The constructor's lines that create each element builder and key each count's stream.</summary>
    public static void WriteStreams(SourceWriter writer, EntityPlan entity, string cursor)
    {
        foreach (var collection in entity.OwnedCollections)
        {
            writer.Line($"{Elements(collection)} = new {collection.Element.Name}Builder(context, new {cursor}());");
            writer.Line($"{CountStream(collection)} = context.Stream(0x{collection.CountStreamKey:X16}UL); // {entity.Name}.{collection.Name} count");
        }
    }

    /// <summary>The object initializer's lines that set each collection a new list fits.</summary>
    public static void WriteInitializers(SourceWriter writer, EntityPlan entity)
    {
        foreach (var collection in entity.OwnedCollections.Where(c => c.Fill == CollectionFill.CreateThenAdd))
            writer.Line($"{Names.Identifier(collection.Name)} = {Method(collection)}(index, new {List}<{collection.ElementFullName}>()),");
    }

    /// <summary>Whether a collection is added to after the row is created (one the entity creates itself).</summary>
    public static bool AddsAfterCreation(EntityPlan entity) => entity.OwnedCollections.Any(c => c.Fill != CollectionFill.CreateThenAdd);

    /// <summary>The lines after the row is created that add the elements of each collection the entity creates itself.</summary>
    public static void WriteAdds(SourceWriter writer, EntityPlan entity)
    {
        foreach (var collection in entity.OwnedCollections.Where(c => c.Fill != CollectionFill.CreateThenAdd))
            writer.Line($"{Method(collection)}(index, entity.{Names.Identifier(collection.Name)});");
    }

    /// <summary>Each collection's elements of one row, added to the collection given, which is returned.</summary>
    public static void WriteMethods(SourceWriter writer, EntityPlan entity)
    {
        foreach (var collection in entity.OwnedCollections)
        {
            writer.Line();
            writer.Line($"// {entity.Name}.{collection.Name}: {collection.Declared} elements of the owned {collection.Element.FullName}, each with its own constraints.");
            using (writer.Block($"private TCollection {Method(collection)}<TCollection>(long index, TCollection into) where TCollection : global::System.Collections.Generic.ICollection<{collection.ElementFullName}>"))
            {
                if (collection.Problem is not null)
                {
                    writer.Line($"throw new {Names.Violation}(\"{entity.Name}\", new[] {{ {Quote(collection.Declared)} }}, {Quote(collection.Problem)});");
                    continue;
                }
                var counts = collection.Mean > 0 ? Counts(collection) : "null";
                writer.Line($"var count = {Names.Sample}.Count({CountStream(collection)}, index, {collection.Min}, {collection.Max}, {counts});");
                writer.Line($"for (var i = 0; i < count; i++) into.Add({Elements(collection)}.BuildAt(checked(index * {collection.Stride}L + i)));");
                writer.Line("return into;");
            }
        }
    }

    private static string Elements(OwnedCollectionPlan collection) => Names.Field(collection.Name, "Elements");

    private static string CountStream(OwnedCollectionPlan collection) => Names.Field(collection.Name, "CountStream");

    private static string Counts(OwnedCollectionPlan collection) => Names.Static(collection.Name, "Counts");

    private static string Method(OwnedCollectionPlan collection) => collection.Name + "Elements";

    private static string Quote(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
