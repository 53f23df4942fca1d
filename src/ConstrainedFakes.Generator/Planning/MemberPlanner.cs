using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>
/// Turns one member's declared constraints into a sampler whose every value satisfies them, or into a
/// problem that says why none can. Bounds are intersected and rounded inward here, at compile time.
/// </summary>
internal sealed class MemberPlanner
{
    /// <summary>The window dates and times are drawn from when no <c>[Range]</c> is declared: 2020-01-01 to 2025-12-31 UTC.</summary>
    public static readonly long DefaultMinDateTicks = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    public static readonly long DefaultMaxDateTicks = new DateTime(2025, 12, 31, 23, 59, 59, DateTimeKind.Utc).Ticks;
    public static readonly long DefaultMaxDurationTicks = TimeSpan.FromDays(7).Ticks;
    public const decimal DefaultMinNumber = 0m;
    public const decimal DefaultMaxNumber = 1000m;
    public const decimal DefaultMaxMoney = 10000m;
    public const int DefaultDecimalScale = 2;

    private const long TicksPerSecond = TimeSpan.TicksPerSecond;
    private const long TicksPerDay = TimeSpan.TicksPerDay;

    private readonly MemberModel _member;
    private readonly List<CheckPlan> _checks = new();
    private readonly List<ProblemPlan> _problems = new();

    private readonly bool _isForeignKey;

    private MemberPlanner(MemberModel member, bool isForeignKey)
    {
        _member = member;
        _isForeignKey = isForeignKey;
    }

    private bool IsNullable => _member.IsNullable && !_member.IsRequired && !_member.IsKey;

    /// <summary>
    /// Plans a member; <paramref name="names"/> gives the entity's first- and last-name members for text built
    /// from them; a foreign key is left to the data set that knows the parent rows.
    /// </summary>
    public static (MemberPlan? Plan, IReadOnlyList<ProblemPlan> Problems) Plan(MemberModel member, string entityName, (string? First, string? Last) names, bool isForeignKey = false)
    {
        var planner = new MemberPlanner(member, isForeignKey);
        var sampler = planner.ChooseSampler(entityName, names);
        if (sampler is not null && member.Unique is not null) sampler = planner.MakeUnique(sampler, member.Unique);
        var marginal = sampler is null ? null : planner.PlanMarginal(sampler);
        // A foreign key's null comes from its link in a data set, not from a null rate of its own.
        var nullRate = isForeignKey ? null : planner.PlanNullRate();
        if (planner._problems.Count > 0 || sampler is null) return (null, planner._problems);
        var typeName = member.Type.FullName + (planner.IsNullable && !member.Type.FullName.EndsWith("?") ? "?" : "");
        var streamKey = ConstrainedFakes.Randomness.NameHash.Of($"{entityName}.{member.Name}");
        return (new MemberPlan(member.Name, typeName, sampler, streamKey, nullRate, planner._checks.ToEquatableArray(), Marginal: marginal), planner._problems);
    }

    /// <summary>
    /// Without a [Range], a member with a declared distribution spans its type (within ±2^53, where doubles still
    /// count whole units), so the distribution is not cut at the uniform defaults.
    /// </summary>
    private bool SpansItsType => _member.Distribution is not null && _member.Range is null;

    private const long LargestExactUnit = 1L << 53;

