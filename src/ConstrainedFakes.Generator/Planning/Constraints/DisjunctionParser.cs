using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>
/// One case of a disjunction: categorical conditions and linear inequalities that all hold in it.
/// </summary>
/// <param name="Guards">C# conditions over categorical members only (enums, <c>[AllowedValues]</c> strings, bools).</param>
/// <param name="Inequalities">Linear inequalities over numbers, dates and times.</param>
/// <param name="Null">A nullable member that is null in this case (a constraint on it holds vacuously then), or null.</param>
internal sealed record Disjunct(IReadOnlyList<string> Guards, IReadOnlyList<DeclaredInequality> Inequalities, string? Null = null)
{
    /// <summary>A case that bounds no number: it holds or not by the row's categories and nulls alone.</summary>
    public bool IsPure => Inequalities.Count == 0;
}

/// <summary>At least one of <paramref name="Cases"/> holds; <paramref name="Source"/> is the invariant it comes from.</summary>
/// <param name="Cases">The cases.</param>
/// <param name="Source">The invariant, as written.</param>
internal sealed record Disjunction(IReadOnlyList<Disjunct> Cases, string Source);

/// <summary>
/// Reads an invariant that is not a plain conjunction of linear comparisons (<c>MonthlyIncome &gt; 0m ||
/// RequestedAmount &lt;= 5000m</c>, <c>Tier == Tier.Gold || Rate &lt;= 0.15m</c>, <c>!(A) || B</c>) as a
/// conjunction of disjunctions whose cases are linear inequalities and categorical conditions. Negations
/// are pushed down to the comparisons (<c>!(x &lt;= 5)</c> is <c>x &gt; 5</c>, <c>x != 5</c> is
/// <c>x &lt; 5 || x &gt; 5</c>), <c>&amp;&amp;</c> inside a case is distributed. The planner then solves
/// each choice of cases as an ordinary linear system (<see cref="LinearPlanner"/>).
/// </summary>
internal sealed class DisjunctionParser
{
    /// <summary>More cases than this in one invariant leave it a checked invariant.</summary>
    public const int MaxCases = 16;

    private readonly IReadOnlyDictionary<string, Quantity> _quantities;
    private readonly IReadOnlyCollection<string> _categorical;
    private readonly string _source;

    private DisjunctionParser(IReadOnlyDictionary<string, Quantity> quantities, IReadOnlyCollection<string> categorical, string source)
    {
        _quantities = quantities;
        _categorical = categorical;
        _source = source;
    }

    /// <summary>
    /// The disjunctions the expression means (its top-level <c>&amp;&amp;</c> split), or null when some part is
    /// outside linear comparisons and categorical conditions, or there would be too many cases.
    /// </summary>
    /// <param name="expression">The invariant, enum values already fully qualified.</param>
    /// <param name="source">The attribute, as written.</param>
    /// <param name="quantities">The entity's numbers, dates and times, with what they measure.</param>
    /// <param name="categorical">The entity's members with a finite domain of values.</param>
    public static IReadOnlyList<Disjunction>? Parse(string expression, string source, IReadOnlyDictionary<string, Quantity> quantities, IReadOnlyCollection<string> categorical)
    {
        var syntax = Expressions.Parse(expression);
        if (syntax.ContainsDiagnostics) return null;
        var parser = new DisjunctionParser(quantities, categorical, source);
        var disjunctions = new List<Disjunction>();
        return parser.Conjuncts(syntax, negated: false, disjunctions) ? disjunctions : null;
    }

