using ConstrainedFakes.Generator.Planning.Linear;

namespace ConstrainedFakes.EntityFrameworkCore.Checks;

/// <summary>How an invariant may read one name of its entity.</summary>
internal abstract record MemberKind;

/// <summary>A mapped column of the entity's own table, of CLR type <paramref name="Type"/> (nullable unwrapped).</summary>
internal sealed record ColumnMember(Type Type) : MemberKind;

/// <summary>A navigation: what it leads to lives in another table.</summary>
internal sealed record NavigationMember : MemberKind;

/// <summary>
/// Translates an <c>[Invariant]</c> expression (or an order relation) into a <see cref="Condition"/> over the
/// entity's own columns, with the language of the generator: linear sums over numbers, dates, times and
/// durations (<c>+ -</c>, <c>* /</c> by constants, <c>x.AddDays(c)</c> &amp; co., <c>TimeSpan.FromDays(c)</c>,
/// <c>new DateTime(...)</c>), comparisons, <c>== !=</c> of enums, strings and bools with their values, <c>! &amp;&amp; ||</c>.
/// Anything else throws <see cref="UnsupportedInvariantException"/> saying why, for the caller to skip it.
/// </summary>
internal sealed class InvariantTranslator(Func<string, MemberKind?> members)
{
    private static readonly Dictionary<string, long> TicksPer = new(StringComparer.Ordinal)
    {
        ["Days"] = TimeSpan.TicksPerDay,
        ["Hours"] = TimeSpan.TicksPerHour,
        ["Minutes"] = TimeSpan.TicksPerMinute,
        ["Seconds"] = TimeSpan.TicksPerSecond,
    };

    public Condition Translate(string expression) => AsCondition(Read(InvariantSyntax.Parse(expression)));

    /// <summary>The relation <c>member ⋈ other</c> of an order attribute.</summary>
    public Condition Relation(string member, Comparator comparator, string other)
        => Compare(Read(new NameNode([member])), comparator, Read(new NameNode(other.Split('.'))), $"{member} vs {other}");

    private abstract record Value;

    private sealed record Linear(LinearSum Sum, bool Floating) : Value;

    /// <summary>A member with a finite domain: an enum, a string or a bool.</summary>
    private sealed record Categorical(string Member, Type Type) : Value;

    /// <summary>A string or bool literal.</summary>
    private sealed record Literal(object Content) : Value;

    /// <summary>A dotted name that is no member: an enum value, <c>Tier.Gold</c>, once told which enum by the other side.</summary>
    private sealed record EnumName(IReadOnlyList<string> Path) : Value;

    private sealed record Boolean(Condition Condition) : Value;

    private Value Read(Node node)
    {
        switch (node)
        {
            case NumberNode number:
                return new Linear(LinearSum.Of(number.Value, Quantity.Number), false);
            case TextNode text:
                return new Literal(text.Value);
            case BooleanNode boolean:
                return new Literal(boolean.Value);
            case NameNode name:
                return Name(name);
            case CallNode call:
                return Call(call);
            case NewNode created:
                return New(created);
            case UnaryNode { Operator: "!" } not:
                return new Boolean(new Not(AsCondition(Read(not.Operand))));
            case UnaryNode unary:
                var operand = AsLinear(Read(unary.Operand), unary);
                return unary.Operator == "-" ? operand with { Sum = operand.Sum.Negated() } : operand;
            case BinaryNode { Operator: "&&" or "||" } logical:
                return new Boolean(new Junction(logical.Operator == "&&", AsCondition(Read(logical.Left)), AsCondition(Read(logical.Right))));
            case BinaryNode binary when Comparators.TryGetValue(binary.Operator, out var comparator):
                return new Boolean(Compare(Read(binary.Left), comparator, Read(binary.Right), InvariantSyntax.Describe(binary)));
            case BinaryNode binary:
                return Arithmetic(binary);
            default:
                throw new UnsupportedInvariantException($"'{InvariantSyntax.Describe(node)}' is not supported.");
        }
    }

    private static readonly Dictionary<string, Comparator> Comparators = new(StringComparer.Ordinal)
    {
        ["<"] = Comparator.Less,
        ["<="] = Comparator.LessOrEqual,
        [">"] = Comparator.Greater,
        [">="] = Comparator.GreaterOrEqual,
        ["=="] = Comparator.Equal,
        ["!="] = Comparator.NotEqual,
    };

