namespace ConstrainedFakes.Generator.Model;

/// <summary>A marginal distribution or weights declared on a member: <c>[Normal]</c>, <c>[LogNormal]</c>, <c>[Exponential]</c>, <c>[Poisson]</c>, <c>[Weights]</c>.</summary>
/// <param name="Member">The member carrying it.</param>
/// <param name="Kind">The attribute's name without <c>Attribute</c>, e.g. <c>Normal</c>.</param>
/// <param name="Arguments">Its numeric arguments, in order (NaN where one is not a number).</param>
/// <param name="Declared">The attribute as C# source.</param>
internal sealed record DistributionModel(string Member, string Kind, EquatableArray<double> Arguments, string Declared);
