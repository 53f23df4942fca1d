namespace ConstrainedFakes.Generator.Model;

/// <summary>One settable member of an entity and every constraint attribute on it, as written.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="Type">The member's type, without nullability.</param>
/// <param name="IsNullable">Whether null is a legal value (<c>T?</c>, or an annotated reference type).</param>
/// <param name="IsKey">Whether the member is (part of) the primary key.</param>
/// <param name="IsRequired">Whether <c>[Required]</c> is present.</param>
/// <param name="Range">The <c>[Range]</c>, if any.</param>
/// <param name="Lengths">Length limits from <c>[StringLength]</c>, <c>[MinLength]</c>, <c>[MaxLength]</c>, <c>[Length]</c>.</param>
/// <param name="Allowed">The <c>[AllowedValues]</c>, if any.</param>
/// <param name="Denied">The <c>[DeniedValues]</c>, if any.</param>
/// <param name="Precision">The EF Core <c>[Precision]</c>, if any.</param>
/// <param name="Semantic">The text kind from <c>[Semantic]</c>, <c>[EmailAddress]</c>, <c>[Phone]</c> or <c>[Url]</c>, or null to infer it from the name.</param>
/// <param name="Probability">The <c>[Probability]</c> of <c>true</c>, if any.</param>
/// <param name="NullRate">The <c>[Nulls]</c> rate, if any.</param>
/// <param name="Relations">Order relations with other members (<c>[GreaterThan]</c> and its siblings).</param>
/// <param name="Unique">The <c>[Unique]</c> as written, or null.</param>
/// <param name="Threshold">The <c>[Threshold]</c> value, if any.</param>
/// <param name="ThresholdRate">The <c>[Threshold]</c>'s probability (0.1 unless set).</param>
/// <param name="Computed">The <c>[Computed]</c> expression, if any.</param>
/// <param name="CurrentStateOf">The <c>[CurrentStateOf]</c> sequence navigation's name, if any.</param>
/// <param name="ParentNavigation">For a parent's member read through a reference navigation (named <c>Navigation_Member</c>): the navigation, the first one of a deeper path.</param>
/// <param name="Distribution">The declared marginal distribution, or null for uniform.</param>
/// <param name="Weights">[Weights] on the allowed values, or null.</param>
/// <param name="Correlations">[Correlated] targets with other members.</param>
/// <param name="ParentPath">For a parent's member: the path read on the parent, <c>RegisteredAt</c>, or <c>Holder.RegisteredAt</c> through the parent's own reference.</param>
/// <param name="ParentType">For a parent's member: the fully qualified type of the entity that holds the path's last member.</param>
/// <param name="HeldPath">For a parent's member inside the holder's owned objects (<c>Limits_Max</c>): its path on the holder, <c>Limits.Max</c>; else null.</param>
internal sealed record MemberModel(
    string Name,
    TypeModel Type,
    bool IsNullable,
    bool IsKey,
    bool IsRequired,
    RangeModel? Range,
    EquatableArray<LengthModel> Lengths,
    ValueListModel? Allowed,
    ValueListModel? Denied,
    PrecisionModel? Precision,
    SemanticKind? Semantic,
    DeclaredNumber? Probability,
    DeclaredNumber? NullRate,
    EquatableArray<RelationModel> Relations,
    string? Unique,
    DeclaredNumber? Threshold,
    double ThresholdRate,
    InvariantModel? Computed,
    string? CurrentStateOf = null,
    string? ParentNavigation = null,
    DistributionModel? Distribution = null,
    WeightsModel? Weights = null,
    EquatableArray<CorrelationModel> Correlations = default,
    string? ParentPath = null,
    string? ParentType = null,
    string? HeldPath = null);

/// <summary>An order relation declared on a member: this member <paramref name="Kind"/> <paramref name="Other"/>.</summary>
/// <param name="Kind">The comparison.</param>
/// <param name="Other">The other member's name (or path) as written.</param>
/// <param name="Declared">The attribute as C# source, for messages.</param>
internal sealed record RelationModel(RelationKind Kind, string Other, string Declared);

