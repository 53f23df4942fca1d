using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Planning.Findings;
using Microsoft.CodeAnalysis;

namespace ConstrainedFakes.Analyzers;

/// <summary>
/// Maps the planner's plain-data sites back to source: an attribute as written on a member (searched
/// through the base classes, as the parser reads them) or on the type, else the member, else the type,
/// else a fallback (the faker's <c>typeof</c> argument for an entity compiled elsewhere).
/// </summary>
internal sealed class SiteLocator
{
    private readonly INamedTypeSymbol _type;
    private readonly Location? _fallback;
    private readonly CancellationToken _cancellationToken;

    public SiteLocator(INamedTypeSymbol type, Location? fallback, CancellationToken cancellationToken)
    {
        _type = type;
        _fallback = fallback;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The source locations of the sites, in order, each once (never empty when a fallback exists), and the
    /// name of the type declaring the first: a base class's constraint reads the same for every derived entity.
    /// </summary>
    public (List<Location> Locations, string Subject) Locate(IEnumerable<ProblemSite> sites)
    {
        var locations = new List<Location>();
        string? subject = null;
        foreach (var site in sites)
        {
            var (location, owner) = Locate(site);
            if (location is null || locations.Contains(location)) continue;
            locations.Add(location);
            subject ??= owner.Name;
        }
        if (locations.Count == 0 && TypeLocation() is { } type) locations.Add(type);
        return (locations, subject ?? _type.Name);
    }

    private (Location? Location, INamedTypeSymbol Owner) Locate(ProblemSite site)
    {
        if (site.Member is null)
        {
            var declaring = site.Attribute is not { } attribute ? default
                : Chain().Select(t => (Type: t, Location: Attribute(t.GetAttributes(), attribute))).FirstOrDefault(x => x.Location is not null);
            return declaring.Location is { } at ? (at, declaring.Type) : (TypeLocation(), _type);
        }
        var member = Chain().SelectMany(t => t.GetMembers(site.Member)).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol);
        if (member is null) return (TypeLocation(), _type);
        var location = (site.Attribute is null ? null : Attribute(member.GetAttributes(), site.Attribute)) ?? InSource(member.Locations);
        return location is null ? (TypeLocation(), _type) : (location, member.ContainingType);
    }

    private Location? Attribute(IEnumerable<AttributeData> attributes, string declared)
        => attributes.Where(a => a.ApplicationSyntaxReference is not null && AttributeReader.Declared(a) == declared)
            .Select(a => a.ApplicationSyntaxReference!.GetSyntax(_cancellationToken).GetLocation())
            .FirstOrDefault();

    private Location? TypeLocation() => InSource(_type.Locations) ?? _fallback;

    private static Location? InSource(IEnumerable<Location> locations) => locations.FirstOrDefault(l => l.IsInSource);

    /// <summary>The type and its base classes, most derived first.</summary>
    private IEnumerable<INamedTypeSymbol> Chain()
    {
        for (var t = _type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType) yield return t;
    }
}
