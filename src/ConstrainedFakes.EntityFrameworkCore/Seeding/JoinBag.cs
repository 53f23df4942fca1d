using ConstrainedFakes.DataSets;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConstrainedFakes.EntityFrameworkCore.Seeding;

/// <summary>
/// A link of a many-to-many as a row of EF Core's join entity: a property bag holding the two keys under the
/// foreign-key names EF Core chose (<c>BooksId</c>, <c>ShelvesId</c>), which seeding writes and <c>HasData</c> takes.
/// </summary>
internal static class JoinBag
{
    /// <summary>Why a link of <paramref name="join"/> cannot fill a row of its join entity, or null when it can.</summary>
    public static string? WhyNot(IReadOnlySkipNavigation join)
        => join.JoinEntityType is { HasSharedClrType: false } explicitJoin
            ? $"the join entity is the class {explicitJoin.ClrType.Name} (UsingEntity<{explicitJoin.ClrType.Name}>), whose rows the faker makes when it sees that call: "
                + "declare the context's OnModelCreating in the compilation of the faker, which names the context"
            : join.ForeignKey is { Properties.Count: 1 } && join.Inverse?.ForeignKey is { Properties.Count: 1 }
                ? null
                : "the join table's foreign keys have several columns, which a link of two keys cannot fill.";

    /// <summary>The row of <paramref name="join"/>'s join entity that <paramref name="link"/> is.</summary>
    public static Dictionary<string, object> Of(IReadOnlySkipNavigation join, JoinRow link) => new()
    {
        [join.ForeignKey!.Properties[0].Name] = link.Key,
        [join.Inverse!.ForeignKey!.Properties[0].Name] = link.TargetKey,
    };
}