/// <summary>How a member compares to another.</summary>
internal enum RelationKind
{
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

/// <summary>A <c>[Range]</c> as written: bounds as invariant text, interpreted by the planner for the member's type.</summary>
/// <param name="Min">The lower bound's text (a number in round-trip form, or the string argument).</param>
/// <param name="Max">The upper bound's text.</param>
/// <param name="MinIsExclusive">Whether <c>MinimumIsExclusive</c> is set.</param>
/// <param name="MaxIsExclusive">Whether <c>MaximumIsExclusive</c> is set.</param>
/// <param name="Declared">The attribute as C# source, for messages.</param>
internal sealed record RangeModel(string Min, string Max, bool MinIsExclusive, bool MaxIsExclusive, string Declared);

/// <summary>One length attribute: <paramref name="Min"/> and/or <paramref name="Max"/> characters.</summary>
/// <param name="Min">The minimum length, if the attribute gives one.</param>
/// <param name="Max">The maximum length, if the attribute gives one.</param>
/// <param name="Declared">The attribute as C# source, for messages.</param>
internal sealed record LengthModel(int? Min, int? Max, string Declared);

/// <summary>The values of <c>[AllowedValues]</c> or <c>[DeniedValues]</c>.</summary>
/// <param name="Values">The values, in order.</param>
/// <param name="Declared">The attribute as C# source, for messages.</param>
internal sealed record ValueListModel(EquatableArray<ConstantModel> Values, string Declared);

/// <summary>An attribute argument's constant value.</summary>
/// <param name="Kind">What sort of constant it is.</param>
/// <param name="Text">The value as invariant text (a number in round-trip form, the string itself, the enum's underlying value).</param>
/// <param name="CSharp">The value as a C# expression, e.g. <c>"Gold"</c>, <c>3</c>, <c>global::Shop.Tier.Gold</c>.</param>
/// <param name="TypeName">The constant's own type, fully qualified (<c>int</c>, <c>double</c>, <c>global::Shop.Tier</c>), or empty for null.</param>
internal sealed record ConstantModel(ConstantKind Kind, string Text, string CSharp, string TypeName);

/// <summary>The sort of an attribute constant.</summary>
internal enum ConstantKind
{
    Null,
    Bool,
    Integer,
    Real,
    String,
    Enum,
    Other,
}

/// <summary>EF Core's <c>[Precision(precision, scale)]</c>.</summary>
/// <param name="Precision">Total significant digits.</param>
/// <param name="Scale">Digits after the point, if given.</param>
/// <param name="Declared">The attribute as C# source, for messages.</param>
internal sealed record PrecisionModel(int Precision, int? Scale, string Declared);

/// <summary>A numeric attribute argument (probability, null rate) with its source text.</summary>
/// <param name="Value">The value.</param>
/// <param name="Declared">The attribute as C# source, for messages.</param>
internal sealed record DeclaredNumber(double Value, string Declared);

/// <summary>A declared marginal distribution: <c>[Normal(mean, stdDev)]</c> and the like.</summary>
/// <param name="Kind">Which distribution.</param>
/// <param name="First">Its first parameter (mean, mu, rate or lambda).</param>
/// <param name="Second">Its second parameter (standard deviation or sigma), or NaN when it has one.</param>
/// <param name="Declared">The attribute, as written.</param>
internal sealed record DistributionModel(DistributionKind Kind, double First, double Second, string Declared);

/// <summary>The marginal distributions a member can declare.</summary>
internal enum DistributionKind
{
    Normal,
    LogNormal,
    Exponential,
    Poisson,
}

/// <summary><c>[Weights(5, 1, 1)]</c>: relative frequencies of the allowed values, in order.</summary>
/// <param name="Values">The weights.</param>
/// <param name="Declared">The attribute, as written.</param>
internal sealed record WeightsModel(EquatableArray<double> Values, string Declared);

/// <summary><c>[Correlated(nameof(Other), rho)]</c>: a target Spearman rank correlation with another member.</summary>
/// <param name="Other">The other member (or a path through a navigation).</param>
/// <param name="Rho">The target.</param>
/// <param name="Declared">The attribute, as written.</param>
internal sealed record CorrelationModel(string Other, double Rho, string Declared);
