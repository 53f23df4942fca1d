using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>Turns a <c>[ConstrainedFaker]</c> class into a <see cref="FakerModel"/>, or null when the declaration itself is unusable.</summary>
internal static class FakerParser
{
    /// <summary>
    /// Null for a faker that cannot be emitted (not partial, generic, static, or nested in a non-partial
    /// type): the analyzer reports CF0011 for those; emitting anything would only add compile errors.
    /// </summary>
    /// <param name="faker">The faker class.</param>
    /// <param name="attribute">Its <c>[ConstrainedFaker]</c>.</param>
    /// <param name="compilation">The compilation, whose <c>OnModelCreating</c>s name join entities.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <param name="parse">Reads one entity; <see cref="EntityParser.Parse(INamedTypeSymbol, CancellationToken)"/> unless the caller keeps the models it read already (the analyzer).</param>
    public static FakerModel? Parse(INamedTypeSymbol faker, AttributeData attribute, Compilation compilation, CancellationToken cancellationToken,
        Func<INamedTypeSymbol, EntityModel>? parse = null)
    {
        if (!IsEmittable(faker) || NonPartialContainer(faker) is not null) return null;
        var containers = new List<ContainingTypeModel>();
        for (var outer = faker.ContainingType; outer is not null; outer = outer.ContainingType)
            containers.Insert(0, new ContainingTypeModel(Keyword(outer), outer.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));

        var entities = new List<EntityModel>();
        var skipped = new List<SkippedMember>();
        var taken = new TakenNames(faker.Name);
        var (types, joins) = Graph(attribute, compilation, cancellationToken);
        foreach (var type in types)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var why = WhyNoBuilder(type, faker, taken, () => parse is null ? EntityParser.Parse(type, cancellationToken) : parse(type), out var entity);
            if (why is not null) skipped.Add(new SkippedMember(type.ToDisplayString(), why, BlocksBuilding: true));
            else entities.Add(entity!);
        }

