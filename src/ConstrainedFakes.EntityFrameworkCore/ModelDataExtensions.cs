using System.Reflection;
using ConstrainedFakes.DataSets;

namespace ConstrainedFakes.EntityFrameworkCore;

/// <summary>
/// Data for EF Core's <c>HasData</c> in migrations: <c>HasData</c> takes rows with their keys and foreign
/// keys set and every navigation empty, which a built data set (navigations set on both sides) is not.
/// </summary>
public static class ModelDataExtensions
{
    /// <summary>
    /// Copies of the data set's <typeparamref name="T"/> rows with every scalar member (keys and foreign keys
    /// among them) as generated and every navigation left as a new instance leaves it, ready for
    /// <c>modelBuilder.Entity&lt;T&gt;().HasData(data.AsModelData&lt;T&gt;())</c>.
    /// </summary>
    /// <typeparam name="T">An entity type of the data set, with a public parameterless constructor.</typeparam>
    /// <param name="data">The data set.</param>
    /// <returns>One copy per row, in row order.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not an entity of the data set.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no public parameterless constructor.</exception>
    /// <remarks>
    /// Reflection reads the members once per call, not per row's code path: model data is made once, when a
    /// migration is added or the model is built, never in the seeding hot path.
    /// </remarks>
    public static IReadOnlyList<T> AsModelData<T>(this DataSet data)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.Set<T>();
        if (typeof(T).GetConstructor(Type.EmptyTypes) is null)
            throw new NotSupportedException($"{typeof(T).Name} has no public parameterless constructor, so its model data cannot be copied; pass anonymous objects to HasData instead.");
        var scalars = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && IsScalar(p.PropertyType))
            .ToArray();
        var copies = new T[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var copy = Activator.CreateInstance<T>();
            foreach (var property in scalars) property.SetValue(copy, property.GetValue(rows[i]));
            copies[i] = copy;
        }
        return copies;
    }

    /// <summary>What EF Core maps to a column: values, strings and byte arrays, not navigations or collections of them.</summary>
    private static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsValueType || underlying == typeof(string) || underlying == typeof(byte[]);
    }
}
