namespace Shop.Seeding;

/// <summary>How many rows of the root and pool tables one <c>--rows</c> value gives; the other tables follow their <c>[Count]</c>s.</summary>
/// <param name="Customers">Customers: <c>--rows</c> itself.</param>
/// <param name="Products">Products: a quarter of the customers, at least <see cref="MinProducts"/>.</param>
public sealed record ShopScale(int Customers, int Products)
{
    /// <summary>The largest <c>--rows</c> accepted (the whole graph is built in memory before it is written).</summary>
    public const int MaxCustomers = 100_000;

    public const int MinProducts = 20;

    /// <summary>The counts for <paramref name="customers"/> customers.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customers"/> is below 1 or above <see cref="MaxCustomers"/>.</exception>
    public static ShopScale For(int customers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(customers, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(customers, MaxCustomers);
        return new ShopScale(customers, Math.Max(MinProducts, customers / 4));
    }
}
