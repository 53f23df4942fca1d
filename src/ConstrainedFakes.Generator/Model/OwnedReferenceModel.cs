using System.Collections.Generic;
using System.Linq;

namespace ConstrainedFakes.Generator.Model;

/// <summary>
/// A reference property whose type is an EF Core owned type (<c>[Owned]</c>): no table and no key, its members
/// are columns of the owner's row. They join the owner's members as <c>{Name}_{Member}</c>, with their own
/// constraints, and the row builds the owned object from them. An owned type may hold owned references of its
/// own, whose members are columns of the same row (<c>Destination_Geo_Latitude</c>).
/// </summary>
/// <param name="Path">The reference's place from the owner, e.g. <c>Destination</c>, or <c>Destination.Geo</c> inside another owned object.</param>
/// <param name="TypeFullName">The owned type, fully qualified.</param>
/// <param name="IsNullable">Whether the property may be null (an annotated reference).</param>
/// <param name="NullRate">Its <c>[Nulls]</c>, if declared.</param>
/// <param name="Members">The owned type's own generated members, by their own names, in declaration order.</param>
/// <param name="Owned">The owned references the owned type holds, with paths from the same owner.</param>
internal sealed record OwnedReferenceModel(string Path, string TypeFullName, bool IsNullable, DeclaredNumber? NullRate, EquatableArray<string> Members, EquatableArray<OwnedReferenceModel> Owned)
{
    /// <summary>The owner's member name prefix of the reference: its path with underscores, <c>Destination_Geo</c>.</summary>
    public string Name => Path.Replace('.', '_');

    /// <summary>The property that holds the owned object on the object around it, <c>Geo</c> of <c>Destination.Geo</c>.</summary>
    public string Property => Path.Substring(Path.LastIndexOf('.') + 1);

    /// <summary>The owner's member that stands for <paramref name="member"/> of the owned type.</summary>
    public string MemberName(string member) => Name + "_" + member;

    /// <summary>Every member of the owned object and of the owned objects inside it: the owner's member, and its dotted path.</summary>
    public IEnumerable<(string Name, string Path)> AllMembers()
        => Members.Select(m => (MemberName(m), Path + "." + m)).Concat(Owned.SelectMany(o => o.AllMembers()));

    /// <summary>This reference and the owned references inside it, outermost first.</summary>
    public IEnumerable<OwnedReferenceModel> SelfAndInner() => new[] { this }.Concat(Owned.SelectMany(o => o.SelfAndInner()));

    /// <summary>The reference as seen from an object that holds its holder in <paramref name="property"/>.</summary>
    public OwnedReferenceModel Under(string property)
        => this with { Path = property + "." + Path, Owned = Owned.Select(o => o.Under(property)).ToEquatableArray() };
}
