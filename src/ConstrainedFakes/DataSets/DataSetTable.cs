namespace ConstrainedFakes.DataSets;

/// <summary>One entity type's rows in a <see cref="DataSet"/>.</summary>
public abstract class DataSetTable
{
    private protected DataSetTable(Type entityType) => EntityType = entityType;

    /// <summary>The entity type.</summary>
    public Type EntityType { get; }

    /// <summary>How many rows the table holds.</summary>
    public abstract int Count { get; }

    /// <summary>The rows, in row order.</summary>
    public abstract IEnumerable<object> Rows { get; }

    /// <summary>A table of <typeparamref name="T"/> rows.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="rows">The rows, in row order.</param>
    public static DataSetTable Of<T>(IReadOnlyList<T> rows)
        => new Typed<T>(rows ?? throw new ArgumentNullException(nameof(rows)));

    internal sealed class Typed<T>(IReadOnlyList<T> rows) : DataSetTable(typeof(T))
    {
        public IReadOnlyList<T> Items { get; } = rows;

        public override int Count => Items.Count;

        // Entity classes pass through as they are; only a value type (which never gets rows) would box.
        public override IEnumerable<object> Rows => Items as IEnumerable<object> ?? Items.Select(item => (object)item!);
    }
}
