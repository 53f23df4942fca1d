using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>
/// Reads a reference property of an EF Core owned type (<c>[Owned]</c>) as members of its owner: each settable
/// member of the owned type becomes <c>{Property}_{Member}</c> with its own constraints, an owned reference inside
/// it becomes members of the owner the same way (<c>{Property}_{Inner}_{Member}</c>), and the owned type's order
/// relations, correlations, <c>[Computed]</c> expressions and <c>[Invariant]</c>s are renamed to match.
/// </summary>
internal static class OwnedTypeParser
{
    /// <summary>
    /// The owned reference, its members and invariants named for the owner, and the owned references inside it that
    /// are left null (by their path from the owner, with why); or why it cannot be generated.
    /// </summary>
    /// <param name="Owned">The owned reference, or null when it cannot be generated.</param>
    /// <param name="Members">Its members and those of the owned objects inside it, named for the owner.</param>
    /// <param name="Invariants">The owned types' invariants, named for the owner.</param>
    /// <param name="Skipped">What inside it is left out, by its path from the owner, with why.</param>
    /// <param name="Reason">Why it cannot be generated, or null.</param>
    /// <param name="Collections">The collections of owned types inside it, by their path from the owner (<c>Site.Rooms</c>).</param>
    public sealed record Parsed(OwnedReferenceModel? Owned, List<MemberModel> Members, List<InvariantModel> Invariants, List<SkippedMember> Skipped, string? Reason,
        List<OwnedCollectionModel> Collections);

    /// <summary>Whether <paramref name="type"/> is a class marked <c>[Owned]</c>.</summary>
    public static bool IsOwned(ITypeSymbol type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Class } named
            && named.GetAttributes().Any(a => AttributeReader.MetadataName(a) == AttributeNames.Owned);

    /// <summary>Reads <paramref name="property"/>, an owned reference.</summary>
    /// <param name="property">The owned reference.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <param name="holders">The owned types around it, outermost first (the element types of owned collections among them): holding one of them again would never end.</param>
    public static Parsed Parse(IPropertySymbol property, System.Threading.CancellationToken cancellationToken, List<ITypeSymbol> holders)
    {
        var type = (INamedTypeSymbol)property.Type;
        if (holders.Any(h => SymbolEqualityComparer.Default.Equals(h, type)))
            return Refused($"its owned type {type.Name} holds itself through owned references, so its columns never end");
        holders.Add(type);
        try
        {
            return Parse(property, type, cancellationToken, holders);
        }
        finally
        {
            holders.RemoveAt(holders.Count - 1);
        }
    }

    /// <summary>Reads the members of <paramref name="type"/>, held in <paramref name="property"/>, once it is among <paramref name="holders"/>.</summary>
    private static Parsed Parse(IPropertySymbol property, INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken, List<ITypeSymbol> holders)
    {
        if (!type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal))
            return Refused($"its owned type {type.Name} has no parameterless constructor, which generated code needs to create it");
        // A get-only collection of an owned type is still filled, through its Add.
        var settable = EntityParser.Properties(type)
            .Where(p => (p.SetMethod is { DeclaredAccessibility: Accessibility.Public } || OwnedElement(p) is not null)
                && !p.GetAttributes().Any(a => AttributeReader.MetadataName(a) == AttributeNames.NotMapped))
            .ToList();
        var direct = new List<MemberModel>();
        var inner = new List<OwnedReferenceModel>();
        var innerMembers = new List<MemberModel>();
        var innerInvariants = new List<InvariantModel>();
        var skipped = new List<SkippedMember>();
        var collections = new List<OwnedCollectionModel>();
        foreach (var member in settable)
        {
            if (IsOwned(member.Type))
            {
                var nested = Parse(member, cancellationToken, holders);
                if (nested.Owned is null && member.IsRequired)
                    return Refused($"its owned type {type.Name} has a required member {member.Name} that is not generated: {nested.Reason}");
                if (nested.Owned is null)
                {
                    skipped.Add(new SkippedMember(property.Name + "." + member.Name, nested.Reason!, BlocksBuilding: false));
                    continue;
                }
                skipped.AddRange(nested.Skipped.Select(s => s with { Name = property.Name + "." + s.Name }));
                collections.AddRange(nested.Collections.Select(c => c with { Name = property.Name + "." + c.Name }));
                inner.Add(nested.Owned);
                innerMembers.AddRange(nested.Members);
                innerInvariants.AddRange(nested.Invariants);
                continue;
            }
            if (OwnedElement(member) is { } element)
            {
                var (collection, reason) = EntityParser.OwnedCollection(member, element, cancellationToken, holders);
                if (collection is not null) collections.Add(collection with { Name = property.Name + "." + collection.Name });
                else if (member.IsRequired) return Refused($"its owned type {type.Name} has a required collection {member.Name} that is not generated: {reason}");
                else skipped.Add(new SkippedMember(property.Name + "." + member.Name, reason!, BlocksBuilding: false));
                continue;
            }
            var parsed = MemberParser.Parse(member, isKey: false);
            if (parsed.Type.Kind != ScalarKind.Unsupported) direct.Add(parsed);
            else if (member.IsRequired)
                return Refused($"its owned type {type.Name} has a required member {member.Name} of a type that is not generated");
        }
        if (direct.Count == 0 && inner.Count == 0 && collections.Count == 0) return Refused($"its owned type {type.Name} has no member that can be generated");

        // Inside the owned type first (its paths into the owned objects it holds), then as the owner's members.
        var enumValues = OwnedNames.EnumValues(direct.Concat(innerMembers));
        var paths = OwnedNames.Paths(inner);
        var members = direct.Select(m => OwnedNames.Rename(m, paths, enumValues)).Concat(innerMembers).ToList();
        var invariants = OwnedNames.Rename(EntityParser.Invariants(type), paths, enumValues).Concat(innerInvariants).ToList();
        var renames = OwnedNames.Under(property.Name, members.Select(m => m.Name));
        var owned = new OwnedReferenceModel(property.Name, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            property.NullableAnnotation == NullableAnnotation.Annotated, MemberParser.Parse(property, isKey: false).NullRate,
            direct.Select(m => m.Name).ToEquatableArray(), inner.Select(o => o.Under(property.Name)).ToEquatableArray());
        return new Parsed(
            owned,
            members.Select(m => OwnedNames.Rename(m, renames, enumValues) with { Name = renames[m.Name] }).ToList(),
            OwnedNames.Rename(invariants, renames, enumValues).Select(i => i with { OwnedBy = i.OwnedBy is null ? property.Name : property.Name + "." + i.OwnedBy }).ToList(),
            skipped,
            null,
            collections);
    }

    /// <summary>The element type of a collection of an owned type, else null.</summary>
    public static INamedTypeSymbol? OwnedElement(IPropertySymbol property)
        => NavigationParser.ElementType(property.Type) is INamedTypeSymbol element && IsOwned(element) ? element : null;

    private static Parsed Refused(string reason) => new(null, new List<MemberModel>(), new List<InvariantModel>(), new List<SkippedMember>(), reason, new List<OwnedCollectionModel>());
}
