namespace ConstrainedFakes.DataSets;

/// <summary>
/// A whole, consistent graph of entities made by a faker's <c>DataSet()</c>: every foreign key points at a
/// row of the same data set, and both sides of every navigation agree.
/// </summary>
public sealed class DataSet
{
    private readonly DataSetTable[] _tables;

    /// <summary>Creates a data set from its tables, given in insert order (parents before children).</summary>
    /// <param name="tables">One table per entity type of the faker.</param>
    /// <param name="invariants">The faker's <c>[Invariant]</c> checks, which <see cref="FidelityReport.Measure(DataSet)"/> runs.</param>
    public DataSet(IEnumerable<DataSetTable> tables, IReadOnlyList<Reports.InvariantCheck>? invariants = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables.ToArray();
        Invariants = invariants ?? [];
    }

    /// <summary>The faker's declared invariants as checks over a row, for the fidelity report.</summary>
    public IReadOnlyList<Reports.InvariantCheck> Invariants { get; }

    /// <summary>The entity types, in insert order (join tables of many-to-many pairs, which have no type of their own, are not among them).</summary>
    public IReadOnlyList<Type> EntityTypes => _tables.Where(t => t.EntityType != typeof(JoinRow)).Select(t => t.EntityType).ToArray();

    /// <summary>
    /// Every entity of the data set, table by table in insert order: a parent always comes before its children, and
    /// the <see cref="JoinRow"/>s of a many-to-many come after both of its tables.
    /// </summary>
    public IEnumerable<object> Entities => _tables.SelectMany(t => t.Rows);

    /// <summary>How many entities the data set holds in all.</summary>
    public long Count => _tables.Sum(t => (long)t.Count);

    /// <summary>The rows of one entity type, in row order.</summary>
    /// <typeparam name="T">An entity type of the faker.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not an entity type of the faker (a <see cref="JoinRow"/> neither: join rows are in <see cref="Entities"/>).</exception>
    public IReadOnlyList<T> Set<T>()
    {
        if (typeof(T) == typeof(JoinRow))
            throw new ArgumentException("Join rows belong to several many-to-many tables; read them from Entities (OfType<JoinRow>()).", nameof(T));
        foreach (var table in _tables)
        {
            if (table is DataSetTable.Typed<T> typed) return typed.Items;
        }
        throw new ArgumentException(
            $"{typeof(T).Name} is not an entity of this data set; its entities are {string.Join(", ", _tables.Select(t => t.EntityType.Name))}.", nameof(T));
    }
}