    /// <summary>The member's declared distribution, checked against its parameters and its sampler.</summary>
    private MarginalPlan? PlanMarginal(SamplerPlan sampler)
    {
        if (_member.Distribution is not { } declared) return null;
        var valid = declared.Kind switch
        {
            DistributionKind.Normal or DistributionKind.LogNormal => IsFinite(declared.First) && declared.Second > 0 && IsFinite(declared.Second),
            _ => declared.First > 0 && IsFinite(declared.First),
        };
        if (!valid)
        {
            var (parameter, value) = declared.Kind switch
            {
                DistributionKind.Normal when !IsFinite(declared.First) => ("finite mean", declared.First),
                DistributionKind.LogNormal when !IsFinite(declared.First) => ("finite mu", declared.First),
                DistributionKind.Normal => ("positive, finite standard deviation", declared.Second),
                DistributionKind.LogNormal => ("positive, finite sigma", declared.Second),
                DistributionKind.Exponential => ("positive, finite rate", declared.First),
                _ => ("positive, finite lambda", declared.First),
            };
            Problem(DiagnosticIds.Unsupported, $"{declared.Declared} needs a {parameter}, and it is {Literals.Invariant(value)}.", declared.Declared);
            return null;
        }
        double? unit = sampler switch
        {
            IntegerSampler { Excluded.Count: 0 } => 1,
            DecimalSampler { ExcludedUnits.Count: 0 } number when declared.Kind != DistributionKind.Poisson => Math.Pow(10, -number.Scale),
            RealSampler when declared.Kind != DistributionKind.Poisson => 0,
            _ => null,
        };
        if (unit is null)
        {
            var type = _member.Type.FullName.Replace("global::", "");
            var isNumber = IsInteger(_member.Type.Kind) || _member.Type.Kind is ScalarKind.Decimal or ScalarKind.Double or ScalarKind.Single;
            Problem(DiagnosticIds.TypeMismatch, declared.Kind == DistributionKind.Poisson && isNumber && !IsInteger(_member.Type.Kind)
                ? $"{declared.Declared} draws whole numbers, and {_member.Name} is {type}."
                : !isNumber
                    ? $"{declared.Declared} shapes numbers (integers, decimals, doubles), and {_member.Name} is {type}."
                    : $"{declared.Declared} applies to numbers without [DeniedValues], [Unique] or [AllowedValues].", declared.Declared);
            return null;
        }
        return new MarginalPlan(declared.Kind, declared.First, declared.Second, unit.Value, false);
    }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    /// <summary>Records why the member has no value, under its diagnostic ID, with the attributes (as written) involved.</summary>
    private void Problem(string id, string detail, params string?[] constraints)
    {
        var declared = constraints.Where(c => c is not null).Select(c => c!).Distinct().ToList();
        _problems.Add(new ProblemPlan(id, $"{_member.Name}: {detail}", declared.Select(c => $"{c} {_member.Name}").ToEquatableArray(),
            ProblemSite.OnMember(_member.Name, declared.ToArray())));
    }

    private void Check(string violated, string constraint, string expectation)
        => _checks.Add(new CheckPlan(violated, constraint, expectation));

    private double? PlanNullRate()
    {
        if (!IsNullable) return null;
        if (_member.NullRate is not { } declared) return double.NaN;
        if (declared.Value is >= 0 and <= 1) return declared.Value;
        Problem(DiagnosticIds.Unsupported, $"the null rate {Literals.Invariant(declared.Value)} is not between 0 and 1.", declared.Declared);
        return null;
    }

    private SamplerPlan? ChooseSampler(string entityName, (string? First, string? Last) names)
    {
        var kind = _member.Type.Kind;
        if (!IsNullable && kind == ScalarKind.String) Check("$v is null", "non-nullable", "not null");
        if (IsGeneratedKey(_member)) return new KeySampler(kind);
        if (_isForeignKey) return new ForeignKeySampler();
        if (_member.Allowed is not null) return PlanChoice(_member.Allowed);
        if (_member.Weights is { } weights)
        {
            Problem(DiagnosticIds.Unsupported, $"{weights.Declared} weighs the values of an [AllowedValues], and the member has none (enums take [Weight] on their values).", weights.Declared);
            return null;
        }
        switch (kind)
        {
            case ScalarKind.Decimal: return PlanDecimal();
            case ScalarKind.Double: return PlanReal(isSingle: false);
            case ScalarKind.Single: return PlanReal(isSingle: true);
            case ScalarKind.Boolean: return PlanBool();
            case ScalarKind.Guid: return NoValueLists() ? new GuidSampler() : null;
            case ScalarKind.String: return PlanText(entityName, names);
            case ScalarKind.Enum: return PlanEnum();
            case ScalarKind.DateTime:
            case ScalarKind.DateTimeOffset:
            case ScalarKind.DateOnly:
            case ScalarKind.TimeOnly:
            case ScalarKind.TimeSpan:
                return PlanTemporal(kind);
            default:
                return IsInteger(kind) ? PlanInteger(kind) : null;
        }
    }

