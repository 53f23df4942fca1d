using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// Counts the rows of <see cref="ConstrainedContract"/> that break each declared constraint: every
/// <c>[Invariant]</c> on the class, every validation attribute on a member (<c>[Range]</c> compared exactly
/// in the member's own type, <c>[MaxLength]</c>, <c>[EmailAddress]</c>, <c>[AllowedValues]</c>), 2 decimals
/// on money, and distinct keys. The checks are read from the attributes, so a constraint added to the entity
/// cannot go unchecked: an invariant without a check here makes the run fail.
/// </summary>
public static class ConstraintCheck
{
    /// <summary>Each invariant's meaning in C#, keyed by the text of its attribute.</summary>
    private static readonly Dictionary<string, Func<ConstrainedContract, bool>> Invariants = new()
    {
        ["Value <= 0.5m * AnnualRevenue"] = c => c.Value <= 0.5m * c.AnnualRevenue,
        ["Discount <= 0.3m * Value"] = c => c.Discount <= 0.3m * c.Value,
        ["End >= Start.AddDays(30) && End <= Start.AddDays(1095)"] = c => c.End >= c.Start.AddDays(30) && c.End <= c.Start.AddDays(1095),
    };

    /// <summary>The checks, in a stable order: invariants first, then members in declaration order.</summary>
    public static IReadOnlyList<(string Name, Func<ConstrainedContract, bool> Holds)> Checks { get; } = Read();

    /// <summary>The name of the check that keys are distinct (counted over all rows, not per row).</summary>
    public const string DistinctKeys = "Id [Key]: distinct";

    /// <summary>For each check (and <see cref="DistinctKeys"/> last), how many of <paramref name="rows"/> break it.</summary>
    /// <param name="rows">The rows.</param>
    public static int[] Violations(IReadOnlyList<ConstrainedContract> rows)
    {
        var counts = new int[Checks.Count + 1];
        foreach (var row in rows)
        {
            for (var i = 0; i < Checks.Count; i++)
            {
                if (!Checks[i].Holds(row)) counts[i]++;
            }
        }
        counts[^1] = rows.Count - rows.Select(r => r.Id).Distinct().Count();
        return counts;
    }

    private static List<(string, Func<ConstrainedContract, bool>)> Read()
    {
        var checks = new List<(string, Func<ConstrainedContract, bool>)>();
        foreach (var invariant in typeof(ConstrainedContract).GetCustomAttributes<InvariantAttribute>())
        {
            if (!Invariants.TryGetValue(invariant.Expression, out var holds))
                throw new InvalidOperationException($"No check for [Invariant(\"{invariant.Expression}\")]: add one to {nameof(ConstraintCheck)}.");
            checks.Add(($"[Invariant(\"{invariant.Expression}\")]", holds));
        }
        foreach (var property in typeof(ConstrainedContract).GetProperties().OrderBy(p => p.MetadataToken))
        {
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                checks.Add(attribute switch
                {
                    RangeAttribute range => RangeCheck(property, range),
                    _ => ($"{property.Name} [{attribute.GetType().Name.Replace("Attribute", "")}]", c => attribute.IsValid(property.GetValue(c))),
                });
            }
            if (property.PropertyType == typeof(decimal))
                checks.Add(($"{property.Name}: 2 decimals", c => (decimal)property.GetValue(c)! is var d && decimal.Round(d, 2) == d));
        }
        return checks;
    }

    /// <summary>A [Range] compared in the member's own type (RangeAttribute.IsValid would convert a decimal to int).</summary>
    private static (string, Func<ConstrainedContract, bool>) RangeCheck(PropertyInfo property, RangeAttribute range)
    {
        var name = $"{property.Name} [Range({range.Minimum}, {range.Maximum})]";
        if (property.PropertyType == typeof(decimal))
        {
            var (min, max) = (Convert.ToDecimal(range.Minimum, CultureInfo.InvariantCulture), Convert.ToDecimal(range.Maximum, CultureInfo.InvariantCulture));
            return (name, c => (decimal)property.GetValue(c)! is var v && v >= min && v <= max);
        }
        if (property.PropertyType == typeof(DateTime))
        {
            var (min, max) = (DateTime.Parse((string)range.Minimum, CultureInfo.InvariantCulture), DateTime.Parse((string)range.Maximum, CultureInfo.InvariantCulture));
            return (name, c => (DateTime)property.GetValue(c)! is var v && v >= min && v <= max);
        }
        throw new InvalidOperationException($"No range check for {property.PropertyType.Name} ({property.Name}).");
    }
}
