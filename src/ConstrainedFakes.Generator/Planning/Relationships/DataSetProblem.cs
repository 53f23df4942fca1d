using ConstrainedFakes.Generator.Planning.Findings;

namespace ConstrainedFakes.Generator.Planning.Relationships;

/// <summary>
/// Why no data set can be built: the text the data set's exception tells, and the place in the entities that is
/// part of it, as plain data, so the analyzer reports it there (CF0008 unless told otherwise).
/// </summary>
/// <param name="Message">The reason, naming what is refused.</param>
/// <param name="Type">The simple name of the entity (or the full name of the enum) whose member or attribute is at fault, or null when the problem is the faker's as a whole.</param>
/// <param name="Site">The member or attribute at fault on <paramref name="Type"/>; null for the type itself.</param>
/// <param name="Id">The diagnostic ID (<see cref="DiagnosticIds"/>).</param>
/// <param name="Suggestion">The closest existing member name, when a name is misspelt.</param>
internal sealed record DataSetProblem(string Message, string? Type, ProblemSite? Site, string Id = DiagnosticIds.Relationship, string? Suggestion = null)
{
    /// <summary>A CF0008 at a member of an entity, or at the entity itself when <paramref name="member"/> is null.</summary>
    public static DataSetProblem At(string entity, string? member, string message)
        => new(message, entity, member is null ? null : ProblemSite.On(member, null));
}
