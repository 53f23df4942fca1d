using System.Collections.Generic;
using System.Linq;
using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>How a row builds one owned object (an EF Core <c>[Owned]</c> reference) from its members.</summary>
/// <param name="Name">The property that holds it, on the owner or on the owned object around it.</param>
/// <param name="Path">Its place from the owner (<c>Destination.Geo</c>), which names its fields.</param>
/// <param name="TypeFullName">The owned type, fully qualified.</param>
/// <param name="Members">Each owned member's name, with the owner's member that holds its value (<c>{Name}_{Member}</c>).</param>
/// <param name="NullRate">Null handling: null when the property is never null; otherwise its declared rate, or NaN for the options' rate.</param>
/// <param name="NullStreamKey">The stable hash that keys the null decision (of <c>Entity.Path</c>).</param>
/// <param name="Owned">The owned objects it holds, built with it.</param>
internal sealed record OwnedPlan(string Name, string Path, string TypeFullName, EquatableArray<OwnedMemberPlan> Members, double? NullRate, ulong NullStreamKey, EquatableArray<OwnedPlan> Owned)
{
    /// <summary>Plans the owned references of <paramref name="entity"/>; a null rate outside [0, 1] is a problem.</summary>
    public static EquatableArray<OwnedPlan> Plan(EntityModel entity, List<ProblemPlan> problems)
        => entity.Owned.Select(owned => Plan(entity, owned, problems)).ToEquatableArray();

    /// <summary>This owned object and the ones inside it, outermost first.</summary>
    public IEnumerable<OwnedPlan> SelfAndInner() => new[] { this }.Concat(Owned.SelectMany(o => o.SelfAndInner()));

    private static OwnedPlan Plan(EntityModel entity, OwnedReferenceModel owned, List<ProblemPlan> problems)
    {
        double? rate = !owned.IsNullable ? null : owned.NullRate is { } declared ? declared.Value : double.NaN;
        if (rate is { } value && !double.IsNaN(value) && value is not (>= 0 and <= 1))
        {
            problems.Add(new ProblemPlan(DiagnosticIds.Unsupported, $"the null rate {Literals.Invariant(value)} of {owned.Path} is not between 0 and 1.",
                EquatableArray<string>.Empty, new[] { ProblemSite.On(owned.Name, owned.NullRate!.Declared) }.ToEquatableArray()));
            rate = null;
        }
        var members = owned.Members.Select(m => new OwnedMemberPlan(m, owned.MemberName(m))).ToEquatableArray();
        return new OwnedPlan(owned.Property, owned.Path, owned.TypeFullName, members, rate, ConstrainedFakes.Randomness.NameHash.Of($"{entity.Name}.{owned.Path}"),
            owned.Owned.Select(o => Plan(entity, o, problems)).ToEquatableArray());
    }
}

/// <summary>One member of an owned object and the owner's member that holds its value.</summary>
/// <param name="Member">The owned type's member.</param>
/// <param name="Holder">The owner's member, <c>{Property}_{Member}</c>.</param>
internal sealed record OwnedMemberPlan(string Member, string Holder);
