using System.Collections;
using ConstrainedFakes.DataSets;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>
/// The owned objects of one owned entity type in a data set (an owned reference, an owned collection's elements, or
/// one inside another), each with its key as EF Core maps it: the owner's key in the foreign key, and an element's
/// ordinal among its owner's elements (1, 2, ...) in a key part of its own that no member holds.
/// </summary>
internal static class OwnedModelData
{
    public static IReadOnlyList<object> Of(DataSet data, IReadOnlyEntityType owned)
    {
        var properties = owned.GetProperties().ToList();
        var shape = SeedShape.For(properties.Select(p => (p.Name, p.ClrType)).ToList());
        return Objects(data, owned)
            .Select(o => shape.Create(properties.Select(p => o.Keys.TryGetValue(p.Name, out var key) ? key : Read(p, o.Object)).ToList()))
            .ToList();
    }

    /// <summary>Every object of <paramref name="type"/> in the data set, with its key's values by property name.</summary>
    private static IEnumerable<(object Object, Dictionary<string, object?> Keys)> Objects(DataSet data, IReadOnlyEntityType type)
    {
        var key = type.FindPrimaryKey()?.Properties ?? [];
        if (type.FindOwnership() is not { } ownership)
        {
            foreach (var row in data.Entities.Where(e => e.GetType() == type.ClrType))
                yield return (row, key.ToDictionary(p => p.Name, p => Read(p, row)));
            yield break;
        }
        var navigation = ownership.PrincipalToDependent!;
        foreach (var (owner, ownerKeys) in Objects(data, ownership.PrincipalEntityType))
        {
            var value = Read(navigation, owner);
            var objects = navigation.IsCollection ? ((IEnumerable?)value ?? Array.Empty<object>()).Cast<object>() : value is null ? [] : [value];
            var ordinal = 0;
            foreach (var element in objects)
            {
                ordinal++;
                var keys = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < ownership.Properties.Count; i++) keys[ownership.Properties[i].Name] = ownerKeys[ownership.PrincipalKey.Properties[i].Name];
                foreach (var part in key.Where(p => !keys.ContainsKey(p.Name)))
                    keys[part.Name] = part.PropertyInfo is not null || part.FieldInfo is not null ? Read(part, element) : Convert.ChangeType(ordinal, Nullable.GetUnderlyingType(part.ClrType) ?? part.ClrType, System.Globalization.CultureInfo.InvariantCulture);
                yield return (element, keys);
            }
        }
    }

    /// <summary>A mapped member's value on an object; null for a shadow property.</summary>
    private static object? Read(IReadOnlyPropertyBase property, object instance)
        => property.PropertyInfo?.GetValue(instance) ?? property.FieldInfo?.GetValue(instance);
}
