using Microsoft.EntityFrameworkCore.Metadata;
using ConstrainedFakes.EntityFrameworkCore.Checks;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.EntityFrameworkCore;

/// <summary>
/// Turns the declared constraints of the model's entity classes into CHECK constraints, so the database
/// enforces what the faker guarantees: <c>[Range]</c> on numbers, decimals, <see cref="DateTime"/> and
/// <see cref="DateOnly"/>; <c>[MaxLength]</c>, <c>[MinLength]</c> and <c>[StringLength]</c> on strings;
/// <c>[AllowedValues]</c>; order relations (<c>[GreaterThan]</c> and its siblings) and <c>[Invariant]</c>s between
/// members of one table. SQL for SQLite and PostgreSQL, with dates, durations and decimals compared as exact
/// values, not text. Rules that read another table (paths through navigations) are left to the faker.
/// </summary>
public static class CheckConstraintExtensions
{
    /// <summary>
    /// Adds a CHECK constraint per declared rule of every mapped property, named <c>CK_{table}_{column}_{rule}</c>
    /// (a name beyond the provider's identifier limit, 63 bytes on PostgreSQL, keeps its start and ends with a
    /// hash of the whole). Call it last in <c>OnModelCreating</c>, after tables and columns are named.
    /// </summary>
    /// <param name="modelBuilder">The model being built.</param>
    /// <returns><paramref name="modelBuilder"/>.</returns>
    /// <exception cref="NotSupportedException">The provider is neither SQLite nor PostgreSQL.</exception>
    public static ModelBuilder ApplyConstrainedFakesCheckConstraints(this ModelBuilder modelBuilder) => Apply(modelBuilder, null);

    /// <summary>
    /// Adds a CHECK constraint per declared rule, as <see cref="ApplyConstrainedFakesCheckConstraints(ModelBuilder)"/>,
    /// and says which declared rules it leaves to the faker and why (a path through a navigation reads another
    /// table; an expression outside the linear language; a type the database cannot compute with exactly).
    /// </summary>
    /// <param name="modelBuilder">The model being built.</param>
    /// <param name="skipped">Told, for each order relation or invariant that does not become a CHECK, which one and why.</param>
    /// <returns><paramref name="modelBuilder"/>.</returns>
    /// <exception cref="NotSupportedException">The provider is neither SQLite nor PostgreSQL.</exception>
    public static ModelBuilder ApplyConstrainedFakesCheckConstraints(this ModelBuilder modelBuilder, Action<string> skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        return Apply(modelBuilder, skipped);
    }

    private static ModelBuilder Apply(ModelBuilder modelBuilder, Action<string>? skipped)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var dialect = CheckDialect.Of(modelBuilder.Model);
        var maxLength = modelBuilder.Model.GetMaxIdentifierLength();
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (entityType.GetTableName() is not { } table) continue;
            foreach (var property in entityType.GetDeclaredProperties())
            {
                if (property.PropertyInfo is null) continue;
                // The column in this table: an owned type's property is prefixed with its navigation (Address_City).
                var column = property.GetColumnName(StoreObjectIdentifier.Table(table, entityType.GetSchema())) ?? property.GetColumnName();
                foreach (var check in CheckRules.For(property, dialect.Quote(column), dialect))
                    entityType.AddCheckConstraint(ConstraintName.Of($"CK_{table}_{column}_{check.Kind}", maxLength), check.Sql);
            }
            foreach (var check in EntityRules.For(entityType, dialect, skipped))
                entityType.AddCheckConstraint(ConstraintName.Of($"CK_{table}_{check.Kind}", maxLength), check.Sql);
        }
        return modelBuilder;
    }
}
