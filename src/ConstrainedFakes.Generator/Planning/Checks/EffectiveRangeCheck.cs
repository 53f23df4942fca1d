using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Constraints;
using ConstrainedFakes.Generator.Planning.Findings;
using ConstrainedFakes.Generator.Planning.Linear;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// CF0010 (info): a member with a declared <c>[Range]</c> that the entity's cross-member constraints leave
/// less than a tenth of: the declared range says one thing, the data will show another.
/// </summary>
internal static class EffectiveRangeCheck
{
    /// <summary>An effective range narrower than this share of the declared one is worth saying.</summary>
    public const double NarrowShare = 0.1;

    public static IEnumerable<Finding> Check(EntityPlan plan, LinearPlanner.LinearSystem system)
    {
        var members = plan.Members.ToDictionary(m => m.Name);
        foreach (var range in LinearPlanner.EffectiveRanges(system))
        {
            if (range.Member.Range is not { } declared || range.Maximum <= range.Minimum) continue;
            var width = range.High - range.Low;
            if (width >= Rational.Of(range.Maximum - range.Minimum) * Rational.Of(1, 10)) continue;
            var scale = members.TryGetValue(range.Member.Name, out var member) && member.Sampler is DecimalSampler d ? d.Scale : 0;
            var share = (double)(width.Numerator * 1000 / width.Denominator) / 1000 / (range.Maximum - range.Minimum);
            yield return new Finding(DiagnosticIds.Narrowed,
                $"{range.Member.Name}: the other constraints leave it [{Format(range.Low, range.Member.Type.Kind, scale)}, {Format(range.High, range.Member.Type.Kind, scale)}], " +
                $"{share.ToString("0.#%", CultureInfo.InvariantCulture)} of its declared {declared.Declared}.",
                ProblemSite.OnMember(range.Member.Name, declared.Declared));
        }
    }

    private static string Format(Rational units, ScalarKind kind, int scale)
    {
        var ticks = units.Numerator / units.Denominator;
        var whole = ticks >= long.MinValue && ticks <= long.MaxValue ? (long)ticks : 0;
        switch (kind)
        {
            case ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly when whole >= DateTime.MinValue.Ticks && whole <= DateTime.MaxValue.Ticks:
                var at = new DateTime(whole, DateTimeKind.Utc);
                return at.ToString(at.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            case ScalarKind.TimeOnly or ScalarKind.TimeSpan:
                return TimeSpan.FromTicks(whole).ToString("c", CultureInfo.InvariantCulture);
            default:
                var value = (double)units.Numerator / (double)units.Denominator / Math.Pow(10, scale);
                return value.ToString("0.####", CultureInfo.InvariantCulture);
        }
    }
}
