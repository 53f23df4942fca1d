using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>An order relation a member declares (<c>[GreaterThan("Start")]</c> and its kin), read from the member's metadata.</summary>
/// <param name="Other">The other side: a member, or a path through navigations.</param>
/// <param name="IsAbove">Whether the member must be above the other side (<c>GreaterThan</c>, <c>GreaterThanOrEqual</c>).</param>
/// <param name="IsStrict">Whether equality breaks it (<c>GreaterThan</c>, <c>LessThan</c>).</param>
/// <param name="Declared">The attribute's metadata, for its text.</param>
internal sealed record DeclaredRelation(string Other, bool IsAbove, bool IsStrict, CustomAttributeData Declared)
{
    /// <summary>The member's order relations, in declaration order.</summary>
    public static IEnumerable<DeclaredRelation> Of(MemberInfo member)
        => member.GetCustomAttributesData()
            .Where(a => typeof(MemberRelationAttribute).IsAssignableFrom(a.AttributeType))
            .Select(a => new DeclaredRelation(
                (string)a.ConstructorArguments[0].Value!,
                a.AttributeType == typeof(GreaterThanAttribute) || a.AttributeType == typeof(GreaterThanOrEqualAttribute),
                a.AttributeType == typeof(GreaterThanAttribute) || a.AttributeType == typeof(LessThanAttribute),
                a));

    /// <summary>Whether a comparison of the member with the other side (its sign) satisfies the relation.</summary>
    public bool Holds(int comparison) => IsAbove
        ? IsStrict ? comparison > 0 : comparison >= 0
        : IsStrict ? comparison < 0 : comparison <= 0;
}
