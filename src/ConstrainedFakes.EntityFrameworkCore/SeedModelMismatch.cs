namespace ConstrainedFakes.EntityFrameworkCore;

/// <summary>
/// One place where the <see cref="Microsoft.EntityFrameworkCore.DbContext"/>'s model asks for more than the
/// faker's declarations promise, found before seeding writes anything.
/// </summary>
/// <param name="Entity">The entity type.</param>
/// <param name="Member">The member, or the members of a key or unique index joined by commas.</param>
/// <param name="Facet">What differs: <c>max length</c>, <c>scale</c>, <c>integer digits</c>, <c>required</c>, <c>key</c>, <c>alternate key</c>, <c>unique index</c> or <c>foreign key</c>.</param>
/// <param name="EntityFramework">What the context's model says, e.g. <c>20</c> for <c>HasMaxLength(20)</c>.</param>
/// <param name="Faker">What the faker's declarations allow, e.g. <c>up to 40 ([MaxLength(40)])</c>.</param>
public sealed record SeedModelMismatch(Type Entity, string Member, string Facet, string EntityFramework, string Faker)
{
    /// <summary>One line: entity, member, facet, EF Core's value and the faker's.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Entity.Name}.{Member}: {Facet}: EF Core {EntityFramework}; the faker {Faker}";
}
