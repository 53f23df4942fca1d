using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Planning.Linear;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>
/// Reads an <c>[Invariant]</c> expression with Roslyn's own parser into linear inequalities over the
/// entity's members. Whatever falls outside the supported language becomes a problem naming the part.
/// </summary>
internal sealed class InvariantParser
{
    private readonly IReadOnlyDictionary<string, Quantity> _members;
    private readonly string _source;

    private InvariantParser(IReadOnlyDictionary<string, Quantity> members, string source)
    {
        _members = members;
        _source = source;
    }

    /// <summary>The inequalities the expression means, or the reason it cannot be read.</summary>
    public static (IReadOnlyList<DeclaredInequality> Inequalities, string? Problem) Parse(string expression, string source, IReadOnlyDictionary<string, Quantity> members)
    {
        var syntax = Expressions.Parse(expression);
        if (syntax.ContainsDiagnostics || syntax.FullSpan.Length != expression.Length)
            return (Array.Empty<DeclaredInequality>(), $"\"{expression}\" is not a C# expression.");
        var parser = new InvariantParser(members, source);
        var inequalities = new List<DeclaredInequality>();
        try
        {
            parser.Conjunction(syntax, inequalities);
            return (inequalities, null);
        }
        catch (UnsupportedException unsupported)
        {
            return (Array.Empty<DeclaredInequality>(), unsupported.Message);
        }
    }

    private void Conjunction(ExpressionSyntax syntax, List<DeclaredInequality> into)
    {
        switch (Unwrap(syntax))
        {
            case BinaryExpressionSyntax conjunction when conjunction.IsKind(SyntaxKind.LogicalAndExpression):
                Conjunction(conjunction.Left, into);
                Conjunction(conjunction.Right, into);
                break;
            case BinaryExpressionSyntax comparison when IsComparison(comparison.Kind()):
                Comparison(comparison, into);
                break;
            case var other:
                throw new UnsupportedException($"'{other}' is not a comparison; an invariant is comparisons joined by &&" +
                    (other.IsKind(SyntaxKind.LogicalOrExpression) ? " (|| is not supported yet)." : "."));
        }
    }

    /// <summary>
    /// The inequalities that <c>left kind right</c> means (<c>==</c> gives two), or null when it is outside the
    /// linear language; <c>!=</c> is not linear (it is a disjunction) and gives null too.
    /// </summary>
    public static IReadOnlyList<DeclaredInequality>? Comparison(ExpressionSyntax left, SyntaxKind kind, ExpressionSyntax right, string source, IReadOnlyDictionary<string, Quantity> members)
    {
        var into = new List<DeclaredInequality>();
        try
        {
            new InvariantParser(members, source).Comparison(left, kind, right, $"{left} {SyntaxFacts.GetText(OperatorOf(kind))} {right}", into);
            return into;
        }
        catch (UnsupportedException)
        {
            return null;
        }
    }

    private void Comparison(BinaryExpressionSyntax comparison, List<DeclaredInequality> into)
        => Comparison(comparison.Left, comparison.Kind(), comparison.Right, comparison.ToString(), into);

    private void Comparison(ExpressionSyntax leftSyntax, SyntaxKind kind, ExpressionSyntax rightSyntax, string written, List<DeclaredInequality> into)
    {
        var left = Linear(leftSyntax);
        var right = Linear(rightSyntax);
        if (left.Quantity != right.Quantity)
            throw new UnsupportedException($"'{written}' compares {Describe(left.Quantity)} with {Describe(right.Quantity)}.");
        // Everything is moved to one side: left - right compared with zero.
        var difference = left.Plus(right.Negated(), left.Quantity);
        switch (kind)
        {
            case SyntaxKind.LessThanExpression:
                into.Add(new DeclaredInequality(difference, true, _source));
                break;
            case SyntaxKind.LessThanOrEqualExpression:
                into.Add(new DeclaredInequality(difference, false, _source));
                break;
            case SyntaxKind.GreaterThanExpression:
                into.Add(new DeclaredInequality(difference.Negated(), true, _source));
                break;
            case SyntaxKind.GreaterThanOrEqualExpression:
                into.Add(new DeclaredInequality(difference.Negated(), false, _source));
                break;
            case SyntaxKind.EqualsExpression:
                into.Add(new DeclaredInequality(difference, false, _source));
                into.Add(new DeclaredInequality(difference.Negated(), false, _source));
                break;
            default:
                throw new UnsupportedException($"'{SyntaxFacts.GetText(OperatorOf(kind))}' in '{written}' is not supported yet.");
        }
    }

