using System.Linq;
using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>Everything the emitter needs for one faker, decided at compile time.</summary>
/// <param name="Namespace">The faker's namespace, or null.</param>
/// <param name="Name">The faker class's name.</param>
/// <param name="Containers">Enclosing types, outermost first.</param>
/// <param name="Entities">One plan per entity.</param>
/// <param name="SkippedEntities">Types that get no builder, with the reason.</param>
/// <param name="DeclaredConstructors">The faker constructors the user wrote.</param>
/// <param name="Failure">Why the faker could not be read or planned (an internal error), or null.</param>
/// <param name="DataSet">How whole data sets of the faker's entities are made; null when planning failed.</param>
internal sealed record FakerPlan(
    string? Namespace,
    string Name,
    EquatableArray<ContainingTypeModel> Containers,
    EquatableArray<EntityPlan> Entities,
    EquatableArray<SkippedMember> SkippedEntities,
    FakerConstructors DeclaredConstructors,
    string? Failure = null,
    Relationships.DataSetPlan? DataSet = null)
{
    /// <summary>A file name unique per faker: namespace, containers and name, with characters a hint name refuses replaced.</summary>
    public string HintName
    {
        get
        {
            var parts = new System.Collections.Generic.List<string>();
            if (Namespace is not null) parts.Add(Namespace);
            foreach (var container in Containers) parts.Add(container.Name);
            parts.Add(Name);
            var name = string.Join(".", parts);
            var safe = new System.Text.StringBuilder(name.Length);
            foreach (var c in name) safe.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
            return safe + ".g.cs";
        }
    }
}

/// <summary>How to build one entity: its members in sampling order, how to construct it, and what stops it.</summary>
/// <param name="Name">The entity's simple name.</param>
/// <param name="FullName">Its fully qualified name.</param>
/// <param name="IsPublic">Whether the builder can be public.</param>
/// <param name="Members">Members in declaration order.</param>
/// <param name="SamplingOrder">Member names in the order their values are drawn (names before the text built from them).</param>
/// <param name="ConstructorParameters">Members passed to the constructor, in parameter order.</param>
/// <param name="Skipped">Members left alone, with the reason.</param>
/// <param name="Problems">Why no row can be built; empty when every row can.</param>
/// <param name="Linear">The cross-member constraints, solved; null when the entity declares none.</param>
/// <param name="Opaque">Invariants outside the linear class, checked on each row.</param>
/// <param name="Groups">Categorical members tied by invariants, drawn together from enumerated combinations.</param>
/// <param name="Navigations">Reference navigations a <c>With{Navigation}</c> can fix, with the foreign key it sets.</param>
/// <param name="Copula">The correlated members' copula, or null.</param>
/// <param name="Notes">Declarations the builder does not act on yet, with why (written as comments).</param>
/// <param name="InvariantChecks">The declared invariants as checks over a finished row, for the fidelity report.</param>
/// <param name="Owned">The owned objects (EF Core <c>[Owned]</c> references) the row builds from its members.</param>
/// <param name="RequiredNavigations">C# <c>required</c> navigations, with what the object initializer sets them to before a data set links the row.</param>
/// <param name="OwnedCollections">The collections of owned objects (EF Core OwnsMany) the row builds with it.</param>
/// <param name="Key">The primary key's members, in key order.</param>
internal sealed record EntityPlan(
    string Name,
    string FullName,
    bool IsPublic,
    EquatableArray<MemberPlan> Members,
    EquatableArray<string> SamplingOrder,
    EquatableArray<string> ConstructorParameters,
    EquatableArray<SkippedMember> Skipped,
    EquatableArray<ProblemPlan> Problems,
    LinearPlan? Linear,
    EquatableArray<OpaquePlan> Opaque,
    EquatableArray<CategoricalGroup> Groups,
    EquatableArray<NavigationPlan> Navigations = default,
    CopulaPlan? Copula = null,
    EquatableArray<string> Notes = default,
    EquatableArray<Constraints.InvariantCheckPlan> InvariantChecks = default,
    EquatableArray<OwnedPlan> Owned = default,
    EquatableArray<NavigationInitializer> RequiredNavigations = default,
    EquatableArray<OwnedCollectionPlan> OwnedCollections = default,
    EquatableArray<string> Key = default)
{
    /// <summary>
    /// Whether rows are built by <c>TryBuildAt(index, attempt, out entity)</c> with bounded redraws: cross-member
    /// constraints (lattice rounding) and computed members with bounds of their own can reject a draw.
    /// </summary>
    public bool Retries => Linear is not null || RedrawsInputs;

    /// <summary>Whether a rejected row draws its inputs afresh: an invariant checked on the row, or a computed member with bounds of its own.</summary>
    public bool RedrawsInputs => Opaque.Count > 0 || Members.Any(m => m.Sampler is ComputedSampler && m.Checks.Count > 0);
}

/// <summary>What the object initializer sets a C# <c>required</c> navigation to: <c>null!</c> for a reference (a data set or <c>With{Navigation}</c> sets it), an empty list for a collection.</summary>
/// <param name="Member">The navigation.</param>
/// <param name="Value">The C# expression.</param>
internal sealed record NavigationInitializer(string Member, string Value);

/// <summary>A settable reference navigation of a builder's entity.</summary>
/// <param name="Name">The navigation's name.</param>
/// <param name="TypeName">The parent entity's fully qualified name.</param>
/// <param name="ForeignKey">The foreign-key members it sets, each from the parent's key member it copies (several for a composite key; none for a shadow key).</param>
/// <param name="IsOptional">Whether a data set may leave it empty, so it asks whether a picked parent leaves the row a solution.</param>
internal sealed record NavigationPlan(string Name, string TypeName, EquatableArray<Relationships.ForeignKeyPart> ForeignKey, bool IsOptional);

