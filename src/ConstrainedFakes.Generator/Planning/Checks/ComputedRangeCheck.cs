using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// CF0012: interval arithmetic over a <c>[Computed]</c> expression, each input within its own bounds. When
/// the whole interval misses the member's declared range, no row can ever meet it: the builder would
/// redraw until it gives up, so say so while the attribute is typed.
/// </summary>
internal static class ComputedRangeCheck
{
    public static IEnumerable<Finding> Check(EntityModel entity, EntityPlan plan)
    {
        var byName = plan.Members.ToDictionary(m => m.Name);
        foreach (var member in plan.Members)
        {
            if (member.Sampler is not ComputedSampler { Range: { } range } computed) continue;
            if (Evaluate(computed.Expression, byName, depth: 0) is not { } interval) continue;
            var (min, max) = (Value(range.Minimum, range.Scale), Value(range.Maximum, range.Scale));
            var slack = 1e-9 * Math.Max(1, Math.Max(Math.Abs(min), Math.Abs(max)));
            if (interval.Max >= min - slack && interval.Min <= max + slack) continue;
            var model = entity.Members.First(m => m.Name == member.Name);
            yield return new Finding(DiagnosticIds.ComputedRange,
                $"{member.Name}: whatever its inputs, {computed.Expression} lies in [{Format(interval.Min)}, {Format(interval.Max)}], outside its declared {model.Range?.Declared}.",
                ProblemSite.OnMember(member.Name, model.Range?.Declared, model.Computed?.Declared));
        }
    }

    private sealed record Interval(double Min, double Max)
    {
        public static Interval Of(double a, double b, double c, double d)
            => new(Math.Min(Math.Min(a, b), Math.Min(c, d)), Math.Max(Math.Max(a, b), Math.Max(c, d)));
    }

    /// <summary>The expression's interval, or null when some part is not understood (then nothing is claimed).</summary>
    private static Interval? Evaluate(string expression, IReadOnlyDictionary<string, MemberPlan> members, int depth)
    {
        if (depth > 8) return null;
        Interval? Eval(ExpressionSyntax syntax)
        {
            switch (syntax)
            {
                case ParenthesizedExpressionSyntax p:
                    return Eval(p.Expression);
                case LiteralExpressionSyntax { Token.Value: var value } when value is int or long or decimal or double or float:
                    var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    return new Interval(number, number);
                case IdentifierNameSyntax name when members.TryGetValue(name.Identifier.ValueText, out var input):
                    return Bounds(input.Sampler, members, depth);
                case PrefixUnaryExpressionSyntax minus when minus.IsKind(SyntaxKind.UnaryMinusExpression):
                    return Eval(minus.Operand) is { } negated ? new Interval(-negated.Max, -negated.Min) : null;
                case BinaryExpressionSyntax binary:
                    if (Eval(binary.Left) is not { } l || Eval(binary.Right) is not { } r) return null;
                    return binary.Kind() switch
                    {
                        SyntaxKind.AddExpression => new Interval(l.Min + r.Min, l.Max + r.Max),
                        SyntaxKind.SubtractExpression => new Interval(l.Min - r.Max, l.Max - r.Min),
                        SyntaxKind.MultiplyExpression => Interval.Of(l.Min * r.Min, l.Min * r.Max, l.Max * r.Min, l.Max * r.Max),
                        SyntaxKind.DivideExpression when r.Min > 0 || r.Max < 0 => Interval.Of(l.Min / r.Min, l.Min / r.Max, l.Max / r.Min, l.Max / r.Max),
                        _ => null,
                    };
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Math" } } access } call:
                    var arguments = call.ArgumentList.Arguments.Select(a => Eval(a.Expression)).ToList();
                    if (arguments.Count == 0 || arguments.Any(a => a is null)) return null;
                    var first = arguments[0]!;
                    return (access.Name.Identifier.ValueText, arguments.Count) switch
                    {
                        ("Min", 2) => new Interval(Math.Min(first.Min, arguments[1]!.Min), Math.Min(first.Max, arguments[1]!.Max)),
                        ("Max", 2) => new Interval(Math.Max(first.Min, arguments[1]!.Min), Math.Max(first.Max, arguments[1]!.Max)),
                        ("Abs", 1) => first.Min >= 0 ? first : first.Max <= 0 ? new Interval(-first.Max, -first.Min) : new Interval(0, Math.Max(-first.Min, first.Max)),
                        ("Floor", 1) => new Interval(Math.Floor(first.Min), Math.Floor(first.Max)),
                        ("Ceiling", 1) => new Interval(Math.Ceiling(first.Min), Math.Ceiling(first.Max)),
                        // Rounding moves a value by at most half a unit of its last kept digit; one whole unit is a safe widening.
                        ("Round", _) => new Interval(Math.Floor(first.Min), Math.Ceiling(first.Max)),
                        _ => null,
                    };
                default:
                    return null;
            }
        }
        return Eval(Expressions.Parse(expression));
    }

    private static Interval? Bounds(SamplerPlan sampler, IReadOnlyDictionary<string, MemberPlan> members, int depth) => sampler switch
    {
        IntegerSampler i => new Interval(i.Min, i.Max),
        DecimalSampler d => new Interval(Value(d.MinUnits, d.Scale), Value(d.MaxUnits, d.Scale)),
        RealSampler r => new Interval(r.Min, r.Max),
        FactorSampler f => new Interval(Value(f.Own.Minimum, f.Own.Scale), Value(f.Own.Maximum, f.Own.Scale)),
        ComputedSampler c => Evaluate(c.Expression, members, depth + 1),
        _ => null,
    };

    private static double Value(long units, int scale) => units / Math.Pow(10, scale);

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
