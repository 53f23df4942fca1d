using System;
using System.Collections.Generic;
using System.Linq;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>
/// The branches of an entity's linear plan: every choice of one case per disjunction, the categorical guard and
/// the nulls under which a row may take each, and the "is null" cases that make a constraint on a nullable
/// member hold vacuously.
/// </summary>
internal static class Branching
{
    /// <summary>Every choice of one case per disjunction (one empty choice when there are none), in a stable order.</summary>
    public static IEnumerable<List<(Disjunction Disjunction, Disjunct Case)>> Choices(IReadOnlyList<Disjunction> disjunctions)
    {
        IEnumerable<List<(Disjunction, Disjunct)>> choices = new[] { new List<(Disjunction, Disjunct)>() };
        foreach (var disjunction in disjunctions)
            choices = choices.SelectMany(choice => disjunction.Cases.Select(c => choice.Append((disjunction, c)).ToList())).ToList();
        return choices;
    }

    /// <summary>
    /// When a row may take a choice of cases: the chosen cases' categorical conditions hold, and no disjunction
    /// whose chosen case bounds numbers is already met by a case of categories alone (a Gold row of
    /// <c>Tier == Tier.Gold || Rate &lt;= 0.15m</c> is not held to the bound, so its rates are not skewed).
    /// </summary>
    public static string Guard(IReadOnlyList<(Disjunction Disjunction, Disjunct Case)> choice)
    {
        var parts = new List<string>();
        foreach (var (disjunction, chosen) in choice)
        {
            parts.AddRange(chosen.Guards);
            if (chosen.IsPure) continue;
            parts.AddRange(disjunction.Cases.Where(c => c.IsPure && c.Guards.Count > 0).Select(c => $"!({string.Join(" && ", c.Guards)})"));
        }
        return parts.Count == 0 ? "true" : string.Join(" && ", parts.Distinct());
    }

    /// <summary>
    /// The nullable members (bits, in <paramref name="nullable"/>'s order) a choice needs null, and those it needs
    /// with a value: a chosen null case needs its member null; a chosen linear case needs the members of its
    /// disjunction's null cases to have values (a null member is not held to a bound).
    /// </summary>
    public static (int Null, int Value) NullPattern(IReadOnlyList<(Disjunction Disjunction, Disjunct Case)> choice, List<string> nullable)
    {
        int Bit(string member) => 1 << nullable.IndexOf(member);
        var (isNull, hasValue) = (0, 0);
        foreach (var (disjunction, chosen) in choice)
        {
            if (chosen.Null is { } member) isNull |= Bit(member);
            if (chosen.IsPure) continue;
            foreach (var other in disjunction.Cases.Select(c => c.Null).OfType<string>()) hasValue |= Bit(other);
        }
        return (isNull, hasValue);
    }

    /// <summary>The disjunction with one more case for each nullable member its inequalities read: that member is null.</summary>
    public static Disjunction WithNullCases(Disjunction disjunction, Func<string, bool> canBeNull)
    {
        var members = disjunction.Cases.SelectMany(c => c.Inequalities).SelectMany(i => i.Form.Terms.Where(t => !t.Value.IsZero).Select(t => t.Key))
            .Where(canBeNull).Distinct().OrderBy(m => m, StringComparer.Ordinal).ToList();
        return members.Count == 0 ? disjunction
            : disjunction with { Cases = disjunction.Cases.Concat(members.Select(m => new Disjunct(Array.Empty<string>(), Array.Empty<DeclaredInequality>(), m))).ToList() };
    }
}
