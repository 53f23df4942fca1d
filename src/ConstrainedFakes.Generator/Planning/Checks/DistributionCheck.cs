using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>
/// Distributions and weights, ahead of the feature that samples them: parameters outside their domain
/// (CF0004: a standard deviation, sigma, rate or lambda that is not positive, a negative weight, weights
/// that do not match the allowed values one for one) and distributions on members they cannot shape (CF0005).
/// </summary>
internal static class DistributionCheck
{
    public static IEnumerable<Finding> Check(EntityModel entity, EquatableArray<DistributionModel> distributions)
    {
        var members = entity.Members.ToDictionary(m => m.Name);
        foreach (var distribution in distributions)
        {
            var site = ProblemSite.OnMember(distribution.Member, distribution.Declared);
            members.TryGetValue(distribution.Member, out var member);
            var problem = distribution.Kind == "Weights" ? Weights(distribution, member) : Shape(distribution, member);
            if (problem is not null) yield return new Finding(problem.Value.Id, $"{distribution.Member}: {distribution.Declared} {problem.Value.Message}.", site);
        }
    }

    private static (string Id, string Message)? Shape(DistributionModel distribution, MemberModel? member)
    {
        var arguments = distribution.Arguments;
        var (parameter, value) = distribution.Kind switch
        {
            "Normal" when arguments.Count == 2 => ("standard deviation", arguments[1]),
            "LogNormal" when arguments.Count == 2 => ("sigma", arguments[1]),
            "Exponential" when arguments.Count == 1 => ("rate", arguments[0]),
            "Poisson" when arguments.Count == 1 => ("lambda", arguments[0]),
            _ => ("", double.NaN),
        };
        if (parameter.Length == 0) return null;
        if (arguments.Any(a => double.IsNaN(a) || double.IsInfinity(a)) || value <= 0)
            return (DiagnosticIds.Unsupported, $"needs a positive, finite {parameter}, and it is {Format(value)}");
        if (member is null) return null;
        var isInteger = MemberPlanner.IsInteger(member.Type.Kind);
        var isNumber = isInteger || member.Type.Kind is ScalarKind.Decimal or ScalarKind.Double or ScalarKind.Single;
        if (distribution.Kind == "Poisson" && !isInteger) return (DiagnosticIds.TypeMismatch, $"draws whole numbers, and {member.Name} is {member.Type.FullName}");
        if (!isNumber && member.Type.Kind is not (ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly or ScalarKind.TimeOnly or ScalarKind.TimeSpan))
            return (DiagnosticIds.TypeMismatch, $"shapes numbers and dates, and {member.Name} is {member.Type.FullName}");
        return null;
    }

    private static (string Id, string Message)? Weights(DistributionModel distribution, MemberModel? member)
    {
        var weights = distribution.Arguments;
        if (weights.Any(w => double.IsNaN(w) || double.IsInfinity(w) || w < 0) || weights.Count > 0 && weights.Sum() <= 0)
            return (DiagnosticIds.Unsupported, "needs finite weights of at least 0, not all 0");
        if (member is null) return null;
        if (member.Allowed is not { } allowed) return (DiagnosticIds.Unsupported, "weighs the values of an [AllowedValues], and the member has none");
        return weights.Count == allowed.Values.Count ? null
            : (DiagnosticIds.Unsupported, $"gives {weights.Count} weights for the {allowed.Values.Count} values of {allowed.Declared}");
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
