namespace ConstrainedFakes.EntityFrameworkCore;

/// <summary>How far seeding has come in one table, reported after each batch and returned per table at the end.</summary>
/// <param name="EntityType">The entity type of the table's rows.</param>
/// <param name="Table">The table's name in the database (schema-qualified when it has a schema).</param>
/// <param name="Rows">Rows of this table written so far in this seed.</param>
/// <param name="Total">The table's rows in all, when known in advance (a data set); <see langword="null"/> for a stream.</param>
public sealed record SeedProgress(Type EntityType, string Table, long Rows, long? Total);
