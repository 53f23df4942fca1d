using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>
/// Reads an entity's reference navigations by EF Core's conventions, as far as symbols tell: a property of
/// a class type (not a string, not a collection), required when <c>[Required]</c>, declared non-nullable, or
/// backed by a foreign key (found as <see cref="NavigationParser.ForeignKey"/> finds it, composite ones too) whose
/// parts are all non-nullable values. The principal's side of a one-to-one (no key of its
/// own, while the other side points back with one) is no dependency and is left out.
/// </summary>
internal static class ReferenceParser
{
    public static EquatableArray<ReferenceModel> Parse(INamedTypeSymbol entity)
    {
        var properties = new List<IPropertySymbol>();
        var seen = new HashSet<string>();
        for (var t = entity; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
            properties.AddRange(t.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsIndexer && seen.Add(p.Name)));
        var references = new List<ReferenceModel>();
        foreach (var property in properties)
        {
            if (property.Type is not INamedTypeSymbol { TypeKind: TypeKind.Class, SpecialType: SpecialType.None } target || IsCollection(target)) continue;
            var attributes = property.GetAttributes().Select(AttributeReader.MetadataName).ToList();
            if (attributes.Contains(AttributeNames.NotMapped)) continue;
            var foreignKey = NavigationParser.ForeignKey(property, target, EntityParser.KeyNames(target), properties).ForeignKey
                .Select(name => properties.First(p => p.Name == name)).ToList();
            // The principal's side of a one-to-one holds no key: its row comes first, the dependent points back.
            if (foreignKey.Count == 0 && IsPointedBackAt(target, entity)) continue;
            var isRequired = attributes.Contains(AttributeNames.Required)
                || property.NullableAnnotation == NullableAnnotation.NotAnnotated
                || foreignKey.Count > 0 && foreignKey.All(key => key.Type is { IsValueType: true } keyType && keyType.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T);
            references.Add(new ReferenceModel(property.Name, target.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), isRequired));
        }
        return references.ToEquatableArray();
    }

    /// <summary>Whether <paramref name="target"/> has a reference to <paramref name="entity"/> with a foreign key (a composite one too).</summary>
    private static bool IsPointedBackAt(INamedTypeSymbol target, INamedTypeSymbol entity)
    {
        var members = target.GetMembers().OfType<IPropertySymbol>().ToList();
        return members.Any(p => SymbolEqualityComparer.Default.Equals(p.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), entity)
            && NavigationParser.ForeignKey(p, entity, EntityParser.KeyNames(entity), members).ForeignKey.Count > 0);
    }

    private static bool IsCollection(INamedTypeSymbol type)
        => type.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
}
