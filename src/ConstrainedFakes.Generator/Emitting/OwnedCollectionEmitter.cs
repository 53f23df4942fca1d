using System.Collections.Generic;
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
            writer.Line($"private {collection.ElementFullName}[]? {Fixed(collection)};");
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

    /// <summary>The object initializer's lines that set each collection of the row itself that a new list fits.</summary>
    public static void WriteInitializers(SourceWriter writer, EntityPlan entity)
    {
        foreach (var setting in Settings(entity, holder: null)) writer.Line(setting + ",");
    }

    /// <summary>
    /// The settings, in an object initializer, of the collections a new list fits that the object at
    /// <paramref name="holder"/> holds: the row itself (null), or an owned object (<c>Site</c>).
    /// </summary>
    public static IEnumerable<string> Settings(EntityPlan entity, string? holder)
        => entity.OwnedCollections.Where(c => c.Fill == CollectionFill.CreateThenAdd && c.Holder == holder)
            .Select(c => $"{Names.Identifier(c.Property)} = {Method(c)}(index, new {List}<{c.ElementFullName}>())");

    /// <summary>Whether a collection is added to after the row is created (one the entity creates itself).</summary>
    public static bool AddsAfterCreation(EntityPlan entity) => entity.OwnedCollections.Any(c => c.Fill != CollectionFill.CreateThenAdd);

    /// <summary>
    /// The lines after the row is created that add the elements of each collection the entity (or its owned object)
    /// creates itself; one inside an owned object that may be null only when that object is set.
    /// </summary>
    public static void WriteAdds(SourceWriter writer, EntityPlan entity)
    {
        var nullable = new HashSet<string>(entity.Owned.SelectMany(o => o.SelfAndInner()).Where(o => o.NullRate is not null).Select(o => o.Path));
        foreach (var collection in entity.OwnedCollections.Where(c => c.Fill != CollectionFill.CreateThenAdd))
        {
            var steps = collection.Name.Split('.');
            var mayBeNull = Enumerable.Range(1, steps.Length - 1).Any(n => nullable.Contains(string.Join(".", steps.Take(n))));
            if (!mayBeNull)
            {
                writer.Line($"{Method(collection)}(index, entity.{string.Join(".", steps.Select(Names.Identifier))});");
                continue;
            }
            var local = Names.Local(collection.Local);
            writer.Line($"if (entity.{string.Join("?.", steps.Select(Names.Identifier))} is {{ }} {local}) {Method(collection)}(index, {local});");
        }
    }

    /// <summary>
    /// With{Collection}: fixes a collection's elements in every row (the same objects, in order); their number is checked
    /// against the collection's <c>[Count]</c>, their members are the caller's.
    /// </summary>
    public static void WriteWith(SourceWriter writer, EntityPlan entity, string builder)
    {
        foreach (var collection in entity.OwnedCollections)
        {
            var fixes = collection.Holder is null
                ? $"<see cref=\"{Names.Cref(entity.FullName)}.{Names.Identifier(collection.Name)}\"/>"
                : $"<c>{collection.Name}</c> of the owned <see cref=\"{Names.Cref(entity.FullName)}.{Names.Identifier(collection.Name.Substring(0, collection.Name.IndexOf('.')))}\"/>";
            writer.Line();
            writer.Line($"/// <summary>Fixes {fixes} to the elements of <paramref name=\"value\"/>, in order, in every row this builder makes (the same objects in each row, which EF Core seeds for one owner only); the other members are sampled as usual.</summary>");
            writer.Line("/// <param name=\"value\">The elements; their own constraints are the caller's.</param>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"value\"/> holds a null element.</exception>");
            if (collection.Declared.StartsWith("["))
                writer.Line($"/// <exception cref=\"{Names.Violation}\">Their number breaks <c>{collection.Declared.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")}</c>.</exception>");
            using (writer.Block($"public {builder} With{collection.Local}(global::System.Collections.Generic.IEnumerable<{collection.ElementFullName}> value)"))
            {
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
                writer.Line("var elements = global::System.Linq.Enumerable.ToArray(value);");
                writer.Line($"if (global::System.Array.IndexOf(elements, null) >= 0) throw new global::System.ArgumentException(\"{collection.Name} cannot hold a null element.\", nameof(value));");
                if (collection.Declared.StartsWith("[") && collection.Problem is null)
                    writer.Line($"if ({(collection.Min > 0 ? $"elements.Length < {collection.Min} || " : "")}elements.Length > {collection.Max}) throw Reject(\"{collection.Name}.Count\", elements.Length, {Quote(collection.Declared)}, \"within [{collection.Min}, {collection.Max}]\");");
                writer.Line($"{Fixed(collection)} = elements;");
                writer.Line("return this;");
            }
        }
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
                using (writer.Block($"if ({Fixed(collection)} is not null)"))
                {
                    writer.Line($"foreach (var element in {Fixed(collection)}) into.Add(element);");
                    writer.Line("return into;");
                }
                var counts = collection.Mean > 0 ? Counts(collection) : "null";
                writer.Line($"var count = {Names.Sample}.Count({CountStream(collection)}, index, {collection.Min}, {collection.Max}, {counts});");
                writer.Line($"for (var i = 0; i < count; i++) into.Add({Elements(collection)}.BuildAt(checked(index * {collection.Stride}L + i)));");
                writer.Line("return into;");
            }
        }
    }

    private static string Elements(OwnedCollectionPlan collection) => Names.Field(collection.Local, "Elements");

    private static string Fixed(OwnedCollectionPlan collection) => Names.Field(collection.Local, "Fixed");

    private static string CountStream(OwnedCollectionPlan collection) => Names.Field(collection.Local, "CountStream");

    private static string Counts(OwnedCollectionPlan collection) => Names.Static(collection.Local, "Counts");

    private static string Method(OwnedCollectionPlan collection) => collection.Local + "Elements";

    private static string Quote(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
