using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore.Checks;

/// <summary>
/// The CHECK constraints between members of one entity: its order relations (<c>[GreaterThan]</c> &amp; co.)
/// and its <c>[Invariant]</c>s. One that reads another table (a path through a navigation) or falls outside
/// what SQL states exactly is skipped, and <c>skipped</c> is told why.
/// </summary>
internal static class EntityRules
{
    private static readonly (Type Attribute, Comparator Comparator)[] Relations =
    [
        (typeof(GreaterThanAttribute), Comparator.Greater),
        (typeof(GreaterThanOrEqualAttribute), Comparator.GreaterOrEqual),
        (typeof(LessThanAttribute), Comparator.Less),
        (typeof(LessThanOrEqualAttribute), Comparator.LessOrEqual),
    ];

    public static IEnumerable<Check> For(IMutableEntityType entityType, CheckDialect dialect, Action<string>? skipped)
    {
        var translator = new InvariantTranslator(name => Kind(entityType, name));
        var sql = new CheckSql(name => Column(entityType, name, dialect), dialect);
        foreach (var property in entityType.GetDeclaredProperties().Where(p => p.PropertyInfo is not null))
        {
            foreach (var relation in property.PropertyInfo!.GetCustomAttributes<MemberRelationAttribute>(inherit: true))
            {
                // A relation attribute of someone else's making has no known meaning: the faker does not read it either.
                if (Relations.FirstOrDefault(r => r.Attribute.IsInstanceOfType(relation)) is not { Attribute: not null } known) continue;
                var comparator = known.Comparator;
                var kind = relation.GetType().Name[..^"Attribute".Length];
                var declared = $"{entityType.ClrType.Name}.{property.Name}: [{kind}(\"{relation.Other}\")]";
                if (Translate(() => sql.Write(translator.Relation(property.Name, comparator, relation.Other)), declared, skipped) is { } check)
                    yield return new Check($"{ColumnName(entityType, property)}_{kind}_{(Resolve(entityType, relation.Other) is { } other ? ColumnName(entityType, other.Property) : null)}", check);
            }
        }
        var invariants = entityType.ClrType.GetCustomAttributes<InvariantAttribute>(inherit: entityType.BaseType is null).ToList();
        for (var i = 0; i < invariants.Count; i++)
        {
            var expression = invariants[i].Expression;
            var declared = $"{entityType.ClrType.Name}: [Invariant(\"{expression}\")]";
            if (Translate(() => sql.Write(translator.Translate(expression)), declared, skipped) is { } check)
                yield return new Check($"{OwnedPrefix(entityType)}Invariant{i + 1}", check);
        }
    }

    /// <summary>
    /// <c>Pickup_Spot_</c> for an owned type held in <c>Spot</c> of the owned <c>Pickup</c>, as EF Core prefixes its
    /// columns: the same owned type held twice shares its owner's table, so its invariants are named apart.
    /// </summary>
    private static string OwnedPrefix(IReadOnlyEntityType entityType)
        => entityType.FindOwnership() is { PrincipalToDependent: { } navigation } ownership
            ? OwnedPrefix(ownership.PrincipalEntityType) + navigation.Name + "_"
            : "";

    /// <summary>The property's column in the entity's table: an owned type's columns are its owner's, prefixed (<c>Pickup_Floor</c>).</summary>
    private static string ColumnName(IReadOnlyEntityType entityType, IReadOnlyProperty property)
        => (entityType.GetTableName() is { } table ? property.GetColumnName(StoreObjectIdentifier.Table(table, entityType.GetSchema())) : null) ?? property.GetColumnName();

    /// <summary>Whether the property's column in the entity's table may hold NULL (an optional owned object's columns may).</summary>
    private static bool ColumnMayBeNull(IReadOnlyEntityType entityType, IReadOnlyProperty property)
        => entityType.GetTableName() is { } table ? property.IsColumnNullable(StoreObjectIdentifier.Table(table, entityType.GetSchema())) : property.IsNullable;

    /// <summary>The SQL of one invariant over the entity's columns.</summary>
    /// <exception cref="UnsupportedInvariantException">It cannot be a CHECK constraint; the message says why.</exception>
    public static string Invariant(IReadOnlyEntityType entityType, CheckDialect dialect, string expression)
        => new CheckSql(name => Column(entityType, name, dialect), dialect).Write(new InvariantTranslator(name => Kind(entityType, name)).Translate(expression));

    private static string? Translate(Func<string> write, string declared, Action<string>? skipped)
    {
        try
        {
            return write();
        }
        catch (UnsupportedInvariantException unsupported)
        {
            skipped?.Invoke($"{declared} is not a CHECK constraint: {unsupported.Message}");
            return null;
        }
    }

    private static MemberKind? Kind(IReadOnlyEntityType entityType, string name)
    {
        if (Resolve(entityType, name) is { Property: var property })
            return new ColumnMember(Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType);
        if (entityType.FindNavigation(name) is not null || entityType.FindSkipNavigation(name) is not null) return new NavigationMember();
        return null;
    }

    /// <summary>
    /// The mapped property a name reads: a member of the entity, or a path through owned references whose columns
    /// are in the entity's table (<c>Site.Floor</c>, <c>Site.Geo.Latitude</c>), with the type that holds it; null for
    /// anything else (a navigation to another table, an owned collection, an unmapped name).
    /// </summary>
    private static (IReadOnlyEntityType Holder, IReadOnlyProperty Property)? Resolve(IReadOnlyEntityType entityType, string name)
    {
        var path = name.Split('.');
        var holder = entityType;
        foreach (var step in path[..^1])
        {
            if (holder.FindNavigation(step) is not { IsCollection: false, TargetEntityType: var owned } || !owned.IsOwned() || owned.GetTableName() != entityType.GetTableName())
                return null;
            holder = owned;
        }
        return holder.FindProperty(path[^1]) is { PropertyInfo: not null } property ? (holder, property) : null;
    }

    /// <summary>
    /// The member's column; it may hold NULL when the member is nullable, or when the entity shares its table with
    /// other types of its hierarchy (their rows leave it NULL).
    /// </summary>
    private static ColumnRef Column(IReadOnlyEntityType entityType, string name, CheckDialect dialect)
    {
        var (holder, property) = Resolve(entityType, name)!.Value;
        // In a hierarchy, an inherited member's column holds every type's rows (one table), or is not in this type's table at all (one table per type).
        if (property.DeclaringType != holder)
            throw new UnsupportedInvariantException($"'{name}' is inherited from {property.DeclaringType.ClrType.Name}: a CHECK on {entityType.ClrType.Name}'s table would not hold its rows alone.");
        return new ColumnRef(property, dialect.Quote(ColumnName(entityType, property)), ColumnMayBeNull(entityType, property) || entityType.BaseType is not null);
    }
}
