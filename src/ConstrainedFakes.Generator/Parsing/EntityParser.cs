using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>Turns an entity type symbol into an <see cref="EntityModel"/>: its settable members, how to construct it, and what is left out.</summary>
internal static class EntityParser
{
    /// <param name="entity">The entity type.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static EntityModel Parse(INamedTypeSymbol entity, CancellationToken cancellationToken) => Parse(entity, cancellationToken, new List<ITypeSymbol>());

    /// <param name="entity">The entity type, or the element type of an owned collection.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <param name="holders">The owned types around it, outermost first: holding one of them again would never end.</param>
    private static EntityModel Parse(INamedTypeSymbol entity, CancellationToken cancellationToken, List<ITypeSymbol> holders)
    {
        var fullName = entity.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var isPublic = IsPublic(entity);
        var problem = ProblemWithType(entity);
        if (problem is not null)
            return new EntityModel(entity.Name, fullName, isPublic, EquatableArray<MemberModel>.Empty, EquatableArray<string>.Empty,
                EquatableArray<SkippedMember>.Empty, EquatableArray<InvariantModel>.Empty, null, problem);

        var keyNames = KeyNames(entity);
        var constructor = ChooseConstructor(entity);
        var parameterNames = constructor?.Parameters.Select(p => p.Name).ToList() ?? new List<string>();
        var members = new List<MemberModel>();
        var skipped = new List<SkippedMember>();
        var constructorMembers = new List<string>();

        var navigations = new List<NavigationModel>();
        var owned = new List<OwnedReferenceModel>();
        var ownedMembers = new HashSet<string>();
        // Each member with how a message calls it (an owned object's by its path), to tell names the builder would repeat.
        var memberNames = new List<(string Name, string Display)>();
        var ownedInvariants = new List<InvariantModel>();
        var ownedCollections = new List<OwnedCollectionModel>();
        var properties = Properties(entity).ToList();
        foreach (var property in properties)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parameter = parameterNames.FirstOrDefault(p => string.Equals(p, property.Name, StringComparison.OrdinalIgnoreCase));
            var settable = property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
            var target = NavigationParser.TargetOf(property.Type);
            var ownedElement = OwnedTypeParser.OwnedElement(property);
            // A get-only collection navigation (or collection of an owned type) is still filled, through its Add.
            if (!settable && parameter is null && target is not { IsCollection: true } && ownedElement is null) continue;
            var mustBeSet = property.IsRequired || parameter is not null;

            if (HasAttribute(property, AttributeNames.NotMapped))
            {
                if (settable || parameter is not null) skipped.Add(new SkippedMember(property.Name, "it is [NotMapped]", mustBeSet));
                continue;
            }
            if (parameter is null && ownedElement is not null)
            {
                var (collection, reason) = OwnedCollection(property, ownedElement, cancellationToken, holders);
                if (collection is null) skipped.Add(new SkippedMember(property.Name, reason!, mustBeSet));
                else ownedCollections.Add(collection.NamedUnder(entity.Name));
                continue;
            }
            if (target is { } navigation)
            {
                if (parameter is not null) skipped.Add(new SkippedMember(property.Name, "it is a navigation passed to the constructor, which data sets cannot set after building the row", BlocksBuilding: true));
                else if (NavigationParser.Parse(property, navigation.Target, navigation.IsCollection, properties) is var parsed
                    && property.IsRequired && parsed.Kind == NavigationKind.Collection && parsed.Fill != CollectionFill.CreateThenAdd)
                    skipped.Add(new SkippedMember(property.Name, "it is a required collection navigation of a type generated code cannot create", BlocksBuilding: true));
                else navigations.Add(parsed with { IsRequiredMember = property.IsRequired });
                continue;
            }
            if (settable && parameter is null && OwnedTypeParser.IsOwned(property.Type))
            {
                var parsed = OwnedTypeParser.Parse(property, cancellationToken, holders);
                if (parsed.Owned is null) skipped.Add(new SkippedMember(property.Name, parsed.Reason!, mustBeSet));
                else owned.Add(parsed.Owned);
                ownedCollections.AddRange(parsed.Collections.Select(c => c.NamedUnder(entity.Name)));
                skipped.AddRange(parsed.Skipped);
                members.AddRange(parsed.Members);
                if (parsed.Owned is { } reference) memberNames.AddRange(reference.AllMembers().Select(m => (m.Name, $"the owned {m.Path}")));
                ownedMembers.UnionWith(parsed.Members.Select(m => m.Name));
                ownedInvariants.AddRange(parsed.Invariants);
                continue;
            }
            var member = MemberParser.Parse(property, keyNames.Contains(property.Name));
            if (member.Type.Kind == ScalarKind.Unsupported)
            {
                skipped.Add(new SkippedMember(property.Name, UnsupportedReason(property.Type), mustBeSet));
                continue;
            }
            members.Add(member);
            memberNames.Add((member.Name, $"'{member.Name}'"));
        }

