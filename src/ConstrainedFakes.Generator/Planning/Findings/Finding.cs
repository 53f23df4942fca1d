using ConstrainedFakes.Generator.Model;

namespace ConstrainedFakes.Generator.Planning.Findings;

/// <summary>
/// Something the checks found that does not stop a row from being built (a capacity, a narrowed range,
/// a correlation that cannot be met exactly): reported by the analyzer, never thrown.
/// </summary>
/// <param name="Id">The diagnostic ID (<see cref="DiagnosticIds"/>).</param>
/// <param name="Message">What was found, with the values involved.</param>
/// <param name="Sites">The declared constraints involved, the first being where it is reported.</param>
/// <param name="Suggestion">A replacement the code fix may offer (the closest member name), or null.</param>
internal sealed record Finding(string Id, string Message, EquatableArray<ProblemSite> Sites, string? Suggestion = null);
