namespace ConstrainedFakes.Generator.Model;

/// <summary>
/// A reference property whose type is an EF Core owned type (<c>[Owned]</c>): no table and no key, its members
/// are columns of the owner's row. They join the owner's members as <c>{Name}_{Member}</c>, with their own
/// constraints, and the row builds the owned object from them.
/// </summary>
/// <param name="Name">The owner's property, e.g. <c>ShippingAddress</c>.</param>
/// <param name="TypeFullName">The owned type, fully qualified.</param>
/// <param name="IsNullable">Whether the property may be null (an annotated reference).</param>
/// <param name="NullRate">Its <c>[Nulls]</c>, if declared.</param>
/// <param name="Members">The owned type's generated members, by their own names, in declaration order.</param>
internal sealed record OwnedReferenceModel(string Name, string TypeFullName, bool IsNullable, DeclaredNumber? NullRate, EquatableArray<string> Members)
{
    /// <summary>The owner's member that stands for <paramref name="member"/> of the owned type.</summary>
    public string MemberName(string member) => Name + "_" + member;
}