    /// <summary>Splits the top-level conjunction: each conjunct is a disjunction of its own.</summary>
    private bool Conjuncts(ExpressionSyntax syntax, bool negated, List<Disjunction> into)
    {
        switch (syntax)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Conjuncts(parenthesized.Expression, negated, into);
            case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                return Conjuncts(not.Operand, !negated, into);
            case BinaryExpressionSyntax both when IsConjunction(both, negated):
                return Conjuncts(both.Left, negated, into) && Conjuncts(both.Right, negated, into);
            default:
                var cases = Cases(syntax, negated);
                if (cases is null) return false;
                into.Add(new Disjunction(cases, _source));
                return true;
        }
    }

    /// <summary>The expression (negated or not) in disjunctive normal form; null when outside the language.</summary>
    private List<Disjunct>? Cases(ExpressionSyntax syntax, bool negated)
    {
        switch (syntax)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Cases(parenthesized.Expression, negated);
            case var _ when IsCategorical(syntax):
                var text = syntax.ToString();
                return new List<Disjunct> { new(new[] { negated ? $"!({text})" : $"({text})" }, System.Array.Empty<DeclaredInequality>()) };
            case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                return Cases(not.Operand, !negated);
            case BinaryExpressionSyntax logical when logical.Kind() is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression:
                var left = Cases(logical.Left, negated);
                var right = left is null ? null : Cases(logical.Right, negated);
                if (left is null || right is null) return null;
                var combined = IsConjunction(logical, negated)
                    ? left.SelectMany(l => right.Select(r => new Disjunct(l.Guards.Concat(r.Guards).ToList(), l.Inequalities.Concat(r.Inequalities).ToList()))).ToList()
                    : left.Concat(right).ToList();
                return combined.Count <= MaxCases ? combined : null;
            case BinaryExpressionSyntax comparison when InvariantParser.IsComparison(comparison.Kind()):
                return Comparison(comparison, negated);
            default:
                return null;
        }
    }

    /// <summary>A linear comparison, negated by flipping it; <c>!=</c> is the two strict sides.</summary>
    private List<Disjunct>? Comparison(BinaryExpressionSyntax comparison, bool negated)
    {
        var kind = negated ? Negation(comparison.Kind()) : comparison.Kind();
        var sides = kind == SyntaxKind.NotEqualsExpression
            ? new[] { SyntaxKind.LessThanExpression, SyntaxKind.GreaterThanExpression }
            : new[] { kind };
        var cases = new List<Disjunct>();
        foreach (var side in sides)
        {
            var inequalities = InvariantParser.Comparison(comparison.Left, side, comparison.Right, _source, _quantities);
            if (inequalities is null) return null;
            cases.Add(new Disjunct(System.Array.Empty<string>(), inequalities));
        }
        return cases;
    }

    private static SyntaxKind Negation(SyntaxKind comparison) => comparison switch
    {
        SyntaxKind.LessThanExpression => SyntaxKind.GreaterThanOrEqualExpression,
        SyntaxKind.LessThanOrEqualExpression => SyntaxKind.GreaterThanExpression,
        SyntaxKind.GreaterThanExpression => SyntaxKind.LessThanOrEqualExpression,
        SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.LessThanExpression,
        SyntaxKind.EqualsExpression => SyntaxKind.NotEqualsExpression,
        _ => SyntaxKind.EqualsExpression,
    };

    /// <summary><c>a &amp;&amp; b</c>, or <c>!(a || b)</c> read as <c>!a &amp;&amp; !b</c>.</summary>
    private static bool IsConjunction(BinaryExpressionSyntax logical, bool negated)
        => logical.IsKind(negated ? SyntaxKind.LogicalOrExpression : SyntaxKind.LogicalAndExpression);

    /// <summary>
    /// Whether the expression reads only categorical members, through the forms the categorical evaluator
    /// knows (<c>==</c>, <c>!=</c>, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>, enum values, strings, booleans).
    /// </summary>
    private bool IsCategorical(ExpressionSyntax syntax)
    {
        var members = 0;
        foreach (var node in syntax.DescendantNodesAndSelf())
        {
            switch (node)
            {
                // An enum value (Tier.Gold, global::Shop.Tier.Gold); the type checker tells whether it is one.
                case IdentifierNameSyntax name when name.Parent is MemberAccessExpressionSyntax or AliasQualifiedNameSyntax:
                    continue;
                case IdentifierNameSyntax name when _categorical.Contains(name.Identifier.ValueText):
                    members++;
                    continue;
                case IdentifierNameSyntax:
                    return false;
                case MemberAccessExpressionSyntax or AliasQualifiedNameSyntax or ParenthesizedExpressionSyntax:
                    continue;
                case LiteralExpressionSyntax literal when literal.Kind() is SyntaxKind.StringLiteralExpression or SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression:
                    continue;
                case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                    continue;
                case BinaryExpressionSyntax binary when binary.Kind() is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression or SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression:
                    continue;
                default:
                    return false;
            }
        }
        return members > 0;
    }
}