    private Value Name(NameNode name)
    {
        // A path into an owned object whose columns are this table's (Site.Floor) is a column like any other.
        if (name.Path.Count > 1 && members(string.Join(".", name.Path)) is ColumnMember owned) return Member(string.Join(".", name.Path), owned.Type);
        var first = name.Path[0];
        switch (members(first))
        {
            case NavigationMember:
                throw new UnsupportedInvariantException($"'{name}' reads {first}, a navigation to another table; a CHECK constraint sees one row of one table.");
            case ColumnMember column when name.Path.Count == 1:
                return Member(first, column.Type);
            // C#'s "Color Color": a member named as its enum type, read as the type when the name after it is one of its values.
            case ColumnMember column when name.Path.Count == 2 && column.Type.IsEnum && column.Type.Name == first:
                return new EnumName(name.Path);
            case ColumnMember:
                throw new UnsupportedInvariantException($"'{name}' reads a member of a member, which is not supported.");
        }
        if (name.Path.Count > 1) return new EnumName(name.Path);
        throw new UnsupportedInvariantException($"'{first}' is not a mapped member of the entity.");
    }

    private static Value Member(string name, Type type)
    {
        if (type.IsEnum || type == typeof(string) || type == typeof(bool)) return new Categorical(name, type);
        var quantity = Type.GetTypeCode(type) switch
        {
            TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64
                or TypeCode.UInt64 or TypeCode.Decimal or TypeCode.Single or TypeCode.Double => Quantity.Number,
            TypeCode.DateTime => Quantity.Instant,
            _ when type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) => Quantity.Instant,
            _ when type == typeof(TimeSpan) => Quantity.Duration,
            _ => throw new UnsupportedInvariantException($"'{name}' is a {type.Name}, which is neither a number, a date, a time, a duration, an enum, a string nor a bool."),
        };
        return new Linear(LinearSum.Member(name, quantity), type == typeof(double) || type == typeof(float));
    }

    private Value Call(CallNode call)
    {
        var isSpan = call.Target is NameNode { Path: ["TimeSpan"] or ["System", "TimeSpan"] } && call.Method.StartsWith("From", StringComparison.Ordinal);
        var unit = isSpan ? TicksPer.GetValueOrDefault(call.Method[4..])
            : call.Method.StartsWith("Add", StringComparison.Ordinal) ? TicksPer.GetValueOrDefault(call.Method[3..]) : 0;
        if (unit == 0)
            throw new UnsupportedInvariantException($"'{InvariantSyntax.Describe(call)}' is not a supported call (x.AddDays(c), AddHours, AddMinutes, AddSeconds, TimeSpan.FromDays(c), ...).");
        if (call.Arguments.Count != 1 || AsLinear(Read(call.Arguments[0]), call) is not { Sum.IsConstant: true, Sum.Quantity: Quantity.Number } argument)
            throw new UnsupportedInvariantException($"'{InvariantSyntax.Describe(call)}' takes one constant number.");
        var amount = LinearSum.Of(argument.Sum.Constant * Rational.Of(unit), Quantity.Duration);
        if (isSpan) return new Linear(amount, false);
        if (AsLinear(Read(call.Target), call) is not { Sum.Quantity: Quantity.Instant } instant)
            throw new UnsupportedInvariantException($"'{InvariantSyntax.Describe(call)}' adds time to something that is not a date or time.");
        return instant with { Sum = instant.Sum.Plus(amount, Quantity.Instant) };
    }

    private static Value New(NewNode created)
    {
        var type = created.Type.Replace("global::", "", StringComparison.Ordinal).Replace("System.", "", StringComparison.Ordinal);
        var parts = created.Arguments.Select(a => a is NumberNode { Floating: false } n && n.Value.Denominator.IsOne && n.Value.Numerator >= 0
            && n.Value.Numerator <= 9999 ? (int)n.Value.Numerator : -1).ToArray();
        if (type is "DateTime" or "DateOnly" && parts.Length is 3 or 6 && parts.All(p => p >= 0) && (type == "DateTime" || parts.Length == 3))
        {
            try
            {
                var at = parts.Length == 3 ? new DateTime(parts[0], parts[1], parts[2]) : new DateTime(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
                return new Linear(LinearSum.Of(Rational.Of(at.Ticks), Quantity.Instant), false);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new UnsupportedInvariantException($"'{InvariantSyntax.Describe(created)}' is not a valid date.");
            }
        }
        throw new UnsupportedInvariantException($"'{InvariantSyntax.Describe(created)}' is not supported; write new DateTime(year, month, day) or with hour, minute, second.");
    }

    private Value Arithmetic(BinaryNode binary)
    {
        var left = AsLinear(Read(binary.Left), binary);
        var right = AsLinear(Read(binary.Right), binary);
        var floating = left.Floating || right.Floating;
        switch (binary.Operator)
        {
            case "+" or "-":
                var adding = binary.Operator == "+";
                var quantity = (left.Sum.Quantity, right.Sum.Quantity, adding) switch
                {
                    (Quantity.Number, Quantity.Number, _) => Quantity.Number,
                    (Quantity.Instant, Quantity.Duration, _) => Quantity.Instant,
                    (Quantity.Duration, Quantity.Instant, true) => Quantity.Instant,
                    (Quantity.Instant, Quantity.Instant, false) => Quantity.Duration,
                    (Quantity.Duration, Quantity.Duration, _) => Quantity.Duration,
                    _ => throw new UnsupportedInvariantException($"'{InvariantSyntax.Describe(binary)}' mixes a {left.Sum.Quantity} and a {right.Sum.Quantity}."),
                };
                return new Linear(left.Sum.Plus(adding ? right.Sum : right.Sum.Negated(), quantity), floating);
            case "*" when left.Sum is { IsConstant: true, Quantity: Quantity.Number }:
                return new Linear(right.Sum.Times(left.Sum.Constant), floating);
            case "*" when right.Sum is { IsConstant: true, Quantity: Quantity.Number }:
                return new Linear(left.Sum.Times(right.Sum.Constant), floating);
            case "*":
                throw new UnsupportedInvariantException($"'{InvariantSyntax.Describe(binary)}' multiplies two members; only linear invariants become CHECK constraints.");
            case "/" when right.Sum is { IsConstant: true, Quantity: Quantity.Number, Constant.IsZero: false }:
                return new Linear(left.Sum.Times(Rational.One / right.Sum.Constant), floating);
            default:
                throw new UnsupportedInvariantException($"'{InvariantSyntax.Describe(binary)}' is not linear (division by a member or by zero).");
        }
    }

    private static Condition Compare(Value left, Comparator comparator, Value right, string written)
    {
        if (left is Linear l && right is Linear r)
        {
            if (l.Sum.Quantity != r.Sum.Quantity)
                throw new UnsupportedInvariantException($"'{written}' compares a {l.Sum.Quantity} with a {r.Sum.Quantity}.");
            // Arithmetic on double and float rounds in C# in ways SQL need not repeat: only a plain comparison of two of them is exact in both.
            var difference = l.Sum.Plus(r.Sum.Negated(), l.Sum.Quantity);
            if ((l.Floating || r.Floating) && !(difference.Constant.IsZero && difference.Terms.Count == 2 && difference.Terms.Values.All(c => c == Rational.One || c == -Rational.One)))
                throw new UnsupportedInvariantException($"'{written}' computes with double or float members, which C# and SQL may round differently.");
            return new Comparison(difference, comparator);
        }
        if (comparator is not (Comparator.Equal or Comparator.NotEqual))
            throw new UnsupportedInvariantException($"'{written}' orders values that are not numbers, dates, times or durations.");
        var equal = comparator == Comparator.Equal;
        return (left, right) switch
        {
            (Categorical a, Categorical b) when a.Type == b.Type => new MemberEquality(a.Member, b.Member, equal),
            (Categorical member, _) => new Equality(member.Member, Resolve(right, member, written), equal),
            (_, Categorical member) => new Equality(member.Member, Resolve(left, member, written), equal),
            _ => throw new UnsupportedInvariantException($"'{written}' compares no member with a value."),
        };
    }

    /// <summary>The value a categorical member is compared with, as a CLR value of the member's type.</summary>
    private static object Resolve(Value value, Categorical member, string written)
    {
        switch (value)
        {
            case Literal { Content: string text } when member.Type == typeof(string):
                return text;
            case Literal { Content: bool flag } when member.Type == typeof(bool):
                return flag;
            case EnumName name when member.Type.IsEnum && name.Path[^2] == member.Type.Name && Enum.GetNames(member.Type).Contains(name.Path[^1], StringComparer.Ordinal):
                return Enum.Parse(member.Type, name.Path[^1]);
            default:
                throw new UnsupportedInvariantException($"'{written}' compares {member.Member}, a {member.Type.Name}, with something that is not one of its values.");
        }
    }

    private static Linear AsLinear(Value value, Node where) => value as Linear
        ?? throw new UnsupportedInvariantException($"'{InvariantSyntax.Describe(where)}' computes with something that is not a number, a date, a time or a duration.");

    private static Condition AsCondition(Value value) => value switch
    {
        Boolean boolean => boolean.Condition,
        Literal { Content: bool flag } => new Constant(flag),
        Categorical { Type: var type } member when type == typeof(bool) => new Truth(member.Member),
        _ => throw new UnsupportedInvariantException("An operand of !, && or || is not a condition."),
    };
}
