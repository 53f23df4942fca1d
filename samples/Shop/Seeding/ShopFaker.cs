using ConstrainedFakes;
using Shop.Data;

namespace Shop.Seeding;

/// <summary>
/// The shop's faker: the ConstrainedFakes generator emits a builder for every entity of
/// <see cref="ShopDbContext"/> (<c>Customer()</c>, <c>Product()</c>, <c>Order()</c>, <c>OrderLine()</c>, <c>Payment()</c>, <c>OrderEvent()</c>, <c>Contract()</c>).
/// </summary>
[ConstrainedFaker(typeof(ShopDbContext))]
public partial class ShopFaker;
