using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>
/// Recognises navigation properties by EF Core's conventions: a property whose type is an entity class is
/// a reference, one whose type is a collection of them is a collection; a reference's foreign key is named by
/// <c>[ForeignKey]</c> (on either side; a comma-separated list on the navigation for a composite key) or is
/// <c>{Navigation}{Key}</c>, <c>{Navigation}Id</c>, <c>{Target}{Key}</c> or <c>{Target}Id</c>; for a target with a
/// composite key, <c>{Navigation}{Part}</c> for every part, else <c>{Target}{Part}</c> for every part.
/// </summary>
internal static class NavigationParser
{
    /// <summary>The class a property leads to, and whether it is a collection of them; null when it is not a navigation.</summary>
    public static (INamedTypeSymbol Target, bool IsCollection)? TargetOf(ITypeSymbol type)
    {
        if (IsEntityClass(type)) return ((INamedTypeSymbol)type, false);
        var element = ElementType(type);
        return element is not null && IsEntityClass(element) ? ((INamedTypeSymbol)element, true) : null;
    }

    /// <summary>Reads a navigation; <paramref name="scalars"/> are the entity's other properties, where foreign keys are looked for.</summary>
    public static NavigationModel Parse(IPropertySymbol property, INamedTypeSymbol target, bool isCollection, IReadOnlyList<IPropertySymbol> scalars)
    {
        var targetFullName = target.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var isSettable = property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
        var inverse = StringArgument(property, AttributeNames.InverseProperty);
        if (isCollection)
            return new NavigationModel(property.Name, NavigationKind.Collection, target.Name, targetFullName, EquatableArray<string>.Empty,
                false, inverse, ReadCount(property), null, Fill(property, target), isSettable, ReadSequence(property),
                NumberOf(property, AttributeNames.Popularity));

        var principalKey = EntityParser.KeyNames(target);
        var (foreignKey, unresolved) = ForeignKey(property, target, principalKey, scalars);
        // EF Core makes a relationship required by [Required] on the navigation, else by its key's nullability.
        var isRequired = property.GetAttributes().Any(a => AttributeReader.MetadataName(a) == AttributeNames.Required)
            || (foreignKey.Count > 0
                ? foreignKey.All(name => scalars.First(s => s.Name == name) is var key && !IsNullable(key.Type))
                : property.NullableAnnotation == NullableAnnotation.NotAnnotated);
        return new NavigationModel(property.Name, NavigationKind.Reference, target.Name, targetFullName, foreignKey,
            isRequired, inverse, null, NumberOf(property, AttributeNames.Nulls), CollectionFill.None, isSettable,
            Popularity: NumberOf(property, AttributeNames.Popularity), PrincipalKey: principalKey.ToEquatableArray(), Unresolved: unresolved);
    }

    /// <summary>The one number of an attribute such as <c>[Nulls(0.1)]</c> (NaN when it is not a constant number), or null when not declared.</summary>
    private static DeclaredNumber? NumberOf(IPropertySymbol property, string attribute)
        => property.GetAttributes()
            .Where(a => AttributeReader.MetadataName(a) == attribute && a.ConstructorArguments.Length == 1)
            .Select(a => new DeclaredNumber(AttributeReader.Number(a.ConstructorArguments[0]) ?? double.NaN, AttributeReader.Declared(a)))
            .FirstOrDefault();

    /// <summary>Classes that can be entities: not strings, arrays, delegates, collections, or EF Core owned types.</summary>
    private static bool IsEntityClass(ITypeSymbol type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Class, SpecialType: SpecialType.None } named
            && !named.IsGenericType
            && ElementType(named) is null
            && !named.GetAttributes().Any(a => AttributeReader.MetadataName(a) == AttributeNames.Owned)
            && named.ContainingNamespace?.ToDisplayString() is not ("System" or "System.Collections.Generic");