    private static SyntaxKind OperatorOf(SyntaxKind comparison) => comparison switch
    {
        SyntaxKind.LessThanExpression => SyntaxKind.LessThanToken,
        SyntaxKind.LessThanOrEqualExpression => SyntaxKind.LessThanEqualsToken,
        SyntaxKind.GreaterThanExpression => SyntaxKind.GreaterThanToken,
        SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.GreaterThanEqualsToken,
        SyntaxKind.EqualsExpression => SyntaxKind.EqualsEqualsToken,
        _ => SyntaxKind.ExclamationEqualsToken,
    };

    private LinearForm Linear(ExpressionSyntax syntax)
    {
        switch (Unwrap(syntax))
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                return LinearForm.Of(Number(literal), Quantity.Number);
            case IdentifierNameSyntax name:
                var member = name.Identifier.ValueText;
                if (!_members.TryGetValue(member, out var quantity))
                    throw new UnsupportedException($"'{member}' is not a date, time or number member of the entity.");
                return LinearForm.Member(member, quantity);
            case PrefixUnaryExpressionSyntax negation when negation.IsKind(SyntaxKind.UnaryMinusExpression):
                return Linear(negation.Operand).Negated();
            case BinaryExpressionSyntax sum when sum.IsKind(SyntaxKind.AddExpression) || sum.IsKind(SyntaxKind.SubtractExpression):
                return Sum(sum);
            case BinaryExpressionSyntax product when product.IsKind(SyntaxKind.MultiplyExpression):
                return Product(product);
            case BinaryExpressionSyntax quotient when quotient.IsKind(SyntaxKind.DivideExpression):
                var divisor = Linear(quotient.Right);
                if (!divisor.IsConstant || divisor.Quantity != Quantity.Number || divisor.Constant.IsZero)
                    throw new UnsupportedException($"'{quotient}' divides by something other than a non-zero number.");
                return Linear(quotient.Left).Times(Rational.One / divisor.Constant);
            case InvocationExpressionSyntax call:
                return Call(call);
            case ObjectCreationExpressionSyntax creation:
                return Creation(creation);
            case MemberAccessExpressionSyntax path:
                throw new UnsupportedException($"'{path}' is not a date, time or number member of a parent reached through a reference navigation.");
            case var other:
                throw new UnsupportedException($"'{other}' is outside the supported language (members, numbers, + - * /, AddDays & co., new DateTime(...)).");
        }
    }

    private LinearForm Sum(BinaryExpressionSyntax sum)
    {
        var left = Linear(sum.Left);
        var right = Linear(sum.Right);
        var adding = sum.IsKind(SyntaxKind.AddExpression);
        var quantity = (left.Quantity, right.Quantity, adding) switch
        {
            (Quantity.Number, Quantity.Number, _) => Quantity.Number,
            (Quantity.Instant, Quantity.Duration, _) => Quantity.Instant,
            (Quantity.Duration, Quantity.Instant, true) => Quantity.Instant,
            (Quantity.Instant, Quantity.Instant, false) => Quantity.Duration,
            (Quantity.Duration, Quantity.Duration, _) => Quantity.Duration,
            _ => throw new UnsupportedException($"'{sum}' {(adding ? "adds" : "subtracts")} {Describe(right.Quantity)} {(adding ? "to" : "from")} {Describe(left.Quantity)}."),
        };
        return left.Plus(adding ? right : right.Negated(), quantity);
    }

    private LinearForm Product(BinaryExpressionSyntax product)
    {
        var left = Linear(product.Left);
        var right = Linear(product.Right);
        if (left.IsConstant && left.Quantity == Quantity.Number) return right.Times(left.Constant);
        if (right.IsConstant && right.Quantity == Quantity.Number) return left.Times(right.Constant);
        throw new UnsupportedException($"'{product}' multiplies two members; an invariant must be linear (use [Computed] for products).");
    }

    private static readonly Dictionary<string, long> TicksPer = new(StringComparer.Ordinal)
    {
        ["Days"] = TimeSpan.TicksPerDay,
        ["Hours"] = TimeSpan.TicksPerHour,
        ["Minutes"] = TimeSpan.TicksPerMinute,
        ["Seconds"] = TimeSpan.TicksPerSecond,
    };

    private LinearForm Call(InvocationExpressionSyntax call)
    {
        if (call.Expression is not MemberAccessExpressionSyntax access || call.ArgumentList.Arguments.Count != 1)
            throw new UnsupportedException($"'{call}' is not a supported call (x.AddDays(c), TimeSpan.FromDays(c), ...).");
        var method = access.Name.Identifier.ValueText;
        var argument = Linear(call.ArgumentList.Arguments[0].Expression);
        if (!argument.IsConstant || argument.Quantity != Quantity.Number)
            throw new UnsupportedException($"'{call}' takes a constant number; '{call.ArgumentList.Arguments[0]}' is not one.");
        if (access.Expression is IdentifierNameSyntax { Identifier.ValueText: "TimeSpan" } && method.StartsWith("From") && TicksPer.TryGetValue(method.Substring(4), out var unit))
            return LinearForm.Of(argument.Constant * Rational.Of(unit), Quantity.Duration);
        if (method.StartsWith("Add") && TicksPer.TryGetValue(method.Substring(3), out var step))
        {
            var instant = Linear(access.Expression);
            if (instant.Quantity != Quantity.Instant) throw new UnsupportedException($"'{call}' adds time to {Describe(instant.Quantity)}.");
            return instant.Plus(LinearForm.Of(argument.Constant * Rational.Of(step), Quantity.Duration), Quantity.Instant);
        }
        throw new UnsupportedException($"'{call}' is not a supported call (x.AddDays(c), AddHours, AddMinutes, AddSeconds, TimeSpan.FromDays(c), ...).");
    }

    private static LinearForm Creation(ObjectCreationExpressionSyntax creation)
    {
        var type = creation.Type.ToString().Replace("global::", "").Replace("System.", "");
        var arguments = creation.ArgumentList?.Arguments.Select(a => a.Expression is LiteralExpressionSyntax l && l.Token.Value is int i ? i : -1).ToArray() ?? Array.Empty<int>();
        if (type is "DateTime" or "DateOnly" && arguments.Length is 3 or 6 && arguments.All(a => a >= 0))
        {
            try
            {
                var at = arguments.Length == 3
                    ? new DateTime(arguments[0], arguments[1], arguments[2])
                    : new DateTime(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4], arguments[5]);
                return LinearForm.Of(Rational.Of(at.Ticks), Quantity.Instant);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new UnsupportedException($"'{creation}' is not a valid date.");
            }
        }
        throw new UnsupportedException($"'{creation}' is not supported; write new DateTime(year, month, day) or with hour, minute, second, all as integer literals.");
    }

    private static Rational Number(LiteralExpressionSyntax literal) => literal.Token.Value switch
    {
        int i => Rational.Of(i),
        long l => Rational.Of(l),
        uint u => Rational.Of(u),
        decimal d => Rational.Of(d),
        double d when Rational.TryParse(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture), out var r) => r,
        float f when Rational.TryParse(((decimal)f).ToString(System.Globalization.CultureInfo.InvariantCulture), out var r) => r,
        _ => throw new UnsupportedException($"'{literal}' is not a number this planner reads."),
    };

    private static ExpressionSyntax Unwrap(ExpressionSyntax syntax)
    {
        while (syntax is ParenthesizedExpressionSyntax parenthesized) syntax = parenthesized.Expression;
        return syntax;
    }

    public static bool IsComparison(SyntaxKind kind) => kind is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression
        or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;

    private static string Describe(Quantity quantity) => quantity switch
    {
        Quantity.Instant => "a date or time",
        Quantity.Duration => "a duration",
        _ => "a number",
    };

    private sealed class UnsupportedException : Exception
    {
        public UnsupportedException(string message) : base(message) { }
    }
}
