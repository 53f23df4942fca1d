using ConstrainedFakes.Randomness;
using ConstrainedFakes.Sampling;
using Shop.Model;

namespace Shop.Seeding;

/// <summary>
/// Builds a whole shop from a seed: every scalar comes from the generated <see cref="ShopFaker"/>;
/// foreign keys and the few values derived from other rows are wired here by hand, because the
/// generator does not generate relationships yet.
/// </summary>
/// <remarks>
/// Every hand-made choice is a pure function of (seed, purpose, row index), drawn from the
/// ConstrainedFakes counter-based generator (<see cref="CounterRng"/>, keyed by <see cref="StableHash"/>),
/// so the same seed and row count give the same shop on every machine. Nothing here uses
/// <see cref="Random"/>, <see cref="object.GetHashCode"/> or the clock.
/// </remarks>
public static class ShopGenerator
{
    /// <summary>Share of orders placed by Gold and Platinum customers (about 6 % of all customers), so loyal customers order more often.</summary>
    private const double LoyalShareOfOrders = 0.25;

    /// <summary>Longest time between placing an order and paying it: three days.</summary>
    private const long MaxPaymentDelaySeconds = 3 * 24 * 60 * 60;

    /// <summary>Builds the shop for <paramref name="customers"/> customers (see <see cref="ShopScale"/> for the other tables).</summary>
    /// <param name="seed">The seed; the same seed and count give the same data.</param>
    /// <param name="customers">The number of customers.</param>
    /// <param name="report">Told after each table is built: the table's name and its row count.</param>
    public static ShopData Generate(ulong seed, int customers, Action<string, int>? report = null)
    {
        var scale = ShopScale.For(customers);
        // A fresh faker: Build(n) takes rows 0..n-1, so integer keys are 1..n in every table.
        var faker = new ShopFaker(seed);

        var customerRows = faker.Customer().Build(scale.Customers);
        report?.Invoke("Customers", customerRows.Count);
        var products = faker.Product().Build(scale.Products);
        report?.Invoke("Products", products.Count);
        var orders = faker.Order().Build(scale.Orders);
        AssignCustomers(seed, orders, customerRows);
        report?.Invoke("Orders", orders.Count);

        var lineCounts = LineCounts(seed, orders.Count);
        var lines = faker.OrderLine().Build(lineCounts.Sum());
        AssignLines(seed, orders, lineCounts, lines, products);
        report?.Invoke("OrderLines", lines.Count);

        var payments = faker.Payment().Build(orders.Count);
        AssignPayments(seed, orders, payments);
        report?.Invoke("Payments", payments.Count);

        return new ShopData(seed, customerRows, products, orders, lines, payments);
    }

    /// <summary>
    /// Order.CustomerId: a quarter of the orders go to Gold and Platinum customers, the rest to any customer
    /// uniformly, so order counts per customer are skewed the way a real shop's are.
    /// </summary>
    private static void AssignCustomers(ulong seed, IReadOnlyList<Order> orders, IReadOnlyList<Customer> customers)
    {
        var stream = Stream(seed, "Order.CustomerId");
        var loyal = customers.Where(c => c.Tier is CustomerTier.Gold or CustomerTier.Platinum).ToArray();
        for (var i = 0; i < orders.Count; i++)
        {
            var customer = loyal.Length > 0 && CounterRng.NextUnit(stream, i, draw: 0) < LoyalShareOfOrders
                ? loyal[(int)CounterRng.NextBelow(stream, i, 1, (ulong)loyal.Length)]
                : customers[(int)CounterRng.NextBelow(stream, i, 2, (ulong)customers.Count)];
            orders[i].CustomerId = customer.Id;
        }
    }

    /// <summary>How many lines each order has (1 to 5, see <see cref="ShopScale.LinesPerOrderCumulative"/>).</summary>
    private static int[] LineCounts(ulong seed, int orders)
    {
        var stream = Stream(seed, "Order.Lines.Count");
        var counts = new int[orders];
        for (var i = 0; i < orders; i++) counts[i] = 1 + Sample.Weighted(stream, i, ShopScale.LinesPerOrderCumulative);
        return counts;
    }

    /// <summary>
    /// OrderLine.OrderId, ProductId and UnitPrice, and Order.TotalAmount. Lines are handed out to orders
    /// in order; the products of one order are distinct: start at a random product and step by a random
    /// stride coprime to the number of products.
    /// </summary>
    private static void AssignLines(ulong seed, IReadOnlyList<Order> orders, int[] lineCounts, IReadOnlyList<OrderLine> lines, IReadOnlyList<Product> products)
    {
        var stream = Stream(seed, "OrderLine.ProductId");
        var productCount = (ulong)products.Count;
        var next = 0;
        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i];
            var start = CounterRng.NextBelow(stream, i, 0, productCount);
            var stride = 1 + CounterRng.NextBelow(stream, i, 1, productCount - 1);
            while (Gcd(stride, productCount) != 1) stride++; // ends at productCount - 1 at the latest
            var total = 0m;
            for (var k = 0; k < lineCounts[i]; k++)
            {
                var product = products[(int)((start + (ulong)k * stride) % productCount)];
                var line = lines[next++];
                line.OrderId = order.Id;
                line.ProductId = product.Id;
                line.UnitPrice = product.UnitPrice; // the price at the time of the order
                total += line.Quantity * line.UnitPrice;
            }
            order.TotalAmount = total;
        }
    }

    /// <summary>One payment per order, for the order's total, paid up to three days after it was placed.</summary>
    private static void AssignPayments(ulong seed, IReadOnlyList<Order> orders, IReadOnlyList<Payment> payments)
    {
        var stream = Stream(seed, "Payment.PaidAt");
        for (var i = 0; i < orders.Count; i++)
        {
            var (order, payment) = (orders[i], payments[i]);
            payment.OrderId = order.Id;
            payment.Amount = order.TotalAmount;
            payment.PaidAt = order.PlacedAt.AddSeconds(Sample.Int64(stream, i, 0, MaxPaymentDelaySeconds));
        }
    }

    /// <summary>A stream of its own per hand-made choice; the prefix keeps it apart from the generator's member streams.</summary>
    private static ulong Stream(ulong seed, string purpose) => CounterRng.Stream(seed, StableHash.Of("Shop.Seeding/" + purpose));

    private static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
