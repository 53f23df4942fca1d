using System;
using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Parsing;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Planning.Constraints;

/// <summary>
/// An invariant outside the linear class (implications with <c>||</c>, <c>!=</c>, string and enum
/// equalities): checked on the finished row and, if false, the row is drawn again (C7). Type-checked
/// here so the emitted check always compiles; rewritten over the row's locals by the emitter.
/// </summary>
internal static class OpaqueCheck
{
    private enum Kind
    {
        Number,
        Text,
        Boolean,
        Enum,
        Instant,
        Duration,
    }

    /// <summary>Null when the expression is a well-typed boolean over the entity's members; else why not.</summary>
    public static Rejection? Validate(string expression, EntityModel entity)
    {
        var syntax = Expressions.Parse(expression);
        if (syntax.ContainsDiagnostics || syntax.FullSpan.Length != expression.Length)
            return new Rejection(DiagnosticIds.Unsupported, $"\"{expression}\" is not a C# expression.");
        try
        {
            var (kind, _) = TypeOf(syntax, entity);
            return kind == Kind.Boolean ? null : new Rejection(DiagnosticIds.TypeMismatch, $"\"{expression}\" is not a boolean expression.");
        }
        catch (RefusedException refused)
        {
            return refused.Rejection;
        }
    }

    /// <summary>The expression with enum values fully qualified (<c>Tier.Gold</c> becomes <c>global::Shop.Tier.Gold</c>).</summary>
    public static string QualifyEnums(string expression, EntityModel entity)
        => new EnumQualifier(entity).Visit(Expressions.Parse(expression))!.ToFullString();

