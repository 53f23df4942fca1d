using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>Reads the members that carry <c>[Count]</c> or <c>[Sequence]</c> into <see cref="CountedMemberModel"/>s.</summary>
internal static class CountedMemberParser
{
    public static EquatableArray<CountedMemberModel> Parse(INamedTypeSymbol entity)
    {
        var navigations = new List<CountedMemberModel>();
        var seen = new HashSet<string>();
        for (var t = entity; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            foreach (var property in t.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsIndexer && seen.Add(p.Name)))
            {
                var attributes = property.GetAttributes();
                var count = attributes.FirstOrDefault(a => AttributeReader.MetadataName(a) == AttributeNames.Count && a.ConstructorArguments.Length == 2);
                var sequence = attributes.FirstOrDefault(a => AttributeReader.MetadataName(a) == AttributeNames.Sequence && a.ConstructorArguments.Length == 2);
                if (count is null && sequence is null) continue;
                var element = NavigationParser.ElementType(property.Type);
                navigations.Add(new CountedMemberModel(
                    property.Name,
                    property.Type.ToDisplayString(),
                    element is not null,
                    attributes.Any(a => AttributeReader.MetadataName(a) == AttributeNames.Required),
                    count is null ? null : ReadCount(count),
                    sequence is null ? null : ReadSequence(sequence, element)));
            }
        }
        return navigations.ToEquatableArray();
    }

    private static DeclaredCount? ReadCount(AttributeData count)
        => AttributeReader.Int(count.ConstructorArguments[0]) is int min && AttributeReader.Int(count.ConstructorArguments[1]) is int max
            ? new DeclaredCount(min, max, AttributeReader.Declared(count))
            : null;

    private static DeclaredSequence? ReadSequence(AttributeData sequence, ITypeSymbol? element)
    {
        if (sequence.ConstructorArguments[0].Value is not string state || sequence.ConstructorArguments[1].Value is not string time) return null;
        var members = element is null ? new List<ISymbol>() : AllMembers(element).ToList();
        var stateMember = members.OfType<IPropertySymbol>().FirstOrDefault(p => p.Name == state);
        var stateType = stateMember?.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : stateMember?.Type;
        return new DeclaredSequence(state, time, AttributeReader.Declared(sequence),
            members.Select(m => m.Name).Distinct().ToEquatableArray(), stateType is null ? null : StateMachineParser.Parse(stateType));
    }

    private static IEnumerable<ISymbol> AllMembers(ITypeSymbol type)
    {
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            foreach (var member in t.GetMembers().Where(m => m is IPropertySymbol or IFieldSymbol && !m.IsImplicitlyDeclared)) yield return member;
        }
    }
}