        // Constructor arguments follow parameter order; each names the member it initialises.
        if (constructor is not null)
        {
            foreach (var parameter in constructor.Parameters)
            {
                var member = members.FirstOrDefault(m => string.Equals(m.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
                if (member is not null) constructorMembers.Add(member.Name);
            }
        }

        // The entity's own constraints may read its owned objects' members by path (Destination.Floor).
        // The owned members' constraints are named for the entity already.
        var enumValues = OwnedNames.EnumValues(members);
        var paths = OwnedNames.Paths(owned);
        members = members.Select(m => ownedMembers.Contains(m.Name) ? m : OwnedNames.Rename(m, paths, enumValues)).ToList();
        var invariants = OwnedNames.Rename(Invariants(entity), paths, enumValues).Concat(ownedInvariants).ToEquatableArray();

        var blocking = skipped.Where(s => s.BlocksBuilding).Select(s => $"'{s.Name}' must be set but {s.Reason}").ToList();
        var clashes = GeneratedNames.MemberClashes(BuilderNames(memberNames, navigations, owned, ownedCollections)).ToList();
        if (clashes.Count > 0)
        {
            blocking.AddRange(clashes);
            // One member per name, so the planners (and the analyzer's) read a model they can index by name.
            members = members.GroupBy(m => m.Name).Select(g => g.First()).ToList();
        }
        if (constructor is null)
            blocking.Add("it has no accessible parameterless constructor, and no constructor whose parameters all match its members by name and type");
        var (single, composite) = UniqueIndexes(entity);
        var primaryKey = DeclaredPrimaryKey(entity);
        if (CompositeKey(members, primaryKey) is { } compositeKey) composite.Insert(0, compositeKey);
        // A one-member index naming no member is kept for the data set, which refuses it (CF0003), as it refuses a longer one.
        composite.AddRange(single.Where(i => members.All(m => m.Name != i.Members[0])));
        // A unique index over one member is that member's [Unique].
        members = members.Select(m => m.Unique is null && single.FirstOrDefault(i => i.Members[0] == m.Name) is { } index ? m with { Unique = index.Declared } : m).ToList();
        return new EntityModel(entity.Name, fullName, isPublic, members.ToEquatableArray(), constructorMembers.ToEquatableArray(),
            skipped.ToEquatableArray(), invariants, EdgeCases(entity), blocking.Count == 0 ? null : string.Join("; ", blocking) + ".",
            navigations.ToEquatableArray(), composite.ToEquatableArray(), owned.ToEquatableArray(), ownedCollections.ToEquatableArray(),
            keyNames.Where(k => members.Any(m => m.IsKey && m.Name == k)).ToEquatableArray(), primaryKey);
    }

    /// <summary>
    /// A collection of an owned type, held by an entity, by the element of another owned collection, or by an owned
    /// object, with its element read as an entity of its own (named by the holder, see
    /// <see cref="OwnedCollectionModel.NamedUnder"/>); or why it is not generated.
    /// </summary>
    /// <param name="property">The collection property.</param>
    /// <param name="element">Its owned element type.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <param name="holders">The owned types around it, outermost first.</param>
    internal static (OwnedCollectionModel? Collection, string? Reason) OwnedCollection(IPropertySymbol property, INamedTypeSymbol element,
        CancellationToken cancellationToken, List<ITypeSymbol> holders)
    {
        var fill = NavigationParser.Fill(property, element);
        if (fill == CollectionFill.None)
            return (null, $"it is a collection of the owned type {element.Name} that generated code cannot add to");
        if (holders.Any(h => SymbolEqualityComparer.Default.Equals(h, element)))
            return (null, $"its owned type {element.Name} holds itself through owned objects, so its elements never end");
        holders.Add(element);
        try
        {
            var model = Parse(element, cancellationToken, holders);
            if (model.Problem is not null) return (null, $"its owned type {element.Name} cannot be built: {model.Problem}");
            return (new OwnedCollectionModel(property.Name, model with { Navigations = EquatableArray<NavigationModel>.Empty }, fill, NavigationParser.ReadCount(property)), null);
        }
        finally
        {
            holders.RemoveAt(holders.Count - 1);
        }
    }

    /// <summary>What the builder declares fields for, with how a message calls each: members, navigations, owned references and owned collections.</summary>
    private static IEnumerable<(string Name, string Display)> BuilderNames(List<(string Name, string Display)> members, List<NavigationModel> navigations,
        List<OwnedReferenceModel> owned, List<OwnedCollectionModel> ownedCollections)
        => members
            .Concat(navigations.Select(n => (n.Name, $"'{n.Name}'")))
            .Concat(owned.SelectMany(o => o.SelfAndInner()).Select(o => (o.Name, $"the owned {o.Path}")))
            .Concat(ownedCollections.Select(c => (OwnedCollectionModel.Local(c.Name), $"'{c.Name}'")));

    /// <summary>EF Core's <c>[Index(..., IsUnique = true)]</c>s on the class, split into one-member and several-member ones.</summary>
    private static (List<UniqueIndexModel> Single, List<UniqueIndexModel> Composite) UniqueIndexes(INamedTypeSymbol entity)
    {
        var indexes = entity.GetAttributes()
            .Where(a => AttributeReader.MetadataName(a) == AttributeNames.Index && AttributeReader.Flag(a, "IsUnique"))
            .Select(a => new UniqueIndexModel(MemberNames(a).ToEquatableArray(), AttributeReader.Declared(a)))
            .Where(i => i.Members.Count > 0)
            .ToList();
        return (indexes.Where(i => i.Members.Count == 1).ToList(), indexes.Where(i => i.Members.Count > 1).ToList());
    }

    /// <summary>
    /// A primary key of several members (EF Core's <c>[PrimaryKey(nameof(A), nameof(B))]</c>, or <c>[Key]</c> on
    /// several members) as the unique index it is: no two rows share all its values.
    /// </summary>
    private static UniqueIndexModel? CompositeKey(List<MemberModel> members, UniqueIndexModel? primaryKey)
    {
        var keys = members.Where(m => m.IsKey).Select(m => m.Name).ToList();
        if (keys.Count < 2) return null;
        return new UniqueIndexModel(keys.ToEquatableArray(), primaryKey?.Declared ?? $"[Key] on {string.Join(", ", keys)}");
    }

    /// <summary>
    /// EF Core's <c>[PrimaryKey]</c> with every name it gives, when <see cref="KeyNames"/> reads the key from it: a name
    /// that is no member the builder sets is refused (CF0003), not dropped from the key.
    /// </summary>
    private static UniqueIndexModel? DeclaredPrimaryKey(INamedTypeSymbol entity)
        => PrimaryKeyAttribute(entity) is { } primaryKey && !Properties(entity).Any(p => HasAttribute(p, AttributeNames.Key))
            ? new UniqueIndexModel(MemberNames(primaryKey).ToEquatableArray(), AttributeReader.Declared(primaryKey))
            : null;

    private static AttributeData? PrimaryKeyAttribute(INamedTypeSymbol entity)
        => entity.GetAttributes().FirstOrDefault(a => AttributeReader.MetadataName(a) == AttributeNames.PrimaryKey);

    /// <summary>The member names an <c>[Index]</c> or <c>[PrimaryKey]</c> gives, in order.</summary>
    private static List<string> MemberNames(AttributeData attribute)
        => AttributeReader.ParamsValues(attribute).Select(v => v.Value as string).OfType<string>().ToList();

    /// <summary>The entity's <c>[EdgeCases]</c>: its own or a base class's, else its assembly's.</summary>
    private static DeclaredNumber? EdgeCases(INamedTypeSymbol entity)
    {
        for (var t = entity; t is not null; t = t.BaseType)
        {
            if (EdgeCasesOf(t.GetAttributes()) is { } declared) return declared;
        }
        return EdgeCasesOf(entity.ContainingAssembly.GetAttributes());
    }

    private static DeclaredNumber? EdgeCasesOf(IEnumerable<AttributeData> attributes)
        => attributes.Where(a => AttributeReader.MetadataName(a) == AttributeNames.EdgeCases && a.ConstructorArguments.Length == 1)
            .Select(a => new DeclaredNumber(AttributeReader.Number(a.ConstructorArguments[0]) ?? double.NaN, AttributeReader.Declared(a)))
            .FirstOrDefault();

    /// <summary>The <c>[Invariant]</c>s of the type and its base types, base first.</summary>
    public static List<InvariantModel> Invariants(INamedTypeSymbol entity)
    {
        var invariants = new List<InvariantModel>();
        for (var t = entity; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            invariants.InsertRange(0, t.GetAttributes()
                .Where(a => AttributeReader.MetadataName(a) == AttributeNames.Invariant && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is string)
                .Select(a => new InvariantModel((string)a.ConstructorArguments[0].Value!, AttributeReader.Declared(a))));
        }
        return invariants;
    }

    private static string? ProblemWithType(INamedTypeSymbol entity)
    {
        if (entity.TypeKind != TypeKind.Class) return $"{entity.Name} is a {entity.TypeKind.ToString().ToLowerInvariant()}, not a class.";
        if (entity.IsAbstract) return $"{entity.Name} is abstract.";
        return null;
    }

    private static bool IsPublic(INamedTypeSymbol type)
    {
        for (ISymbol? t = type; t is INamedTypeSymbol named; t = named.ContainingType)
        {
            if (named.DeclaredAccessibility != Accessibility.Public) return false;
        }
        return true;
    }

    /// <summary>Public instance properties, base class first, each name once (the most derived declaration wins).</summary>
    public static IEnumerable<IPropertySymbol> Properties(INamedTypeSymbol entity)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var t = entity; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType) chain.Insert(0, t);
        var byName = new Dictionary<string, IPropertySymbol>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var type in chain)
        {
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public) continue;
                if (!byName.ContainsKey(property.Name)) order.Add(property.Name);
                byName[property.Name] = property;
            }
        }
        return order.Select(n => byName[n]);
    }

    /// <summary>The entity's property of that name as <see cref="Properties"/> reads it (the most derived), or null.</summary>
    public static IPropertySymbol? Property(INamedTypeSymbol entity, string name) => Properties(entity).FirstOrDefault(p => p.Name == name);

    /// <summary>
    /// The primary key, in key order: <c>[Key]</c> members (declaration order), else EF Core's <c>[PrimaryKey]</c>
    /// (its order, which a composite foreign key follows), else the <c>Id</c>/<c>{Type}Id</c> convention.
    /// </summary>
    internal static List<string> KeyNames(INamedTypeSymbol entity)
    {
        var properties = Properties(entity).ToList();
        var keyed = properties.Where(p => HasAttribute(p, AttributeNames.Key)).Select(p => p.Name).ToList();
        if (keyed.Count > 0) return keyed;
        if (PrimaryKeyAttribute(entity) is { } primaryKey) return MemberNames(primaryKey);
        var conventional = properties.FirstOrDefault(p => p.Name == "Id") ?? properties.FirstOrDefault(p => p.Name == entity.Name + "Id");
        return conventional is null ? new List<string>() : new List<string> { conventional.Name };
    }

    /// <summary>The parameterless constructor, else the public constructor with most parameters that all bind to properties.</summary>
    private static IMethodSymbol? ChooseConstructor(INamedTypeSymbol entity)
    {
        var constructors = entity.InstanceConstructors.Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal).ToList();
        var parameterless = constructors.FirstOrDefault(c => c.Parameters.Length == 0);
        if (parameterless is not null) return parameterless;
        var properties = Properties(entity).ToList();
        return constructors
            .Where(c => !IsCopyConstructor(c, entity) && c.Parameters.All(p => properties.Any(m =>
                string.Equals(m.Name, p.Name, StringComparison.OrdinalIgnoreCase) && SymbolEqualityComparer.Default.Equals(m.Type, p.Type))))
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
    }

    private static bool IsCopyConstructor(IMethodSymbol constructor, INamedTypeSymbol entity)
        => constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, entity);

    private static bool HasAttribute(ISymbol symbol, string metadataName)
        => symbol.GetAttributes().Any(a => AttributeReader.MetadataName(a) == metadataName);

    private static string UnsupportedReason(ITypeSymbol type)
    {
        var name = type.ToDisplayString();
        if (type is INamedTypeSymbol { IsGenericType: true } generic && generic.AllInterfaces.Any(i => i.ToDisplayString().StartsWith("System.Collections.Generic.IEnumerable<")))
            return $"it is a collection of values ({name}), which is not generated";
        if (type.GetAttributes().Any(a => AttributeReader.MetadataName(a) == AttributeNames.Owned))
            return $"{name} is an owned type, which is generated only as a settable property, not through the constructor";
        return $"its type {name} is not supported";
    }
}
