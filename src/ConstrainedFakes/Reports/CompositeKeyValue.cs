namespace ConstrainedFakes.Reports;

/// <summary>
/// The value of a key of several members (a composite primary key, or a composite foreign key naming one), equal
/// to another exactly when every part is: what finds a parent row by its key in the report's index.
/// </summary>
internal sealed class CompositeKeyValue(IReadOnlyList<object> parts) : IEquatable<CompositeKeyValue>
{
    /// <summary>The parts, in key order.</summary>
    public IReadOnlyList<object> Parts { get; } = parts;

    /// <inheritdoc/>
    public bool Equals(CompositeKeyValue? other) => other is not null && Parts.SequenceEqual(other.Parts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CompositeKeyValue);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var part in Parts) hash.Add(part);
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"({string.Join(", ", Parts.Select(ReportData.Format))})";

    /// <summary>
    /// The key of <paramref name="row"/> over <paramref name="members"/>: the one value of a single member, else the
    /// parts together; null when there is no member or any part is null (a row with no such key, as in SQL).
    /// </summary>
    public static object? Of(IReadOnlyList<System.Reflection.PropertyInfo> members, object row)
    {
        if (members.Count == 0) return null;
        if (members.Count == 1) return members[0].GetValue(row);
        var parts = new object[members.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            if (members[i].GetValue(row) is not { } part) return null;
            parts[i] = part;
        }
        return new CompositeKeyValue(parts);
    }
}