    /// <summary>Wraps a sampler so row i takes the i-th value of a keyed permutation of its domain.</summary>
    private SamplerPlan? MakeUnique(SamplerPlan sampler, string declared)
    {
        static ulong Size(long min, long max) => max - min == long.MaxValue ? ulong.MaxValue : (ulong)(max - min) + 1UL;
        switch (sampler)
        {
            case KeySampler:
                return sampler;
            case IntegerSampler { Excluded.Count: 0 } integer:
                return new UniqueSampler(sampler, Size(integer.Min, integer.Max), null);
            case DecimalSampler { ExcludedUnits.Count: 0 } number:
                return new UniqueSampler(sampler, Size(number.MinUnits, number.MaxUnits), null);
            case TemporalSampler temporal:
                return new UniqueSampler(sampler, Size(temporal.MinUnits, temporal.MaxUnits), null);
            case ChoiceSampler choice:
                return new UniqueSampler(choice, (ulong)choice.Values.Count, null);
            case BoolSampler:
                return new UniqueSampler(new ChoiceSampler(new[] { "false", "true" }.ToEquatableArray(), EquatableArray<double>.Empty), 2, null);
            case GuidSampler:
                return new UniqueSampler(sampler, 1UL << 60, null);
            case TextSampler { Denied.Count: 0 } text when UniqueSeparator(text.Kind) is { } separator:
                // Room for at least one character of the text, the separator, and (for an email) "@b.io".
                var reserve = text.Kind == SemanticKind.Email ? 7 : text.Kind == SemanticKind.Url ? 13 : 2;
                var digits = (int)Math.Min(9L, (long)text.MaxLength - reserve);
                if (digits < 1)
                {
                    Problem(DiagnosticIds.UniqueCapacity, $"{declared} needs room for a distinct number, but at most {text.MaxLength} characters are allowed.", declared);
                    return null;
                }
                return new UniqueSampler(sampler, (ulong)Pow10(digits), separator);
            default:
                Problem(DiagnosticIds.Unsupported, $"{declared} is not supported on this member yet (its {_member.Type.FullName} sampler has no permutable domain).", declared);
                return null;
        }
    }

    private static string? UniqueSeparator(SemanticKind kind) => kind switch
    {
        SemanticKind.Email or SemanticKind.UserName => ".",
        SemanticKind.Url => "/",
        SemanticKind.Phone or SemanticKind.ZipCode or SemanticKind.State or SemanticKind.Country or SemanticKind.CountryCode => null,
        _ => " ",
    };

    private bool NoValueLists()
    {
        if (_member.Denied is null) return true;
        Problem(DiagnosticIds.TypeMismatch, $"[DeniedValues] is not supported on {_member.Type.FullName} members.", _member.Denied.Declared);
        return false;
    }

    private SamplerPlan? PlanInteger(ScalarKind kind)
    {
        var (typeMin, typeMax) = IntegerLimits(kind);
        var (min, max) = SpansItsType
            ? (Math.Max(typeMin, -LargestExactUnit), Math.Min(typeMax, LargestExactUnit))
            : (Math.Max(typeMin, (long)DefaultMinNumber), Math.Min(typeMax, (long)DefaultMaxNumber));
        if (_member.Range is { } range)
        {
            if (!ReadNumericRange(range, out var low, out var high)) return null;
            min = Math.Max(typeMin, BoundReader.CeilingToLong(low, range.MinIsExclusive));
            max = Math.Min(typeMax, BoundReader.FloorToLong(high, range.MaxIsExclusive));
            if (min > max)
            {
                Problem(DiagnosticIds.EmptyBounds, $"no {_member.Type.FullName} lies in {Describe(range)}.", range.Declared);
                return null;
            }
            Check($"$v < {min} || $v > {max}", range.Declared, $"within [{min}, {max}]");
        }
        var excluded = DeniedIntegers(min, max, units: 0);
        if (excluded is null) return null;
        return new IntegerSampler(min, max, excluded.Value);
    }

