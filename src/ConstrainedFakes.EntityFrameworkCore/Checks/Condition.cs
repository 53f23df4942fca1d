using ConstrainedFakes.Generator.Planning.Linear;

namespace ConstrainedFakes.EntityFrameworkCore.Checks;

/// <summary>What a linear sum measures: comparisons and sums must agree on it (no date compared with a number).</summary>
internal enum Quantity { Number, Instant, Duration }

/// <summary>
/// Σ coefficient × member + constant over one entity's members, in the faker's units: numbers as they are,
/// dates, times and durations in ticks.
/// </summary>
internal sealed record LinearSum(IReadOnlyDictionary<string, Rational> Terms, Rational Constant, Quantity Quantity)
{
    public static LinearSum Member(string name, Quantity quantity) => new(new Dictionary<string, Rational> { [name] = Rational.One }, Rational.Zero, quantity);

    public static LinearSum Of(Rational constant, Quantity quantity) => new(new Dictionary<string, Rational>(), constant, quantity);

    public bool IsConstant => Terms.Count == 0;

    public LinearSum Plus(LinearSum other, Quantity quantity)
    {
        var terms = new Dictionary<string, Rational>(Terms);
        foreach (var (member, coefficient) in other.Terms)
        {
            var sum = terms.GetValueOrDefault(member, Rational.Zero) + coefficient;
            if (sum.IsZero) terms.Remove(member);
            else terms[member] = sum;
        }
        return new LinearSum(terms, Constant + other.Constant, quantity);
    }

    public LinearSum Times(Rational factor) => factor.IsZero
        ? Of(Rational.Zero, Quantity)
        : new(Terms.ToDictionary(t => t.Key, t => t.Value * factor), Constant * factor, Quantity);

    public LinearSum Negated() => Times(-Rational.One);
}

/// <summary>A comparison operator, as SQL writes it.</summary>
internal enum Comparator { Less, LessOrEqual, Greater, GreaterOrEqual, Equal, NotEqual }

/// <summary>A boolean over one entity's members that a CHECK constraint can state.</summary>
internal abstract record Condition
{
    /// <summary>The members it reads, for the null guards.</summary>
    public abstract IEnumerable<string> Members { get; }
}

/// <summary><c>Difference ⋈ 0</c>, with <c>Difference</c> linear over numbers, dates, times or durations.</summary>
internal sealed record Comparison(LinearSum Difference, Comparator Comparator) : Condition
{
    public override IEnumerable<string> Members => Difference.Terms.Keys;
}

/// <summary>A member with a finite domain (enum, string, bool) equal (or not) to a value, compared as stored.</summary>
internal sealed record Equality(string Member, object Value, bool Equal) : Condition
{
    public override IEnumerable<string> Members => [Member];
}

/// <summary>Two members with a finite domain equal (or not).</summary>
internal sealed record MemberEquality(string Left, string Right, bool Equal) : Condition
{
    public override IEnumerable<string> Members => [Left, Right];
}

/// <summary>A <c>bool</c> member that is true.</summary>
internal sealed record Truth(string Member) : Condition
{
    public override IEnumerable<string> Members => [Member];
}

internal sealed record Constant(bool Value) : Condition
{
    public override IEnumerable<string> Members => [];
}

internal sealed record Not(Condition Operand) : Condition
{
    public override IEnumerable<string> Members => Operand.Members;
}

/// <summary><c>&amp;&amp;</c> (<paramref name="Conjunction"/>) or <c>||</c> of two conditions.</summary>
internal sealed record Junction(bool Conjunction, Condition Left, Condition Right) : Condition
{
    public override IEnumerable<string> Members => Left.Members.Concat(Right.Members);
}