    /// <summary>The element type of a collection (not a string), or null.</summary>
    public static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String) return null;
        if (type is IArrayTypeSymbol array) return array.ElementType;
        var enumerable = type is INamedTypeSymbol { IsGenericType: true } named && named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
            ? named
            : type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        return enumerable?.TypeArguments[0];
    }

    /// <summary>How generated code can fill a collection property of <paramref name="element"/>s.</summary>
    public static CollectionFill Fill(IPropertySymbol property, INamedTypeSymbol element)
    {
        var type = property.Type;
        if (type is IArrayTypeSymbol) return CollectionFill.None;
        var hasAdd = IsCollectionOf(type, element) || type.AllInterfaces.Any(i => IsCollectionOf(i, element));
        if (!hasAdd) return CollectionFill.None;
        // A settable ICollection<T>, IList<T> or List<T> may be null: generated code creates a List<T> first.
        var listFits = type is INamedTypeSymbol { IsGenericType: true } named
            && named.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.List<T>" or "System.Collections.Generic.ICollection<T>"
                or "System.Collections.Generic.IList<T>" or "System.Collections.Generic.IEnumerable<T>";
        return property.SetMethod is { DeclaredAccessibility: Accessibility.Public } && listFits ? CollectionFill.CreateThenAdd : CollectionFill.Add;
    }

    private static bool IsCollectionOf(ITypeSymbol type, INamedTypeSymbol element)
        => type is INamedTypeSymbol { IsGenericType: true } named
            && named.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.ICollection<T>"
            && SymbolEqualityComparer.Default.Equals(named.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.NotAnnotated), element);

    /// <summary>
    /// The foreign-key members of a reference, in the order of <paramref name="principalKey"/>; empty for a shadow key
    /// (and, with a <c>[ForeignKey]</c> naming missing members, what it names that is missing).
    /// </summary>
    public static (EquatableArray<string> ForeignKey, UnresolvedForeignKey? Unresolved) ForeignKey(
        IPropertySymbol navigation, INamedTypeSymbol target, IReadOnlyList<string> principalKey, IReadOnlyList<IPropertySymbol> scalars)
    {
        if (navigation.GetAttributes().FirstOrDefault(a => AttributeReader.MetadataName(a) == AttributeNames.ForeignKey && a.ConstructorArguments.Length == 1) is { } attribute)
        {
            var names = (attribute.ConstructorArguments[0].Value as string ?? "").Split(',').Select(n => n.Trim()).ToList();
            var missing = names.Where(n => !scalars.Any(s => s.Name == n)).ToList();
            return missing.Count == 0
                ? (names.ToEquatableArray(), null)
                : (EquatableArray<string>.Empty, new UnresolvedForeignKey(AttributeReader.Declared(attribute), missing.ToEquatableArray(), names.Count == 1));
        }
        var pointing = scalars.FirstOrDefault(s => StringArgument(s, AttributeNames.ForeignKey) == navigation.Name);
        if (pointing is not null) return (new[] { pointing.Name }.ToEquatableArray(), null);

        if (principalKey.Count > 1)
        {
            // EF Core matches every part with one prefix: the navigation's name, else the target's.
            var parts = new[] { navigation.Name, target.Name }
                .Select(prefix => principalKey.Select(part => Named(scalars, prefix + part)).ToList())
                .FirstOrDefault(found => found.All(s => s is not null));
            return (parts is null ? EquatableArray<string>.Empty : parts.Select(s => s!.Name).ToEquatableArray(), null);
        }
        var key = principalKey.Count == 1 ? principalKey[0] : "Id";
        var candidates = new[] { navigation.Name + key, navigation.Name + "Id", target.Name + key, target.Name + "Id" };
        var conventional = candidates.Select(c => Named(scalars, c)).FirstOrDefault(s => s is not null);
        return (conventional is null ? EquatableArray<string>.Empty : new[] { conventional.Name }.ToEquatableArray(), null);
    }

    /// <summary>EF Core matches foreign-key names ignoring case.</summary>
    private static IPropertySymbol? Named(IReadOnlyList<IPropertySymbol> scalars, string name)
        => scalars.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The property's <c>[Count(min, max)]</c>, or null; also read by the analyzer on members that are no collection.</summary>
    public static CountModel? ReadCount(IPropertySymbol property)
    {
        var attribute = property.GetAttributes().FirstOrDefault(a => AttributeReader.MetadataName(a) == AttributeNames.Count && a.ConstructorArguments.Length == 2);
        if (attribute is null) return null;
        var mean = attribute.NamedArguments.Where(n => n.Key == "Mean").Select(n => AttributeReader.Number(n.Value)).FirstOrDefault() ?? 0;
        return new CountModel(AttributeReader.Int(attribute.ConstructorArguments[0]) ?? 0, AttributeReader.Int(attribute.ConstructorArguments[1]) ?? 0,
            mean, AttributeReader.Declared(attribute));
    }

    /// <summary>The property's <c>[Sequence(state, time)]</c>, or null; also read by the analyzer on members that are no collection.</summary>
    public static SequenceModel? ReadSequence(IPropertySymbol property)
    {
        var attribute = property.GetAttributes().FirstOrDefault(a => AttributeReader.MetadataName(a) == AttributeNames.Sequence && a.ConstructorArguments.Length == 2);
        return attribute is null ? null : new SequenceModel(
            attribute.ConstructorArguments[0].Value as string ?? "", attribute.ConstructorArguments[1].Value as string ?? "", AttributeReader.Declared(attribute));
    }

    private static string? StringArgument(ISymbol symbol, string attributeName)
        => symbol.GetAttributes().Where(a => AttributeReader.MetadataName(a) == attributeName && a.ConstructorArguments.Length == 1)
            .Select(a => a.ConstructorArguments[0].Value as string).FirstOrDefault();

    private static bool IsNullable(ITypeSymbol type)
        => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
}
