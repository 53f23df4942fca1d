using ConstrainedFakes.Generator.Model;
using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning;

/// <summary>
/// A reason no row of an entity can be built: the generator's builder throws it, the analyzer reports it
/// under <paramref name="Id"/> at the first of <paramref name="Sites"/> (one planner, one truth).
/// </summary>
/// <param name="Id">The diagnostic ID (<see cref="DiagnosticIds"/>).</param>
/// <param name="Detail">What is wrong, with the values involved.</param>
/// <param name="Constraints">The declared constraints in conflict, as written with their member.</param>
/// <param name="Sites">Where those constraints are declared.</param>
/// <param name="Suggestion">A replacement the code fix may offer (the closest member name), or null.</param>
internal sealed record ProblemPlan(string Id, string Detail, EquatableArray<string> Constraints, EquatableArray<ProblemSite> Sites, string? Suggestion = null)
{
    /// <summary>The problem as the analyzer reports it.</summary>
    public Finding ToFinding() => new(Id, Detail, Sites, Suggestion);
}