/// <summary>How one member is sampled, and which fixed values it refuses.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="TypeName">Its C# type as written in generated code, with <c>?</c> when nullable.</param>
/// <param name="Sampler">How a value is drawn.</param>
/// <param name="StreamKey">The stable hash of <c>Entity.Member</c> that keys the member's random stream.</param>
/// <param name="NullRate">Null handling: null when the member is never null; otherwise its declared rate, or NaN for "the options' rate".</param>
/// <param name="Checks">The checks a fixed value must pass.</param>
/// <param name="Shape">Extra mass on its bounds and around a threshold, or null.</param>
/// <param name="ParentNavigation">For a parent's member read through a navigation (<c>Customer.RegisteredAt</c>): the navigation. Such a member is no property of the entity: a data set fixes it to the parent's value.</param>
/// <param name="Marginal">Its distribution and the source of its quantile, or null for a uniform draw of its own.</param>
/// <param name="OwnedPath">For a member of an owned type (<c>ShippingAddress_Street</c>): its path from the owner (<c>ShippingAddress.Street</c>).</param>
/// <param name="ParentPath">For a parent's member: the path read on the parent (<c>RegisteredAt</c>, or <c>Holder.RegisteredAt</c> a level further).</param>
/// <param name="ParentType">For a parent's member: the fully qualified type of the entity that holds the path's last member.</param>
/// <param name="HeldPath">For a parent's member inside the holder's owned objects: its path on the holder (<c>Limits.Max</c>), else null.</param>
internal sealed record MemberPlan(
    string Name,
    string TypeName,
    SamplerPlan Sampler,
    ulong StreamKey,
    double? NullRate,
    EquatableArray<CheckPlan> Checks,
    ShapePlan? Shape = null,
    string? ParentNavigation = null,
    MarginalPlan? Marginal = null,
    string? OwnedPath = null,
    string? ParentPath = null,
    string? ParentType = null,
    string? HeldPath = null)
{
    /// <summary>Whether the member is a property of the entity (not a parent's member seen through a navigation).</summary>
    public bool IsOwn => ParentNavigation is null;

    /// <summary>Whether the entity's object initializer sets the member itself (not through a parent or an owned object).</summary>
    public bool IsInitialized => IsOwn && OwnedPath is null;

    /// <summary>
    /// For a parent's member: the navigations to the entity that holds it, from the row (<c>Policy</c>, or
    /// <c>Policy.Holder</c> for <c>Policy.Holder.RegisteredAt</c>); its members are conditioned on that object together.
    /// </summary>
    public string? Holder => ParentNavigation is { } navigation && ParentPath is { } path ? Relationships.ParentPaths.Holder(navigation, path) : null;

    /// <summary>For a parent's member: the member of <see cref="Holder"/> it reads, as the holder's model names it (<c>Limits_Max</c> for <c>Limits.Max</c>).</summary>
    public string? HeldMember => ParentPath is { } path ? Relationships.ParentPaths.HeldMember(path) : null;

}


/// <summary>
/// A member's marginal distribution, truncated to each row's feasible interval by the inverse CDF, and where its
/// quantile comes from: its own stream, or the entity's Gaussian copula.
/// </summary>
/// <param name="Kind">The distribution; null for uniform (a correlated member with no declared distribution).</param>
/// <param name="First">Its first parameter (mean, mu, rate or lambda).</param>
/// <param name="Second">Its second parameter (standard deviation or sigma), or NaN.</param>
/// <param name="Unit">The value of one lattice unit (1, 10^-scale for a decimal), or 0 for a double.</param>
/// <param name="FromCopula">Whether the quantile is the copula's (the member is <c>[Correlated]</c>).</param>
internal sealed record MarginalPlan(DistributionKind? Kind, double First, double Second, double Unit, bool FromCopula);

/// <summary>
/// The entity's Gaussian copula: latent standard normals z = L·g over its correlated members, with L the
/// Cholesky factor of the latent correlation matrix (2·sin(π·ρ/6) per Spearman target ρ).
/// </summary>
/// <param name="Members">The correlated members, in sampling order.</param>
/// <param name="Cholesky">Row i of L: the weights of g₀..gᵢ in zᵢ.</param>
/// <param name="Sources">The <c>[Correlated]</c> attributes, as written, with their members.</param>
/// <param name="Adjusted">Whether the declared matrix was not positive definite and the nearest correlation matrix is used instead.</param>
internal sealed record CopulaPlan(EquatableArray<string> Members, EquatableArray<EquatableArray<double>> Cholesky, EquatableArray<string> Sources, bool Adjusted);

/// <summary><c>[EdgeCases]</c> and <c>[Threshold]</c> for one member drawn on a lattice.</summary>
/// <param name="EdgeRate">The probability of its smallest or largest feasible value.</param>
/// <param name="Threshold">The threshold in lattice units, or null.</param>
/// <param name="ThresholdRate">The probability of a value one step below, at or above the threshold.</param>
internal sealed record ShapePlan(double EdgeRate, long? Threshold, double ThresholdRate);

/// <summary>A check on a fixed value: a C# condition over <c>value</c> that is true when the value breaks the constraint.</summary>
/// <param name="Violated">The condition, e.g. <c>value &lt; 18 || value &gt; 120</c>.</param>
/// <param name="Constraint">The declared constraint, e.g. <c>[Range(18, 120)]</c>.</param>
/// <param name="Expectation">What the constraint asks, e.g. <c>between 18 and 120</c>.</param>
internal sealed record CheckPlan(string Violated, string Constraint, string Expectation);
