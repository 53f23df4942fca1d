using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// A link from a child entity to its parent, read by EF Core's conventions: the reference navigation (if
/// the child has one) and the foreign key member (if it has one), at least one of the two.
/// </summary>
/// <param name="Name">The navigation's name, or the foreign key's when there is no navigation.</param>
/// <param name="Parent">The parent entity type.</param>
/// <param name="Navigation">The child's reference navigation, or null.</param>
/// <param name="ForeignKey">The child's foreign key member, or null (a navigation over a shadow key).</param>
internal sealed record EntityLink(string Name, Type Parent, PropertyInfo? Navigation, PropertyInfo? ForeignKey)
{
    /// <summary>Whether every child must have a parent: a foreign key of a non-nullable value type.</summary>
    public bool IsRequired => ForeignKey is { PropertyType.IsValueType: true } key && Nullable.GetUnderlyingType(key.PropertyType) is null;
}
