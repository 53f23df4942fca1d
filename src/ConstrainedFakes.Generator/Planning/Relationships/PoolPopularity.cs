using System.Collections.Generic;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// <c>[Popularity(s)]</c> on a link that picks (a reference, a collection with no reference back that is not the
/// owner, the drawing side of a many-to-many): its picks follow Zipf's law with exponent s instead of being uniform.
/// The exponent must be finite and not negative, and the reference must be a pick: a row made per parent
/// (its owner) has no parent to choose.
/// </summary>
internal static class PoolPopularity
{
    /// <summary>The reference's exponent (0 for uniform); a declared exponent out of range is a problem and uniform.</summary>
    public static double Of(string child, NavigationModel reference, List<DataSetProblem> problems)
    {
        if (reference.Popularity is not { } declared) return 0;
        if (Why(declared) is { } why)
        {
            problems.Add(new DataSetProblem($"{child}.{reference.Name}: {why}", child, ProblemSite.On(reference.Name, declared.Declared)));
            return 0;
        }
        return declared.Value;
    }

    /// <summary>Why a declared exponent cannot be used, or null.</summary>
    public static string? Why(DeclaredNumber declared)
        => double.IsNaN(declared.Value) || double.IsInfinity(declared.Value) || declared.Value < 0
            ? $"{declared.Declared} needs a finite Zipf exponent of 0 or more (0 is uniform, 1 is classic Zipf)."
            : null;

    /// <summary>
    /// The owner link without the popularity of a collection with no reference back that makes the rows rather than
    /// picks them: that <c>[Popularity]</c> has nothing to choose, and is ignored (the analyzer tells it, CF0008).
    /// </summary>
    public static LinkPlan? IgnoredOnOwningCollection(LinkPlan? owner)
        => owner is { Reference: null, Popularity: > 0 } ? owner with { Popularity = 0 } : owner;

    /// <summary>A problem when the link that owns a table's rows declares a popularity, which it cannot follow.</summary>
    public static void CheckOwner(TablePlan table, List<DataSetProblem> problems)
    {
        if (table.Owner is { Popularity: > 0 } owner)
            problems.Add(DataSetProblem.At(table.Entity, owner.Reference, $"[Popularity] on {table.Entity}.{owner.Reference} has nothing to choose: {table.Entity} rows are made per {owner.Parent} row ({owner.Source}); put it on a reference whose parent is picked from a pool."));
    }
}
