using System.Globalization;
using System.Runtime.CompilerServices;

namespace ConstrainedFakes.Building;

/// <summary>
/// The shape every generated <c>{Entity}Builder</c> shares: it implements <see cref="BuildAt"/>, a pure
/// function of (seed, model, entity, row), and inherits the rest.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
public abstract class EntityBuilder<T>
{
    private readonly RowCursor _cursor;

    /// <summary>Creates a builder that takes its rows from <paramref name="cursor"/>.</summary>
    /// <param name="entityName">The entity type's name, for messages.</param>
    /// <param name="cursor">The faker's cursor for this entity type.</param>
    protected EntityBuilder(string entityName, RowCursor cursor)
    {
        EntityName = entityName;
        _cursor = cursor;
    }

    /// <summary>The entity type's name.</summary>
    public string EntityName { get; }

    /// <summary>Builds the entity of row <paramref name="index"/>: the same seed and index always give the same entity.</summary>
    /// <param name="index">The row index, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    /// <exception cref="ConstraintViolationException">The declared constraints, with the fixed values, have no solution.</exception>
    public abstract T BuildAt(long index);

    /// <summary>Builds the next entity of this faker (row 0 first, then 1, ...).</summary>
    /// <exception cref="ConstraintViolationException">The declared constraints, with the fixed values, have no solution.</exception>
    public T Build() => BuildAt(_cursor.Take(1));

    /// <summary>Builds the next <paramref name="count"/> entities of this faker (rows 0..count-1 on a new faker).</summary>
    /// <param name="count">How many entities, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="ConstraintViolationException">The declared constraints, with the fixed values, have no solution.</exception>
    public IReadOnlyList<T> Build(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var first = _cursor.Take(count);
        // A [Unique] member's domain may hold fewer values than asked for: refuse before building any.
        if (count > 0) CheckIndex(first + count - 1, nameof(count));
        var rows = new T[count];
        for (var i = 0; i < rows.Length; i++) rows[i] = BuildAt(first + i);
        return rows;
    }

    /// <summary>An unbounded lazy sequence of rows 0, 1, 2, ...; independent of <see cref="Build()"/>.</summary>
    public IEnumerable<T> Stream()
    {
        for (long index = 0; index < long.MaxValue; index++) yield return BuildAt(index);
    }

    /// <summary>The exception for a fixed value that breaks a declared constraint.</summary>
    /// <param name="member">The member's name.</param>
    /// <param name="value">The value given.</param>
    /// <param name="constraint">The constraint as declared, e.g. <c>[Range(18, 120)]</c>.</param>
    /// <param name="expectation">What the constraint asks, e.g. <c>between 18 and 120</c>.</param>
    protected ConstraintViolationException Reject(string member, object? value, string constraint, string expectation)
        => new(EntityName, [$"{constraint} {member}"],
            string.Create(CultureInfo.InvariantCulture, $"{member} = {Display(value)} breaks {constraint}: it must be {expectation}."));

    /// <summary>The exception for fixed values that, together, leave a cross-member constraint no solution.</summary>
    /// <param name="constraints">The declared constraints in conflict.</param>
    /// <param name="values">Every constrained member with whether it is fixed and its fixed value.</param>
    protected ConstraintViolationException Unsatisfiable(string[] constraints, params (bool IsFixed, string Member, object? Value)[] values)
        => new(EntityName, constraints,
            "the fixed values leave no solution: " + string.Join(", ", values.Where(v => v.IsFixed).Select(v => $"{v.Member} = {Display(v.Value)}")) + ".");

    /// <summary>The exception for a row that no attempt could complete (rounding to whole units left no value).</summary>
    /// <param name="index">The row index.</param>
    /// <param name="attempts">How many attempts were made.</param>
    /// <param name="constraints">The declared cross-member constraints.</param>
    protected ConstraintViolationException NoRow(long index, int attempts, string[] constraints)
        => new(EntityName, constraints,
            string.Create(CultureInfo.InvariantCulture, $"row {index}: {attempts} attempts found no values on the members' lattices (whole units, cents, seconds) that satisfy every constraint."));

    private static string Display(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        DateTime instant => instant.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// How many distinct rows the entity has: the smallest domain of its <c>[Unique]</c> members
    /// (<see cref="long.MaxValue"/> when it has none).
    /// </summary>
    public virtual long Capacity => long.MaxValue;

    /// <summary>The <c>[Unique]</c> member that sets <see cref="Capacity"/>, as declared, for messages.</summary>
    protected virtual string CapacityConstraint => "";

    /// <summary>Throws when <paramref name="index"/> is negative, or past what the entity's <c>[Unique]</c> members can hold.</summary>
    /// <param name="index">The row index.</param>
    /// <param name="name">The argument's name, filled in by the compiler.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void CheckIndex(long index, [CallerArgumentExpression(nameof(index))] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index, name);
        if (index >= Capacity)
            throw new ConstraintViolationException(EntityName, [CapacityConstraint],
                string.Create(CultureInfo.InvariantCulture, $"{CapacityConstraint} holds at most {Capacity} distinct values, so there is no row {index} (rows 0 to {index} were asked for)."));
    }
}
