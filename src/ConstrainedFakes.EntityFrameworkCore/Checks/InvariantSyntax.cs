using System.Globalization;
using System.Numerics;
using System.Text;
using ConstrainedFakes.Generator.Planning.Linear;

namespace ConstrainedFakes.EntityFrameworkCore.Checks;

/// <summary>A node of an <c>[Invariant]</c> expression, as written.</summary>
internal abstract record Node;

/// <summary>A number literal; <paramref name="Floating"/> for a <c>double</c> or <c>float</c> one (suffix d/f, or a point without m).</summary>
internal sealed record NumberNode(Rational Value, bool Floating) : Node;

internal sealed record TextNode(string Value) : Node;

internal sealed record BooleanNode(bool Value) : Node;

/// <summary>A name or a dotted path (<c>Start</c>, <c>Tier.Gold</c>, <c>Customer.RegisteredAt</c>, <c>global::Shop.Tier.Gold</c>).</summary>
internal sealed record NameNode(IReadOnlyList<string> Path) : Node
{
    public override string ToString() => string.Join(".", Path);
}

/// <summary><c>target.Method(arguments)</c>.</summary>
internal sealed record CallNode(Node Target, string Method, IReadOnlyList<Node> Arguments) : Node;

/// <summary><c>new Type(arguments)</c>.</summary>
internal sealed record NewNode(string Type, IReadOnlyList<Node> Arguments) : Node;

/// <summary><c>!x</c>, <c>-x</c>, <c>+x</c>.</summary>
internal sealed record UnaryNode(string Operator, Node Operand) : Node;

/// <summary><c>a op b</c> for arithmetic, comparison and logical operators.</summary>
internal sealed record BinaryNode(string Operator, Node Left, Node Right) : Node;

/// <summary>The expression is outside the language this package reads; the message says which part.</summary>
internal sealed class UnsupportedInvariantException(string message) : Exception(message);

/// <summary>
/// Reads the C# subset of <c>[Invariant]</c> expressions at run time (no Roslyn here): literals (numbers with
/// their m/L/u/d/f suffixes, strings, <c>true</c>/<c>false</c>), names and dotted paths, calls, <c>new T(...)</c>,
/// unary <c>! - +</c>, <c>* /</c>, <c>+ -</c>, comparisons, <c>== !=</c>, <c>&amp;&amp;</c>, <c>||</c> and
/// parentheses, with C#'s precedence. What it cannot read throws <see cref="UnsupportedInvariantException"/>.
/// </summary>
internal sealed class InvariantSyntax
{
    private static readonly string[] Symbols = ["&&", "||", "==", "!=", "<=", ">=", "::", "<", ">", "+", "-", "*", "/", "!", "(", ")", ".", ","];

    private readonly List<string> _tokens;
    private int _next;

    private InvariantSyntax(List<string> tokens) => _tokens = tokens;

    public static Node Parse(string expression)
    {
        var parser = new InvariantSyntax(Tokens(expression));
        var node = parser.Or();
        if (parser._next < parser._tokens.Count) throw new UnsupportedInvariantException($"'{parser._tokens[parser._next]}' is unexpected here.");
        return node;
    }

    private Node Or() => LeftAssociative(And, "||");

    private Node And() => LeftAssociative(Equality, "&&");

    private Node Equality() => LeftAssociative(Relational, "==", "!=");

    private Node Relational() => LeftAssociative(Additive, "<", "<=", ">", ">=");

    private Node Additive() => LeftAssociative(Multiplicative, "+", "-");

    private Node Multiplicative() => LeftAssociative(Unary, "*", "/");

    private Node LeftAssociative(Func<Node> operand, params string[] operators)
    {
        var left = operand();
        while (Peek() is { } token && operators.Contains(token))
        {
            _next++;
            left = new BinaryNode(token, left, operand());
        }
        return left;
    }

