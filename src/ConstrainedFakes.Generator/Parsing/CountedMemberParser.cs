using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>
/// Reads the members that carry <c>[Count]</c> or <c>[Sequence]</c> into <see cref="CountedMemberModel"/>s, with
/// <see cref="NavigationParser"/>'s own readers of those attributes, on every member (a <c>[Count]</c> on a member
/// that is no collection is the analyzer's to report).
/// </summary>
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
                var count = NavigationParser.ReadCount(property);
                var sequence = NavigationParser.ReadSequence(property);
                if (count is null && sequence is null) continue;
                var element = NavigationParser.ElementType(property.Type);
                navigations.Add(new CountedMemberModel(
                    property.Name,
                    property.Type.ToDisplayString(),
                    element is not null,
                    property.GetAttributes().Any(a => AttributeReader.MetadataName(a) == AttributeNames.Required),
                    count,
                    sequence is null ? null : Declared(sequence, element)));
            }
        }
        return navigations.ToEquatableArray();
    }

    /// <summary>The sequence with what its checks need from the event type: its member names and the state's machine.</summary>
    private static DeclaredSequence Declared(SequenceModel sequence, ITypeSymbol? element)
    {
        var members = element is null ? new List<ISymbol>() : AllMembers(element).ToList();
        var stateMember = members.OfType<IPropertySymbol>().FirstOrDefault(p => p.Name == sequence.State);
        var stateType = stateMember?.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : stateMember?.Type;
        return new DeclaredSequence(sequence.State, sequence.Time, sequence.Declared,
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
