namespace ConstrainedFakes.Generator.Model;

/// <summary>A <c>[Correlated(other, rho)]</c> on a member.</summary>
/// <param name="Member">The member carrying it.</param>
/// <param name="Other">The other member (or path) as written.</param>
/// <param name="Coefficient">The target Spearman rank correlation.</param>
/// <param name="Declared">The attribute as C# source.</param>
internal sealed record DeclaredCorrelation(string Member, string Other, double Coefficient, string Declared);
