using System.Globalization;
using ConstrainedFakes.DataSets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>One table of the context as seeding sees it: its entity type, its name and how to name one of its rows.</summary>
/// <param name="EntityType">The context's entity type (for a many-to-many, EF Core's join entity of the skip navigation).</param>
/// <param name="Name">The table's name, schema-qualified when it has a schema.</param>
/// <param name="Join">For the join table of a many-to-many: the skip navigation its <see cref="JoinRow"/>s are links of.</param>
internal sealed record SeedTable(IEntityType EntityType, string Name, ISkipNavigation? Join = null)
{
    /// <summary>The type of the rows handed in: the entity class, or <see cref="JoinRow"/>.</summary>
    public Type RowType => Join is null ? EntityType.ClrType : typeof(JoinRow);

    /// <summary>Whether the rows are EF Core's property bags of a shared-type entity, which only its path writes.</summary>
    public bool IsPropertyBag => Join is not null;

    /// <summary>
    /// Whether only EF Core's path writes the rows: property bags, or entities with owned types (whose columns
    /// linq2db's bulk copy leaves out).
    /// </summary>
    public bool NeedsChangeTracker => IsPropertyBag || EntityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned());

    /// <summary>Whether <paramref name="row"/> belongs to this table.</summary>
    /// <remarks>Asked for every row: it compares the link's side and navigation as they are, with no key boxed.</remarks>
    public bool Holds(object row) => Join is null
        ? row.GetType() == EntityType.ClrType
        : row is JoinRow join && join.Entity == Join.DeclaringEntityType.ClrType && join.Navigation == Join.Name;

    /// <summary>What rows of one table share: the entity class, or the many-to-many's side and navigation.</summary>
    public object Key() => Join is null ? EntityType.ClrType : (Join.DeclaringEntityType.ClrType, Join.Name);

    /// <summary>The key of the table <paramref name="row"/> belongs to (see <see cref="Key()"/>).</summary>
    public static object Key(object row) => row is JoinRow join ? (join.Entity, join.Navigation) : row.GetType();

    /// <summary>The row as the database writes it: an entity as it is, a link as the join entity's property bag.</summary>
    public object Prepare(object row)
        => Join is null ? row : JoinBag.Of(Join, (JoinRow)row);

    /// <summary>The context's table for <paramref name="row"/>: its entity type's, or a many-to-many's join table.</summary>
    /// <exception cref="SeedException">The row's type is not an entity type of the context or not mapped to a table, or a link names no skip navigation.</exception>
    public static SeedTable For(DbContext context, object row)
    {
        if (row is not JoinRow link) return Named(context.Model.FindEntityType(row.GetType()), row.GetType().Name, null, context);
        var join = context.Model.FindEntityType(link.Entity)?.FindSkipNavigation(link.Navigation);
        if (join is null)
            throw new SeedException($"{link.Entity.Name}.{link.Navigation}", null, $"{link.Entity.Name}.{link.Navigation} is not a many-to-many skip navigation of {context.GetType().Name}.");
        if (JoinBag.WhyNot(join) is { } why) throw new SeedException($"{link.Entity.Name}.{link.Navigation}", null, why);
        return Named(join.JoinEntityType, $"{link.Entity.Name}.{link.Navigation}", join, context);
    }

    private static SeedTable Named(IEntityType? entityType, string what, ISkipNavigation? join, DbContext context)
    {
        if (entityType is null) throw new SeedException(what, null, $"{what} is not an entity type of {context.GetType().Name}.");
        var table = entityType.GetTableName() ?? throw new SeedException(what, null, $"{what} is not mapped to a table.");
        var schema = entityType.GetSchema();
        return new SeedTable(entityType, schema is null ? table : $"{schema}.{table}", join);
    }

    /// <summary>The row's position in its table and its key, as in <c>#41 (Id = 42)</c>.</summary>
    public string Describe(object row, long index)
    {
        var key = EntityType.FindPrimaryKey()?.Properties
            .Select(p => (p.Name, Value: row is Dictionary<string, object> bag ? bag.GetValueOrDefault(p.Name) : p.PropertyInfo?.GetValue(row)))
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Name} = {Convert.ToString(p.Value, CultureInfo.InvariantCulture)}")
            .ToArray() ?? [];
        return key.Length == 0 ? $"#{index}" : $"#{index} ({string.Join(", ", key)})";
    }
}
