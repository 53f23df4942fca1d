using ConstrainedFakes.DataSets;
using Shop.Model;

namespace Shop.Seeding;

/// <summary>
/// Builds a whole shop from a seed with one data set of the generated <see cref="ShopFaker"/>: every
/// table, foreign key, navigation, order history and cross-table rule comes from the entity classes'
/// annotations. Only the totals, which are sums over an order's lines, are added up here.
/// </summary>
public static class ShopGenerator
{
    /// <summary>Builds the shop for <paramref name="customers"/> customers (see <see cref="ShopScale"/> for the products).</summary>
    /// <param name="seed">The seed; the same seed and count give the same data.</param>
    /// <param name="customers">The number of customers.</param>
    /// <param name="report">Told for each table, in insert order: the table's entity type and its row count.</param>
    public static DataSet Generate(ulong seed, int customers, Action<Type, int>? report = null)
    {
        var scale = ShopScale.For(customers);
        var data = new ShopFaker(seed).DataSet()
            .Count<Customer>(scale.Customers)
            .Count<Product>(scale.Products)
            .Build();
        AddUpTotals(data);
        foreach (var type in data.EntityTypes) report?.Invoke(type, data.Entities.Count(e => e.GetType() == type));
        return data;
    }

    /// <summary>
    /// <see cref="Order.TotalAmount"/> is the sum of the order's lines, and its payment is for that total:
    /// aggregates over children, which are not a constraint the annotations can state.
    /// </summary>
    private static void AddUpTotals(DataSet data)
    {
        foreach (var order in data.Set<Order>())
        {
            order.TotalAmount = order.Lines.Sum(line => line.Quantity * line.UnitPrice);
            foreach (var payment in order.Payments) payment.Amount = order.TotalAmount;
        }
    }
}
