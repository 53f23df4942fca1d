using System.Reflection;

namespace ConstrainedFakes.Reports;

/// <summary>
/// A link from a child entity to its parent, read by EF Core's conventions: the reference navigation (if
/// the child has one) and the foreign key members (if it has them), at least one of the two.
/// </summary>
/// <param name="Name">The navigation's name, or the foreign key's when there is no navigation.</param>
/// <param name="Parent">The parent entity type.</param>
/// <param name="Navigation">The child's reference navigation, or null.</param>
/// <param name="ForeignKey">The child's foreign key members in the parent's key order (several for a composite key), or none (a navigation over a shadow key).</param>
internal sealed record EntityLink(string Name, Type Parent, PropertyInfo? Navigation, IReadOnlyList<PropertyInfo> ForeignKey)
{
    /// <summary>Whether every child must have a parent: a foreign key whose members are all non-nullable value types.</summary>
    public bool IsRequired => ForeignKey.Count > 0 && ForeignKey.All(key => key.PropertyType.IsValueType && Nullable.GetUnderlyingType(key.PropertyType) is null);

    /// <summary>The foreign key's members as a person reads them, e.g. <c>CourseId, StudentId</c>.</summary>
    public string? ForeignKeyName => ForeignKey.Count == 0 ? null : string.Join(", ", ForeignKey.Select(k => k.Name));

    /// <summary>The parent key the child's foreign key names, or null when it names none.</summary>
    public object? KeyOf(object child) => CompositeKeyValue.Of(ForeignKey, child);
}
