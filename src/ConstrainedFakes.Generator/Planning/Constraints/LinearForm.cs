using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Planning.Linear;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>What a linear form measures: plain numbers, instants (in ticks) or durations (in ticks).</summary>
internal enum Quantity
{
    Number,
    Instant,
    Duration,
}

/// <summary>Σ cᵢ·memberᵢ + constant, over members of one entity, with the quantity it measures.</summary>
internal sealed class LinearForm
{
    public LinearForm(IReadOnlyDictionary<string, Rational> terms, Rational constant, Quantity quantity)
    {
        Terms = terms;
        Constant = constant;
        Quantity = quantity;
    }

    public IReadOnlyDictionary<string, Rational> Terms { get; }

    public Rational Constant { get; }

    public Quantity Quantity { get; }

    public bool IsConstant => Terms.Values.All(c => c.IsZero);

    public static LinearForm Of(Rational constant, Quantity quantity) => new(new Dictionary<string, Rational>(), constant, quantity);

    public static LinearForm Member(string name, Quantity quantity) => new(new Dictionary<string, Rational> { [name] = Rational.One }, Rational.Zero, quantity);

    public LinearForm Plus(LinearForm other, Quantity quantity)
    {
        var terms = new Dictionary<string, Rational>(Terms.ToDictionary(t => t.Key, t => t.Value));
        foreach (var term in other.Terms) terms[term.Key] = (terms.TryGetValue(term.Key, out var c) ? c : Rational.Zero) + term.Value;
        return new LinearForm(terms, Constant + other.Constant, quantity);
    }

    public LinearForm Times(Rational factor)
        => new(Terms.ToDictionary(t => t.Key, t => t.Value * factor), Constant * factor, Quantity);

    public LinearForm Negated() => Times(-Rational.One);
}

/// <summary>
/// A declared constraint in the form Σ cᵢ·memberᵢ + constant ≤ 0 (or &lt; 0 when <paramref name="IsStrict"/>),
/// with the attribute it came from.
/// </summary>
internal sealed record DeclaredInequality(LinearForm Form, bool IsStrict, string Source);