    private Node Unary() => Peek() is "!" or "-" or "+" ? new UnaryNode(Take(), Unary()) : Postfix(Primary());

    private Node Postfix(Node node)
    {
        while (Peek() == ".")
        {
            _next++;
            var name = Identifier();
            if (Peek() == "(")
            {
                node = new CallNode(node, name, Arguments());
            }
            else if (node is NameNode path)
            {
                node = new NameNode([.. path.Path, name]);
            }
            else
            {
                throw new UnsupportedInvariantException($"'.{name}' after '{node}' is not supported.");
            }
        }
        return node;
    }

    private Node Primary()
    {
        var token = Take();
        switch (token)
        {
            case "(":
                var inner = Or();
                Expect(")");
                return inner;
            case "true" or "false":
                return new BooleanNode(token == "true");
            case "new":
                var type = new StringBuilder(Identifier());
                while (Peek() is "." or "::") type.Append(Take()).Append(Identifier());
                return new NewNode(type.ToString(), Arguments());
            case "global":
                Expect("::");
                return new NameNode([Identifier()]);
        }
        if (token[0] == '"') return new TextNode(token[1..]);
        if (char.IsAsciiDigit(token[0]) || token[0] == '.') return Number(token);
        if (IsIdentifier(token)) return new NameNode([token]);
        throw new UnsupportedInvariantException($"'{token}' is unexpected here.");
    }

    private List<Node> Arguments()
    {
        Expect("(");
        var arguments = new List<Node>();
        if (Peek() == ")")
        {
            _next++;
            return arguments;
        }
        while (true)
        {
            arguments.Add(Or());
            if (Take() == ")") return arguments;
            if (_tokens[_next - 1] != ",") throw new UnsupportedInvariantException($"'{_tokens[_next - 1]}' is unexpected in an argument list.");
        }
    }

    private static NumberNode Number(string token)
    {
        var text = token.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        if (text.StartsWith("0x", StringComparison.Ordinal) || text.StartsWith("0b", StringComparison.Ordinal))
            throw new UnsupportedInvariantException($"'{token}': hexadecimal and binary literals are not supported.");
        var suffix = text.TrimStart("0123456789.e".ToCharArray());
        // An exponent's sign belongs to the number, not the suffix.
        if (suffix.Length > 0 && suffix[0] is '+' or '-') suffix = suffix.TrimStart("+-0123456789".ToCharArray());
        var digits = text[..^suffix.Length];
        var floating = suffix is "d" or "f" || (suffix.Length == 0 && (digits.Contains('.', StringComparison.Ordinal) || digits.Contains('e', StringComparison.Ordinal)));
        if (suffix is not ("" or "m" or "d" or "f" or "l" or "u" or "ul" or "lu") || !TryParseNumber(digits, out var value))
            throw new UnsupportedInvariantException($"'{token}' is not a number literal this package reads.");
        return new NumberNode(value, floating);
    }