    private SamplerPlan? PlanDecimal()
    {
        var precision = _member.Precision;
        var scale = precision is null ? DefaultDecimalScale : precision.Scale ?? 0;
        if (precision is not null && (precision.Precision < 1 || scale < 0 || scale > 18 || scale > precision.Precision))
        {
            Problem(DiagnosticIds.EmptyBounds, $"{precision.Declared} is not a precision this generator can honour (scale 0 to 18, at most the precision).", precision.Declared);
            return null;
        }
        var unitMax = precision is null || precision.Precision > 18 ? long.MaxValue : Pow10(precision.Precision) - 1;
        var minUnits = SpansItsType ? -LargestExactUnit : BoundReader.CeilingToLong(BoundReader.Scale(DefaultMinNumber, scale), false);
        var maxUnits = SpansItsType ? LargestExactUnit : BoundReader.FloorToLong(BoundReader.Scale(DefaultMaxMoney, scale), false);
        if (_member.Range is { } range)
        {
            if (!ReadNumericRange(range, out var low, out var high)) return null;
            minUnits = BoundReader.CeilingToLong(BoundReader.Scale(low, scale), range.MinIsExclusive);
            maxUnits = BoundReader.FloorToLong(BoundReader.Scale(high, scale), range.MaxIsExclusive);
            Check($"$v {(range.MinIsExclusive ? "<=" : "<")} {Literals.Decimal(low)} || $v {(range.MaxIsExclusive ? ">=" : ">")} {Literals.Decimal(high)}",
                range.Declared, $"within {Describe(range)}");
        }
        minUnits = Math.Max(minUnits, -unitMax);
        maxUnits = Math.Min(maxUnits, unitMax);
        if (precision is not null)
        {
            var limit = Literals.Decimal(BoundReader.Scale(1m, precision.Precision - scale));
            Check($"decimal.Round($v, {scale}) != $v || $v <= -{limit} || $v >= {limit}", precision.Declared,
                $"at most {precision.Precision} digits, {scale} after the point");
        }
        if (minUnits > maxUnits)
        {
            Problem(DiagnosticIds.EmptyBounds, $"no decimal with {scale} digits after the point lies in {(_member.Range is { } r ? Describe(r) : "range")}" +
                (precision is null ? "." : $" within {precision.Declared}."), _member.Range?.Declared, precision?.Declared);
            return null;
        }
        var excluded = DeniedIntegers(minUnits, maxUnits, scale);
        return excluded is null ? null : new DecimalSampler(minUnits, maxUnits, scale, excluded.Value);
    }

    private SamplerPlan? PlanReal(bool isSingle)
    {
        if (!NoValueLists()) return null;
        double min = SpansItsType ? -1e300 : (double)DefaultMinNumber, max = SpansItsType ? 1e300 : (double)DefaultMaxNumber;
        if (_member.Range is { } range)
        {
            if (!BoundReader.TryDouble(range.Min, out min) || !BoundReader.TryDouble(range.Max, out max))
            {
                Problem(DiagnosticIds.TypeMismatch, $"{range.Declared} has bounds that are not numbers.", range.Declared);
                return null;
            }
            var literal = isSingle ? (Func<double, string>)Literals.Single : Literals.Double;
            Check($"$v {(range.MinIsExclusive ? "<=" : "<")} {literal(min)} || $v {(range.MaxIsExclusive ? ">=" : ">")} {literal(max)}",
                range.Declared, $"within {Describe(range)}");
            if (range.MinIsExclusive) min = isSingle ? Literals.NextUpSingle(min) : Literals.NextUp(min);
            if (range.MaxIsExclusive) max = isSingle ? Literals.NextDownSingle(max) : Literals.NextDown(max);
            // The span max - min must stay finite for uniform sampling; values beyond ±1e300 are no test data anyone reads.
            var limit = isSingle ? 1e37 : 1e300;
            (min, max) = (Math.Max(min, -limit), Math.Min(max, limit));
            if (isSingle)
            {
                // Rounding to float may step outside the bounds; step back in.
                var (low, high) = ((double)(float)min, (double)(float)max);
                min = low < min ? Literals.NextUpSingle(low) : low;
                max = high > max ? Literals.NextDownSingle(high) : high;
            }
            if (min > max)
            {
                Problem(DiagnosticIds.EmptyBounds, $"no value lies in {Describe(range)}.", range.Declared);
                return null;
            }
        }
        return new RealSampler(min, max, isSingle);
    }

