using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>
/// Reads a reference property of an EF Core owned type (<c>[Owned]</c>) as members of its owner: each settable
/// member of the owned type becomes <c>{Property}_{Member}</c> with its own constraints, and order relations and
/// correlations between the owned type's members are renamed to match.
/// </summary>
internal static class OwnedTypeParser
{
    /// <summary>Whether <paramref name="type"/> is a class marked <c>[Owned]</c>.</summary>
    public static bool IsOwned(ITypeSymbol type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Class } named
            && named.GetAttributes().Any(a => AttributeReader.MetadataName(a) == AttributeNames.Owned);

    /// <summary>The owned reference and its members named for the owner, or why it cannot be generated.</summary>
    public static (OwnedReferenceModel? Owned, List<MemberModel> Members, string? Reason) Parse(IPropertySymbol property)
    {
        var type = (INamedTypeSymbol)property.Type;
        var members = new List<MemberModel>();
        if (!type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal))
            return (null, members, $"its owned type {type.Name} has no parameterless constructor, which generated code needs to create it");
        var settable = EntityParser.Properties(type)
            .Where(p => p.SetMethod is { DeclaredAccessibility: Accessibility.Public } && !p.GetAttributes().Any(a => AttributeReader.MetadataName(a) == AttributeNames.NotMapped))
            .ToList();
        var parsed = new List<MemberModel>();
        foreach (var member in settable.Select(p => MemberParser.Parse(p, isKey: false)))
        {
            if (member.Type.Kind != ScalarKind.Unsupported) parsed.Add(member);
            else if (settable.First(p => p.Name == member.Name).IsRequired)
                return (null, members, $"its owned type {type.Name} has a required member {member.Name} of a type that is not generated");
        }
        if (parsed.Count == 0) return (null, members, $"its owned type {type.Name} has no member that can be generated");

        var owned = new OwnedReferenceModel(property.Name, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            property.NullableAnnotation == NullableAnnotation.Annotated, MemberParser.Parse(property, isKey: false).NullRate,
            parsed.Select(m => m.Name).ToEquatableArray());
        var siblings = new HashSet<string>(owned.Members);
        string Renamed(string name) => siblings.Contains(name) ? owned.MemberName(name) : name;
        members.AddRange(parsed.Select(m => m with
        {
            Name = owned.MemberName(m.Name),
            Relations = m.Relations.Select(r => r with { Other = Renamed(r.Other) }).ToEquatableArray(),
            Correlations = m.Correlations.Select(c => c with { Other = Renamed(c.Other) }).ToEquatableArray(),
        }));
        return (owned, members, null);
    }
}
