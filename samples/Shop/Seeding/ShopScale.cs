namespace Shop.Seeding;

/// <summary>How many rows of each table one <c>--rows</c> value gives.</summary>
/// <param name="Customers">Customers: <c>--rows</c> itself.</param>
/// <param name="Products">Products: a quarter of the customers, at least <see cref="MinProducts"/>.</param>
/// <param name="Orders">Orders: <see cref="OrdersPerCustomer"/> per customer on average.</param>
public sealed record ShopScale(int Customers, int Products, int Orders)
{
    /// <summary>The largest <c>--rows</c> accepted (the whole graph is built in memory before it is written).</summary>
    public const int MaxCustomers = 100_000;

    public const int MinProducts = 20;

    public const int OrdersPerCustomer = 3;

    /// <summary>
    /// Lines per order, 1 to 5, as running sums of the weights 30/30/20/12/8 (2.38 lines on average).
    /// Order lines are therefore about 7 per customer; payments are one per order.
    /// </summary>
    public static readonly double[] LinesPerOrderCumulative = [30, 60, 80, 92, 100];

    /// <summary>The counts for <paramref name="customers"/> customers.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customers"/> is below 1 or above <see cref="MaxCustomers"/>.</exception>
    public static ShopScale For(int customers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(customers, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(customers, MaxCustomers);
        return new ShopScale(customers, Math.Max(MinProducts, customers / 4), customers * OrdersPerCustomer);
    }
}
