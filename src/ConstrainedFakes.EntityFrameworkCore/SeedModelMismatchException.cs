namespace ConstrainedFakes.EntityFrameworkCore;

/// <summary>
/// Seeding refused to start: the context's model (keys, unique indexes, required columns, maximum lengths,
/// precision and scale, from attributes or the Fluent API) asks for more than the faker's declarations
/// promise, so some generated row could break it or be changed by the database. Lists every mismatch; nothing
/// was written.
/// </summary>
public sealed class SeedModelMismatchException : SeedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="mismatches">Every mismatch found, at least one.</param>
    public SeedModelMismatchException(IReadOnlyList<SeedModelMismatch> mismatches)
        : base(mismatches[0].Entity.Name, Describe(mismatches))
    {
        Mismatches = mismatches;
    }

    /// <summary>Every mismatch found, in the order of the context's entity types and their members.</summary>
    public IReadOnlyList<SeedModelMismatch> Mismatches { get; }

    private static string Describe(IReadOnlyList<SeedModelMismatch> mismatches) =>
        $"Seeding refused before writing anything: the context's model asks for more than the faker's declarations promise " +
        $"({mismatches.Count} {(mismatches.Count == 1 ? "mismatch" : "mismatches")}). Declare the same rule on the entity class " +
        $"(the faker reads attributes) or relax the Fluent configuration:{Environment.NewLine}" +
        string.Join(Environment.NewLine, mismatches.Select(m => "- " + m));
}
