namespace ConstrainedFakes.Generator.Planning.Findings;

/// <summary>Why one declared constraint is refused: the diagnostic ID, the reason, and the closest member name when one was misspelt.</summary>
/// <param name="Id">The diagnostic ID (<see cref="DiagnosticIds"/>).</param>
/// <param name="Message">The reason, naming the part that is refused.</param>
/// <param name="Suggestion">The closest existing member name, or null.</param>
internal sealed record Rejection(string Id, string Message, string? Suggestion = null);
