namespace ConstrainedFakes.Building;

/// <summary>
/// The next unused row index of one entity type in one faker. <c>Build()</c> and <c>Build(count)</c>
/// take rows from it, so successive calls give fresh rows (and keys that do not collide);
/// <c>BuildAt</c> and <c>Stream</c> are positional and leave it alone. Thread-safe.
/// </summary>
public sealed class RowCursor
{
    private long _next;

    /// <summary>Reserves <paramref name="count"/> consecutive rows and returns the first.</summary>
    /// <param name="count">How many rows to reserve, at least 0.</param>
    public long Take(int count) => Interlocked.Add(ref _next, count) - count;
}