    private SamplerPlan? PlanBool()
    {
        if (!NoValueLists()) return null;
        if (_member.Probability is not { } probability) return new BoolSampler(0.5);
        if (probability.Value is >= 0 and <= 1) return new BoolSampler(probability.Value);
        Problem(DiagnosticIds.Unsupported, $"the probability {Literals.Invariant(probability.Value)} is not between 0 and 1.", probability.Declared);
        return null;
    }

    private SamplerPlan? PlanTemporal(ScalarKind kind)
    {
        if (!NoValueLists()) return null;
        var isDuration = kind is ScalarKind.TimeOnly or ScalarKind.TimeSpan;
        long minTicks = isDuration ? 0 : DefaultMinDateTicks;
        long maxTicks = kind switch
        {
            ScalarKind.TimeOnly => TicksPerDay - TicksPerSecond,
            ScalarKind.TimeSpan => DefaultMaxDurationTicks,
            _ => DefaultMaxDateTicks,
        };
        var step = kind == ScalarKind.DateOnly ? TicksPerDay : 1;
        if (_member.Range is { } range)
        {
            var read = isDuration
                ? BoundReader.TryTimeTicks(range.Min, out minTicks) & BoundReader.TryTimeTicks(range.Max, out maxTicks)
                : BoundReader.TryDateTimeTicks(range.Min, out minTicks) & BoundReader.TryDateTimeTicks(range.Max, out maxTicks);
            if (!read)
            {
                Problem(DiagnosticIds.TypeMismatch, $"{range.Declared} has bounds that are not {(isDuration ? "times such as 08:30:00" : "dates such as 2024-12-31")}.", range.Declared);
                return null;
            }
            if (kind == ScalarKind.DateOnly) (minTicks, maxTicks) = (minTicks / TicksPerDay * TicksPerDay, maxTicks / TicksPerDay * TicksPerDay);
            Check(TemporalViolation(kind, minTicks, maxTicks, range), range.Declared, $"within {Describe(range)}");
            if (range.MinIsExclusive) minTicks += step;
            if (range.MaxIsExclusive) maxTicks -= step;
            if (kind == ScalarKind.TimeOnly) (minTicks, maxTicks) = (Math.Max(0, minTicks), Math.Min(TicksPerDay - 1, maxTicks));
            if (minTicks > maxTicks)
            {
                Problem(DiagnosticIds.EmptyBounds, $"no value lies in {Describe(range)}.", range.Declared);
                return null;
            }
        }
        if (kind == ScalarKind.DateOnly) return new TemporalSampler(kind, minTicks / TicksPerDay, maxTicks / TicksPerDay, TicksPerDay);
        // Whole seconds read better and survive every database's precision; ticks only when the range is narrower than a second.
        var minSeconds = CeilingDiv(minTicks, TicksPerSecond);
        var maxSeconds = FloorDiv(maxTicks, TicksPerSecond);
        return minSeconds <= maxSeconds
            ? new TemporalSampler(kind, minSeconds, maxSeconds, TicksPerSecond)
            : new TemporalSampler(kind, minTicks, maxTicks, 1);
    }

