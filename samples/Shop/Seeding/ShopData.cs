using Shop.Model;

namespace Shop.Seeding;

/// <summary>A whole, consistent shop: every foreign key points at a row of the same data set.</summary>
public sealed record ShopData(
    ulong Seed,
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Product> Products,
    IReadOnlyList<Order> Orders,
    IReadOnlyList<OrderLine> OrderLines,
    IReadOnlyList<Payment> Payments);
