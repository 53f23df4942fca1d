namespace ConstrainedFakes;

/// <summary>
/// Thrown when an entity cannot be built without breaking a declared hard constraint: the fixed
/// values or the model leave no solution. The message names the entity, the constraints in conflict
/// and the values involved.
/// </summary>
public sealed class ConstraintViolationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entity">The entity type's name.</param>
    /// <param name="constraints">The declared constraints in conflict, as written, e.g. <c>[Range(18, 120)] Age</c>.</param>
    /// <param name="detail">What went wrong, with the values involved.</param>
    public ConstraintViolationException(string entity, IReadOnlyList<string> constraints, string detail)
        : base(Format(entity, constraints, detail))
    {
        Entity = entity;
        Constraints = constraints;
        Detail = detail;
    }

    /// <summary>The entity type's name.</summary>
    public string Entity { get; }

    /// <summary>The declared constraints in conflict.</summary>
    public IReadOnlyList<string> Constraints { get; }

    /// <summary>What went wrong, with the values involved.</summary>
    public string Detail { get; }

    private static string Format(string entity, IReadOnlyList<string> constraints, string detail)
        => constraints.Count == 0
            ? $"Cannot build {entity}: {detail}"
            : $"Cannot build {entity}: {detail} Constraints: {string.Join("; ", constraints)}.";
}
