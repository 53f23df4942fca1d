using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Benchmarks;

/// <summary>
/// The store of <c>StoreGraph.cs</c> as an EF Core model, for the seeding benchmark (<c>--seed-db</c>). Keys,
/// foreign keys and relationships come by convention; nothing is tuned for speed.
/// </summary>
public sealed class StoreDbContext(DbContextOptions<StoreDbContext> options) : DbContext(options)
{
    public DbSet<StoreCustomer> Customers => Set<StoreCustomer>();

    public DbSet<StoreProduct> Products => Set<StoreProduct>();

    public DbSet<StoreOrder> Orders => Set<StoreOrder>();

    public DbSet<StoreOrderLine> OrderLines => Set<StoreOrderLine>();

    public DbSet<StorePayment> Payments => Set<StorePayment>();

    public DbSet<StoreOrderEvent> OrderEvents => Set<StoreOrderEvent>();

    /// <summary>Rows in all six tables, read back to check that a contender wrote every row.</summary>
    public async Task<long> CountRowsAsync() =>
        await Customers.LongCountAsync() + await Products.LongCountAsync() + await Orders.LongCountAsync()
        + await OrderLines.LongCountAsync() + await Payments.LongCountAsync() + await OrderEvents.LongCountAsync();
}