    private static string TemporalViolation(ScalarKind kind, long minTicks, long maxTicks, RangeModel range)
        => $"$v {(range.MinIsExclusive ? "<=" : "<")} {Literals.Temporal(kind, minTicks)} || $v {(range.MaxIsExclusive ? ">=" : ">")} {Literals.Temporal(kind, maxTicks)}";

    private SamplerPlan? PlanText(string entityName, (string? First, string? Last) names)
    {
        int min = 0, max = int.MaxValue;
        foreach (var length in _member.Lengths)
        {
            if (length.Min is int lower) min = Math.Max(min, lower);
            if (length.Max is int upper) max = Math.Min(max, upper);
            var check = (length.Min, length.Max) switch
            {
                (int lower2, int upper2) => ($"$v.Length < {lower2} || $v.Length > {upper2}", $"{lower2} to {upper2} characters long"),
                (int lower2, null) => ($"$v.Length < {lower2}", $"at least {lower2} characters long"),
                (null, int upper2) => ($"$v.Length > {upper2}", $"at most {upper2} characters long"),
                _ => default,
            };
            if (check.Item1 is not null) Check(check.Item1, length.Declared, check.Item2);
        }
        if (_member.IsRequired)
        {
            min = Math.Max(min, 1);
            Check("string.IsNullOrWhiteSpace($v)", "[Required]", "not empty");
        }
        if (min > max || max < 0)
        {
            Problem(DiagnosticIds.EmptyBounds, $"no length fits both {min} and {max}.", _member.Lengths.Select(l => l.Declared).ToArray());
            return null;
        }
        var kind = _member.Semantic ?? SemanticInference.Infer(_member.Name, entityName);
        var shortest = kind switch
        {
            SemanticKind.Email => 6,
            SemanticKind.Url => 12,
            _ => 0,
        };
        if (max < shortest)
        {
            Problem(DiagnosticIds.EmptyBounds, $"a {kind} needs at least {shortest} characters, but at most {max} are allowed.", _member.Lengths.Select(l => l.Declared).ToArray());
            return null;
        }
        var denied = new List<string>();
        if (_member.Denied is { } list)
        {
            foreach (var value in list.Values.Where(v => v.Kind == ConstantKind.String))
            {
                denied.Add(value.CSharp);
            }
            if (denied.Count > 0) Check(string.Join(" || ", denied.Select(d => $"$v == {d}")), list.Declared, "none of the denied values");
        }
        // Text is non-empty unless a limit forces it empty: an empty name or description is not realistic data.
        var first = kind is SemanticKind.Email or SemanticKind.UserName or SemanticKind.FullName ? names.First : null;
        var last = kind is SemanticKind.Email or SemanticKind.UserName or SemanticKind.FullName ? names.Last : null;
        return new TextSampler(kind, Math.Min(Math.Max(min, 1), max), max, first, last, denied.ToEquatableArray());
    }

    private SamplerPlan? PlanEnum()
    {
        if (_member.Type.EnumMembers.Count == 0)
        {
            Problem(DiagnosticIds.EmptyBounds, $"{_member.Type.FullName} has no members to choose from.");
            return null;
        }
        var members = _member.Type.EnumMembers.Where(m => !IsDenied(m.Value)).ToList();
        if (members.Any(m => double.IsNaN(m.Weight) || double.IsInfinity(m.Weight) || m.Weight < 0))
        {
            Problem(DiagnosticIds.Unsupported, "every [Weight] must be a finite number of at least 0.", "[Weight]");
            return null;
        }
        if (members.Sum(m => m.Weight) <= 0)
        {
            Problem(DiagnosticIds.EmptyBounds, $"no member of {_member.Type.FullName} can be chosen (none left, or all weigh 0).", "[Weight]", _member.Denied?.Declared);
            return null;
        }
        AddDeniedCheck(_member.Type.EnumMembers.Where(m => IsDenied(m.Value)).Select(m => $"{_member.Type.FullName}.{m.Name}"));
        var values = members.Select(m => $"{_member.Type.FullName}.{m.Name}").ToEquatableArray();
        return new ChoiceSampler(values, Cumulative(members.Select(m => m.Weight)));
    }