        var ns = faker.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        return new FakerModel(ns, faker.Name, containers.ToEquatableArray(), entities.ToEquatableArray(), skipped.ToEquatableArray(), DeclaredConstructors(faker),
            JoinEntities: joins);
    }

    /// <summary>
    /// The entity types of a faker's data set (the named types, the join entities of its contexts, and every entity
    /// reachable from them; the ones that get no builder are among them) and its many-to-manys through join entities.
    /// </summary>
    public static (IEnumerable<INamedTypeSymbol> Types, EquatableArray<JoinEntityModel> Joins) Graph(AttributeData attribute, Compilation compilation, CancellationToken cancellationToken)
    {
        var joins = Contexts(attribute).SelectMany(c => JoinEntityParser.Parse(c, compilation, cancellationToken)).ToList();
        // A join entity is an entity of the context even with no DbSet of its own, as EF Core's UsingEntity makes it.
        return (WithReachable(EntityTypes(attribute).Concat(joins.Select(j => j.JoinType))), joins.Select(j => j.Model).Distinct().ToEquatableArray());
    }

    /// <summary>The names the faker's entities before the next one have taken (the generator's and the analyzer's loops share it).</summary>
    public sealed class TakenNames(string faker)
    {
        /// <summary>The entities' simple names.</summary>
        public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);

        /// <summary>Every name the faker class declares so far, with what declares it.</summary>
        public Dictionary<string, string> Declared { get; } = GeneratedNames.FakerMembers(faker);
    }

    /// <summary>
    /// Why the next entity of a faker gets no builder, or null (its names are then <paramref name="taken"/> and
    /// <paramref name="model"/> is its model, read by <paramref name="parse"/> only for a type that can be named).
    /// </summary>
    public static string? WhyNoBuilder(INamedTypeSymbol type, INamedTypeSymbol faker, TakenNames taken, Func<EntityModel> parse, out EntityModel? model)
    {
        model = null;
        if (WhyNoBuilder(type, faker) is { } unnameable) return unnameable;
        // Builder and method names come from the simple name, so two entities may not share one.
        if (!taken.Entities.Add(type.Name)) return $"another entity of this faker is already named {type.Name}";
        model = parse();
        // Nor may any other name the faker declares for them (E_A's builder and that of E.A's owned elements).
        return GeneratedNames.Clash(model, taken.Declared);
    }

    /// <summary>Why a type cannot even be named by a builder (so none is emitted), or null.</summary>
    public static string? WhyNoBuilder(INamedTypeSymbol type, INamedTypeSymbol faker)
    {
        if (type.IsStatic) return "it is a static class";
        if (type.IsGenericType) return "it is generic, and generic entity types are not supported";
        if (type.TypeKind is TypeKind.Interface or TypeKind.Delegate or TypeKind.Enum) return $"it is {(type.TypeKind == TypeKind.Delegate ? "a delegate" : $"an {type.TypeKind.ToString().ToLowerInvariant()}")}, not an entity class";
        for (ISymbol? t = type; t is INamedTypeSymbol named; t = named.ContainingType)
        {
            if (named.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
                return $"{named.Name} is {named.DeclaredAccessibility.ToString().ToLowerInvariant()}; make it internal or public";
        }
        if (type.Name == faker.Name) return "its name is the faker's own name, which a method of the faker cannot have";
        if (type.Name == "DataSet") return "its name is the name of the faker's DataSet() method";
        return null;
    }

    private static FakerConstructors DeclaredConstructors(INamedTypeSymbol faker)
    {
        var declared = FakerConstructors.None;
        foreach (var constructor in faker.InstanceConstructors.Where(c => !c.IsImplicitlyDeclared))
        {
            var parameters = constructor.Parameters;
            if (parameters.Length == 0) declared |= FakerConstructors.Parameterless;
            else if (parameters.Length == 1 && parameters[0].Type.SpecialType == SpecialType.System_UInt64) declared |= FakerConstructors.Seed;
            else if (parameters.Length == 1 && parameters[0].Type.ToDisplayString() == "ConstrainedFakes.FakerOptions") declared |= FakerConstructors.Options;
        }
        return declared;
    }

    public static bool IsEmittable(INamedTypeSymbol faker) => WhyNotEmittable(faker) is null;

    /// <summary>The reason given for a faker declared without <c>partial</c> (the one CF0011 a code fix can mend).</summary>
    public const string NotPartial = "it is not partial";

    /// <summary>Why no code can be added to the faker declaration (CF0011), or null.</summary>
    public static string? WhyNotEmittable(INamedTypeSymbol faker)
    {
        if (faker.TypeKind != TypeKind.Class) return $"it is a {faker.TypeKind.ToString().ToLowerInvariant()}, and a faker must be a class";
        if (faker.IsStatic) return "it is static";
        if (faker.IsGenericType) return "it is generic";
        if (faker.ContainingType?.IsGenericType == true) return $"it is nested in the generic type {faker.ContainingType.Name}";
        if (!IsPartial(faker)) return NotPartial;
        return null;
    }

    /// <summary>The first enclosing type that is not partial, or null.</summary>
    public static INamedTypeSymbol? NonPartialContainer(INamedTypeSymbol faker)
    {
        for (var outer = faker.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartial(outer)) return outer;
        }
        return null;
    }

    public static bool IsPartial(INamedTypeSymbol type)
        => type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax d && d.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (_, TypeKind.Struct) => "struct",
        (_, TypeKind.Interface) => "interface",
        _ => "class",
    };

    /// <summary>
    /// The named types, then every entity class reachable from them by navigations, breadth first, each once:
    /// a data set needs the whole graph, as EF Core's model does.
    /// </summary>
    private static IEnumerable<INamedTypeSymbol> WithReachable(IEnumerable<INamedTypeSymbol> declared)
    {
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var queue = new Queue<INamedTypeSymbol>();
        foreach (var type in declared)
        {
            if (seen.Add(type)) queue.Enqueue(type);
        }
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            yield return type;
            if (type.TypeKind != TypeKind.Class) continue;
            foreach (var property in EntityParser.Properties(type))
            {
                if (NavigationParser.TargetOf(property.Type) is { } navigation && seen.Add(navigation.Target)) queue.Enqueue(navigation.Target);
            }
        }
    }

    /// <summary>The named types, with a DbContext replaced by its <c>DbSet&lt;T&gt;</c> entity types.</summary>
    private static IEnumerable<INamedTypeSymbol> EntityTypes(AttributeData attribute)
    {
        foreach (var value in AttributeReader.ParamsValues(attribute))
        {
            if (value.IsNull || value.Value is not INamedTypeSymbol type || type.TypeKind == TypeKind.Error) continue;
            if (!IsDbContext(type))
            {
                yield return type;
                continue;
            }
            foreach (var property in DbSetProperties(type)) yield return property;
        }
    }

    /// <summary>The DbContexts the declaration names.</summary>
    private static IEnumerable<INamedTypeSymbol> Contexts(AttributeData attribute)
        => AttributeReader.ParamsValues(attribute).Select(v => v.IsNull ? null : v.Value as INamedTypeSymbol)
            .OfType<INamedTypeSymbol>().Where(t => t.TypeKind != TypeKind.Error && IsDbContext(t));

    public static bool IsDbContext(INamedTypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.ToDisplayString() == AttributeNames.DbContext) return true;
        }
        return false;
    }

    public static IEnumerable<INamedTypeSymbol> DbSetProperties(INamedTypeSymbol context)
        => context.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && p.Type is INamedTypeSymbol { IsGenericType: true } set && set.OriginalDefinition.ToDisplayString() == AttributeNames.DbSet)
            .Select(p => ((INamedTypeSymbol)p.Type).TypeArguments[0])
            .OfType<INamedTypeSymbol>();
}