    private static List<string> Tokens(string expression)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                var text = new StringBuilder("\"");
                for (i++; ; i++)
                {
                    if (i >= expression.Length) throw new UnsupportedInvariantException("A string literal is not closed.");
                    if (expression[i] == '"') break;
                    if (expression[i] == '\\')
                    {
                        if (++i >= expression.Length) throw new UnsupportedInvariantException("A string literal is not closed.");
                        text.Append(expression[i] switch
                        {
                            '"' or '\\' or '\'' => expression[i],
                            'n' => '\n',
                            't' => '\t',
                            'r' => '\r',
                            '0' => '\0',
                            _ => throw new UnsupportedInvariantException($"The escape '\\{expression[i]}' is not supported."),
                        });
                        continue;
                    }
                    text.Append(expression[i]);
                }
                i++;
                tokens.Add(text.ToString());
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < expression.Length && char.IsAsciiDigit(expression[i + 1])))
            {
                var start = i;
                while (i < expression.Length && IsNumberPart(expression, start, i)) i++;
                tokens.Add(expression[start..i]);
            }
            else if (char.IsLetter(c) || c == '_' || c == '@')
            {
                var start = c == '@' ? ++i : i;
                while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] == '_')) i++;
                if (i == start || char.IsDigit(expression[start])) throw new UnsupportedInvariantException("'@' is not followed by a name.");
                tokens.Add(expression[start..i]);
            }
            else if (Symbols.FirstOrDefault(s => string.CompareOrdinal(expression, i, s, 0, s.Length) == 0) is { } symbol)
            {
                tokens.Add(symbol);
                i += symbol.Length;
            }
            else
            {
                throw new UnsupportedInvariantException($"'{c}' is not supported.");
            }
        }
        return tokens;
    }

    /// <summary>
    /// Whether the character at <paramref name="at"/> continues the number literal begun at <paramref name="start"/>:
    /// digits, letters (suffixes), '_', a '.' before a digit (not a member access) and the sign of an exponent (<c>1e-3</c>).
    /// </summary>
    private static bool IsNumberPart(string expression, int start, int at)
    {
        var c = expression[at];
        if (char.IsAsciiLetterOrDigit(c) || c == '_') return true;
        if (c == '.') return at + 1 < expression.Length && char.IsAsciiDigit(expression[at + 1]);
        return c is '+' or '-' && expression[at - 1] is 'e' or 'E' && expression[start..(at - 1)].All(ch => char.IsAsciiDigit(ch) || ch is '.' or '_');
    }

    private static bool IsIdentifier(string token) => char.IsLetter(token[0]) || token[0] == '_';

    private string? Peek() => _next < _tokens.Count ? _tokens[_next] : null;

    private string Take() => _next < _tokens.Count ? _tokens[_next++] : throw new UnsupportedInvariantException("The expression ends too early.");

    private string Identifier()
    {
        var token = Take();
        return IsIdentifier(token) && token is not ("true" or "false" or "new") ? token : throw new UnsupportedInvariantException($"'{token}' is not a name.");
    }

    private void Expect(string token)
    {
        if (Take() != token) throw new UnsupportedInvariantException($"'{token}' is expected, not '{_tokens[_next - 1]}'.");
    }

    /// <summary>A plain decimal number (digits, one point, an exponent), as written in C# without its suffix, exactly.</summary>
    private static bool TryParseNumber(string text, out Rational value)
    {
        value = Rational.Zero;
        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            // Beyond decimal's and double's exponents a literal means nothing a column can hold; refusing it keeps the arithmetic small.
            if (!int.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 400) return false;
            text = text[..e];
        }
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? text : text.Remove(point, 1);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
        exponent -= point < 0 ? 0 : text.Length - point - 1;
        var number = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        value = exponent >= 0 ? Rational.Of(number * BigInteger.Pow(10, exponent), BigInteger.One) : Rational.Of(number, BigInteger.Pow(10, -exponent));
        return true;
    }

    public static string Describe(Node node) => node switch
    {
        NumberNode n => n.Value.Denominator.IsOne ? n.Value.Numerator.ToString(CultureInfo.InvariantCulture) : $"{n.Value.Numerator.ToString(CultureInfo.InvariantCulture)}/{n.Value.Denominator.ToString(CultureInfo.InvariantCulture)}",
        TextNode t => $"\"{t.Value}\"",
        BooleanNode b => b.Value ? "true" : "false",
        NameNode name => name.ToString(),
        CallNode call => $"{Describe(call.Target)}.{call.Method}({string.Join(", ", call.Arguments.Select(Describe))})",
        NewNode created => $"new {created.Type}({string.Join(", ", created.Arguments.Select(Describe))})",
        UnaryNode unary => unary.Operator + Describe(unary.Operand),
        BinaryNode binary => $"{Describe(binary.Left)} {binary.Operator} {Describe(binary.Right)}",
        _ => node.ToString() ?? "",
    };
}