    private SamplerPlan? PlanChoice(ValueListModel allowed)
    {
        var literals = new List<string>();
        var weights = new List<double>();
        if (_member.Weights is { } declared && declared.Values.Count != allowed.Values.Count)
        {
            Problem(DiagnosticIds.Unsupported, $"{declared.Declared} gives {declared.Values.Count} weights for the {allowed.Values.Count} values of {allowed.Declared}.", declared.Declared, allowed.Declared);
            return null;
        }
        if (_member.Weights is { } weighed && (weighed.Values.Any(w => !(w >= 0) || double.IsInfinity(w)) || weighed.Values.All(w => w == 0)))
        {
            Problem(DiagnosticIds.Unsupported, $"{weighed.Declared} needs finite weights of at least 0, not all 0.", weighed.Declared);
            return null;
        }
        for (var i = 0; i < allowed.Values.Count; i++)
        {
            var constant = allowed.Values[i];
            var literal = LiteralFor(constant);
            var weight = WeightOfEnumValue(constant.Text) * (_member.Weights?.Values[i] ?? 1.0);
            // A value weighted zero is never drawn, like a denied one.
            if (literal is null || IsDenied(constant.Text) || literals.Contains(literal) || !FitsDeclaredBounds(constant) || weight == 0) continue;
            literals.Add(literal);
            weights.Add(weight);
        }
        if (literals.Count == 0)
        {
            Problem(DiagnosticIds.EmptyBounds, $"none of the allowed values {allowed.Declared} is a {_member.Type.FullName} that meets the member's other constraints.",
                allowed.Declared, _member.Denied?.Declared, _member.Range?.Declared);
            return null;
        }
        Check($"!({string.Join(" || ", literals.Select(l => $"$v == {l}"))})", allowed.Declared, "one of the allowed values");
        var isWeighted = weights.Any(w => w != 1.0);
        return new ChoiceSampler(literals.ToEquatableArray(), isWeighted ? Cumulative(weights) : EquatableArray<double>.Empty);
    }

    private double WeightOfEnumValue(string value)
        => _member.Type.EnumMembers.FirstOrDefault(m => m.Value == value)?.Weight ?? 1.0;

    private bool FitsDeclaredBounds(ConstantModel constant)
    {
        if (constant.Kind == ConstantKind.String)
            return _member.Lengths.All(l => (l.Min is not int min || constant.Text.Length >= min) && (l.Max is not int max || constant.Text.Length <= max));
        if (_member.Range is not { } range || !BoundReader.TryDecimal(constant.Text, out var value)) return true;
        if (!ReadNumericRange(range, out var low, out var high, quiet: true)) return true;
        return (range.MinIsExclusive ? value > low : value >= low) && (range.MaxIsExclusive ? value < high : value <= high);
    }

    /// <summary>
    /// The C# literal of an allowed value, or null when it can never equal one: like the BCL's validator,
    /// which compares with <see cref="object.Equals(object)"/>, a value counts only when its type is the
    /// member's (an <c>int</c> 1 never equals a <c>long</c> 1, and no attribute argument is a decimal).
    /// </summary>
    private string? LiteralFor(ConstantModel constant)
    {
        if (constant.TypeName != _member.Type.FullName) return null;
        return constant.Kind switch
        {
            ConstantKind.Real when _member.Type.Kind == ScalarKind.Single && BoundReader.TryDouble(constant.Text, out var single) => Literals.Single(single),
            ConstantKind.Real when BoundReader.TryDouble(constant.Text, out var real) => Literals.Double(real),
            ConstantKind.Real => null,
            ConstantKind.Integer => constant.Text,
            _ => constant.CSharp,
        };
    }

    private bool IsDenied(string text) => _member.Denied?.Values.Any(v => v.Text == text && v.Kind != ConstantKind.Null) == true;

    private void AddDeniedCheck(IEnumerable<string> literals)
    {
        var list = literals.ToList();
        if (list.Count > 0 && _member.Denied is { } denied)
            Check(string.Join(" || ", list.Select(l => $"$v == {l}")), denied.Declared, "none of the denied values");
    }

