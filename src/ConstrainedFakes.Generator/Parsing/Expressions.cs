using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConstrainedFakes.Generator.Parsing;

/// <summary>
/// Roslyn's parse of an expression written in an attribute, shared: the planner reads each <c>[Invariant]</c>
/// or <c>[Computed]</c> text several times (as inequalities, as a check, as row code, for the analyzer's advice),
/// and the parse was the costly part of each reading.
/// </summary>
internal static class Expressions
{
    /// <summary>Enough for the expressions of a large model; an IDE session's typing cannot grow it past this.</summary>
    private const int Capacity = 4096;

    // Syntax trees are immutable and safe to read from several threads at once.
    private static readonly ConcurrentDictionary<string, ExpressionSyntax> Parsed = new(StringComparer.Ordinal);

    /// <summary>The expression's syntax, as <see cref="SyntaxFactory.ParseExpression(string, int, Microsoft.CodeAnalysis.ParseOptions?, bool)"/> gives it.</summary>
    public static ExpressionSyntax Parse(string expression)
    {
        if (Parsed.TryGetValue(expression, out var syntax)) return syntax;
        if (Parsed.Count >= Capacity) Parsed.Clear();
        return Parsed.GetOrAdd(expression, text => SyntaxFactory.ParseExpression(text));
    }
}
