using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>One entity type of the context as seeding sees it: its table and how to name one of its rows.</summary>
/// <param name="EntityType">The context's entity type.</param>
/// <param name="Name">The table's name, schema-qualified when it has a schema.</param>
internal sealed record SeedTable(IEntityType EntityType, string Name)
{
    public Type ClrType => EntityType.ClrType;

    /// <summary>The context's table for rows of <paramref name="clrType"/>.</summary>
    /// <exception cref="SeedException">The type is not an entity type of the context, or is not mapped to a table.</exception>
    public static SeedTable For(DbContext context, Type clrType)
    {
        var entityType = context.Model.FindEntityType(clrType)
            ?? throw new SeedException(clrType.Name, null, $"{clrType.Name} is not an entity type of {context.GetType().Name}.");
        var table = entityType.GetTableName()
            ?? throw new SeedException(clrType.Name, null, $"{clrType.Name} is not mapped to a table.");
        var schema = entityType.GetSchema();
        return new SeedTable(entityType, schema is null ? table : $"{schema}.{table}");
    }

    /// <summary>The row's position in its table and its key, as in <c>#41 (Id = 42)</c>.</summary>
    public string Describe(object row, long index)
    {
        var key = EntityType.FindPrimaryKey()?.Properties
            .Where(p => p.PropertyInfo is not null)
            .Select(p => $"{p.Name} = {Convert.ToString(p.PropertyInfo!.GetValue(row), CultureInfo.InvariantCulture)}")
            .ToArray() ?? [];
        return key.Length == 0 ? $"#{index}" : $"#{index} ({string.Join(", ", key)})";
    }
}