    /// <summary>Denied values inside [min, max] as sorted lattice units (scale 0 for integers), or null after a problem.</summary>
    private EquatableArray<long>? DeniedIntegers(long min, long max, int units)
    {
        if (_member.Denied is not { } denied) return EquatableArray<long>.Empty;
        var excluded = new SortedSet<long>();
        var literals = new List<string>();
        foreach (var constant in denied.Values)
        {
            if (constant.Kind is not (ConstantKind.Integer or ConstantKind.Real) || !BoundReader.TryDecimal(constant.Text, out var value)) continue;
            var scaled = BoundReader.Scale(value, units);
            if (scaled != Math.Floor(scaled)) continue;
            literals.Add(units == 0 ? value.ToString(CultureInfo.InvariantCulture) : Literals.Decimal(value));
            var unit = BoundReader.FloorToLong(scaled, false);
            if (unit >= min && unit <= max) excluded.Add(unit);
        }
        AddDeniedCheck(literals);
        if ((ulong)(max - min) + 1UL <= (ulong)excluded.Count && max - min < long.MaxValue)
        {
            Problem(DiagnosticIds.EmptyBounds, $"every value in the range is denied.", denied.Declared, _member.Range?.Declared);
            return null;
        }
        return excluded.ToEquatableArray();
    }

    private bool ReadNumericRange(RangeModel range, out decimal low, out decimal high, bool quiet = false)
    {
        high = 0;
        if (BoundReader.TryDecimal(range.Min, out low) && BoundReader.TryDecimal(range.Max, out high)) return true;
        if (!quiet) Problem(DiagnosticIds.TypeMismatch, $"{range.Declared} has bounds that are not numbers.", range.Declared);
        return false;
    }

    private static string Describe(RangeModel range)
        => $"{(range.MinIsExclusive ? "(" : "[")}{range.Min}, {range.Max}{(range.MaxIsExclusive ? ")" : "]")}";

    private static EquatableArray<double> Cumulative(IEnumerable<double> weights)
    {
        var sums = new List<double>();
        var total = 0.0;
        foreach (var weight in weights) sums.Add(total += weight);
        return sums.ToEquatableArray();
    }

    /// <summary>A key member the builder makes from the row index (integers, Guids, strings), so rows never collide.</summary>
    public static bool IsGeneratedKey(MemberModel member)
        => member.IsKey && (member.Type.Kind is ScalarKind.Guid or ScalarKind.String || IsInteger(member.Type.Kind));

    public static bool IsInteger(ScalarKind kind) => kind is ScalarKind.SByte or ScalarKind.Byte or ScalarKind.Int16 or ScalarKind.UInt16
        or ScalarKind.Int32 or ScalarKind.UInt32 or ScalarKind.Int64 or ScalarKind.UInt64;

    /// <summary>A type's value range; ulong is sampled within long's range (values past 2^63 are no test data anyone reads).</summary>
    private static (long Min, long Max) IntegerLimits(ScalarKind kind) => kind switch
    {
        ScalarKind.SByte => (sbyte.MinValue, sbyte.MaxValue),
        ScalarKind.Byte => (byte.MinValue, byte.MaxValue),
        ScalarKind.Int16 => (short.MinValue, short.MaxValue),
        ScalarKind.UInt16 => (ushort.MinValue, ushort.MaxValue),
        ScalarKind.Int32 => (int.MinValue, int.MaxValue),
        ScalarKind.UInt32 => (uint.MinValue, uint.MaxValue),
        ScalarKind.UInt64 => (0, long.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };

    private static long Pow10(int exponent)
    {
        long value = 1;
        for (var i = 0; i < exponent; i++) value *= 10;
        return value;
    }

    private static long CeilingDiv(long a, long b) => a / b + (a % b > 0 ? 1 : 0);

    private static long FloorDiv(long a, long b) => a / b - (a % b < 0 ? 1 : 0);
}
