using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Checks;

/// <summary>CF0007: a <c>[Unique]</c> member whose domain holds fewer values than a data set usually needs.</summary>
internal static class UniqueCapacityCheck
{
    /// <summary>Below this many distinct values a unique member limits the rows enough to say so.</summary>
    public const ulong SmallCapacity = 10_000;

    public static IEnumerable<Finding> Check(EntityModel entity, EntityPlan plan)
    {
        var models = entity.Members.ToDictionary(m => m.Name);
        foreach (var member in plan.Members)
        {
            if (member.Sampler is not UniqueSampler { Inner: not KeySampler } unique || unique.Capacity >= SmallCapacity) continue;
            if (!models.TryGetValue(member.Name, out var model) || model.Unique is null) continue;
            var domain = unique.Inner switch
            {
                ChoiceSampler when model.Type.Kind == ScalarKind.Boolean => "a bool has 2 values",
                ChoiceSampler when model.Allowed is not null => $"{unique.Capacity} allowed values",
                ChoiceSampler => $"{model.Type.FullName} has {unique.Capacity} usable members",
                TextSampler text => $"at most {text.MaxLength} characters leave room for {unique.Capacity} distinct numbers",
                _ => $"its range holds {unique.Capacity} values",
            };
            yield return new Finding(DiagnosticIds.UniqueCapacity,
                $"{member.Name}: {model.Unique} allows at most {unique.Capacity} rows ({domain}); building more throws.",
                ProblemSite.OnMember(member.Name, model.Unique));
        }
    }
}