    private static (Kind Kind, string? Enum) TypeOf(ExpressionSyntax syntax, EntityModel entity)
    {
        switch (syntax)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return TypeOf(parenthesized.Expression, entity);
            case LiteralExpressionSyntax literal:
                return literal.Kind() switch
                {
                    SyntaxKind.NumericLiteralExpression => (Kind.Number, literal.Token.Value switch { decimal => "decimal", double or float => "real", _ => "integer" }),
                    SyntaxKind.StringLiteralExpression => (Kind.Text, null),
                    SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression => (Kind.Boolean, null),
                    _ => throw Unsupported(literal),
                };
            case IdentifierNameSyntax name:
                var member = entity.Members.FirstOrDefault(m => m.Name == name.Identifier.ValueText) ?? throw UnknownMember(name.Identifier.ValueText, entity);
                if (member.IsNullable) throw Refuse(DiagnosticIds.Unsupported, $"'{name}' is nullable; nullable members in invariants are not supported yet.");
                return KindOf(member.Type);
            case MemberAccessExpressionSyntax access when access.Expression is IdentifierNameSyntax type && EnumNamed(type.Identifier.ValueText, entity) is { } enumType:
                if (!enumType.EnumMembers.Any(m => m.Name == access.Name.Identifier.ValueText))
                {
                    var closest = MemberNames.Closest(access.Name.Identifier.ValueText, enumType.EnumMembers.Select(m => m.Name));
                    throw new RefusedException(new Rejection(DiagnosticIds.UnknownMember,
                        $"'{access}' is not a member of {enumType.FullName}{(closest is null ? "." : $"; did you mean '{closest}'?")}", closest));
                }
                return (Kind.Enum, enumType.FullName);
            case MemberAccessExpressionSyntax path when Root(path) is { } root && entity.Navigations.Any(n => n.Name == root.Identifier.ValueText):
                // A path that resolves was rewritten to the parent member it reads; this one names nothing, or clashes.
                throw new RefusedException(Relationships.ParentPaths.Clash(entity, path.ToString()) ?? new Rejection(DiagnosticIds.UnknownMember,
                    $"'{path}' is not a member of a parent reached through reference navigations of {entity.Name}."));
            case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                return Expect(TypeOf(not.Operand, entity), Kind.Boolean, not);
            case PrefixUnaryExpressionSyntax minus when minus.IsKind(SyntaxKind.UnaryMinusExpression):
                return Expect(TypeOf(minus.Operand, entity), Kind.Number, minus);
            case BinaryExpressionSyntax logical when logical.Kind() is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression:
                Expect(TypeOf(logical.Left, entity), Kind.Boolean, logical.Left);
                return Expect(TypeOf(logical.Right, entity), Kind.Boolean, logical.Right);
            case BinaryExpressionSyntax equality when equality.Kind() is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression:
                var left = TypeOf(equality.Left, entity);
                var right = TypeOf(equality.Right, entity);
                if (!Compatible(left, right)) throw Refuse(DiagnosticIds.TypeMismatch, $"'{equality}' compares {Describe(left)} with {Describe(right)}.");
                return (Kind.Boolean, null);
            case BinaryExpressionSyntax comparison when comparison.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression:
                var l = TypeOf(comparison.Left, entity);
                if (l.Kind is not (Kind.Number or Kind.Instant or Kind.Duration) || !Compatible(l, TypeOf(comparison.Right, entity)))
                    throw Refuse(DiagnosticIds.TypeMismatch, $"'{comparison}' does not compare two numbers, two dates or two durations.");
                return (Kind.Boolean, null);
            case BinaryExpressionSyntax arithmetic when arithmetic.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression:
                var a = Expect(TypeOf(arithmetic.Left, entity), Kind.Number, arithmetic.Left);
                var b = Expect(TypeOf(arithmetic.Right, entity), Kind.Number, arithmetic.Right);
                if (!Compatible(a, b)) throw Refuse(DiagnosticIds.TypeMismatch, $"'{arithmetic}' mixes a decimal with a double.");
                return (Kind.Number, a.Item2 == "integer" ? b.Item2 : a.Item2);
            default:
                throw Unsupported(syntax);
        }
    }

    /// <summary>Same kind; numbers mix only as C# allows without a cast (integers with anything, never decimal with double).</summary>
    private static bool Compatible((Kind Kind, string? Flavour) a, (Kind Kind, string? Flavour) b)
        => a.Kind == b.Kind && (a.Kind != Kind.Number ? a.Flavour == b.Flavour : a.Flavour == "integer" || b.Flavour == "integer" || a.Flavour == b.Flavour);

    private static (Kind, string?) Expect((Kind Kind, string? Enum) actual, Kind expected, SyntaxNode node)
        => actual.Kind == expected ? actual : throw Refuse(DiagnosticIds.TypeMismatch, $"'{node}' is {Describe(actual)}, where {expected.ToString().ToLowerInvariant()} is needed.");

    private static (Kind, string?) KindOf(TypeModel type) => type.Kind switch
    {
        ScalarKind.String => (Kind.Text, null),
        ScalarKind.Boolean => (Kind.Boolean, null),
        ScalarKind.Enum => (Kind.Enum, type.FullName),
        ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly or ScalarKind.TimeOnly => (Kind.Instant, type.FullName),
        ScalarKind.TimeSpan => (Kind.Duration, null),
        ScalarKind.Guid or ScalarKind.Unsupported => throw Refuse(DiagnosticIds.Unsupported, $"{type.FullName} members are not supported in invariants."),
        ScalarKind.Decimal => (Kind.Number, "decimal"),
        ScalarKind.Double or ScalarKind.Single => (Kind.Number, "real"),
        _ => (Kind.Number, "integer"),
    };

    private static TypeModel? EnumNamed(string name, EntityModel entity)
        => entity.Members.Select(m => m.Type).FirstOrDefault(t => t.Kind == ScalarKind.Enum && t.FullName.Split('.', ':').Last() == name);

    private static string Describe((Kind Kind, string? Flavour) type) => type.Flavour ?? type.Kind.ToString().ToLowerInvariant();

    private static RefusedException Unsupported(SyntaxNode node)
        => Refuse(DiagnosticIds.Unsupported, $"'{node}' is outside the invariant language (members, literals, enum values, comparisons, && || !, + - * /).");

    private static RefusedException Refuse(string id, string message) => new(new Rejection(id, message));

    /// <summary>The name a chain of member accesses starts from (<c>Policy</c> of <c>Policy.Holder.RegisteredAt</c>), if any.</summary>
    private static IdentifierNameSyntax? Root(MemberAccessExpressionSyntax access)
    {
        var expression = access.Expression;
        while (expression is MemberAccessExpressionSyntax inner) expression = inner.Expression;
        return expression as IdentifierNameSyntax;
    }

    private static RefusedException UnknownMember(string name, EntityModel entity)
    {
        var closest = MemberNames.Closest(name, entity.Members.Select(m => m.Name));
        return new RefusedException(new Rejection(DiagnosticIds.UnknownMember,
            $"'{name}' is not a member of {entity.Name}{(closest is null ? "." : $"; did you mean '{closest}'?")}", closest));
    }

    /// <summary>Unwinds the type walk with the first refusal found.</summary>
    private sealed class RefusedException : Exception
    {
        public RefusedException(Rejection rejection) : base(rejection.Message) => Rejection = rejection;

        public Rejection Rejection { get; }
    }

    private sealed class EnumQualifier : CSharpSyntaxRewriter
    {
        private readonly EntityModel _entity;

        public EnumQualifier(EntityModel entity) => _entity = entity;

        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
            => node.Expression is IdentifierNameSyntax type && EnumNamed(type.Identifier.ValueText, _entity) is { } enumType
                ? SyntaxFactory.ParseExpression($"{enumType.FullName}.{node.Name.Identifier.ValueText}").WithTriviaFrom(node)
                : base.VisitMemberAccessExpression(node);
    }
}
