using System.Collections;
using ConstrainedFakes.DataSets;

namespace ConstrainedFakes.Tests;

/// <summary>
/// A data set written out as text that two builds share only when they are the same graph: each entity's
/// values, and each navigation as the position in <see cref="DataSet.Entities"/> of the entity it holds
/// (a collection as the positions in its order), so object identity and order both count. An owned object is
/// written out with its owner's row, and a many-to-many's link as its two keys.
/// </summary>
internal static class GraphShape
{
    public static List<string> Of(DataSet data)
    {
        var entities = data.Entities.ToList();
        var position = entities.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i, ReferenceEqualityComparer.Instance);
        string Navigation(object? value) => value switch
        {
            null => "null",
            string => throw new InvalidOperationException("strings are columns"),
            IEnumerable many => "[" + string.Join(",", many.Cast<object>().Select(Navigation)) + "]",
            _ when value.GetType().IsDefined(typeof(Microsoft.EntityFrameworkCore.OwnedAttribute), inherit: true) => "{" + GraphIntegrity.Columns(value) + "}",
            _ => position.TryGetValue(value, out var at) ? "#" + at : throw new InvalidOperationException($"{value.GetType().Name} is not an entity of the data set"),
        };
        return entities.Select(entity => entity is JoinRow link ? link.ToString() : GraphIntegrity.Columns(entity) + " " + string.Join(" ", entity.GetType().GetProperties()
                .Where(p => !p.PropertyType.IsValueType && p.PropertyType != typeof(string))
                .Select(p => $"{p.Name}->{Navigation(p.GetValue(entity))}")))
            .ToList();
    }
}
