using ConstrainedFakes.DataSets;

namespace ConstrainedFakes.Benchmarks;

/// <summary>The store data set of <c>StoreGraph.cs</c> sized by its total number of entities, for <c>--stream</c> and <c>--seed-db</c>.</summary>
/// <param name="Customers">Customers, the root table.</param>
/// <param name="Products">Products, the pool that order lines pick from: a fiftieth of the customers, at least 100.</param>
public sealed record StoreDataSet(long Customers, long Products)
{
    /// <summary>Entities per customer on average: 3 orders, each with about 2.3 lines, 1 payment and 3.2 events.</summary>
    private const double RowsPerCustomer = 20.5;

    /// <summary>The store of about <paramref name="rows"/> entities in all six tables.</summary>
    public static StoreDataSet About(long rows)
    {
        var customers = Math.Max(1, (long)(rows / RowsPerCustomer));
        return new StoreDataSet(customers, Math.Max(100, customers / 50));
    }

    /// <summary>A data set builder of this size from seed 42.</summary>
    public DataSetBuilder Builder() => new StoreFaker(42).DataSet().Count<StoreCustomer>(Customers).Count<StoreProduct>(Products);
}
