using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Benchmarks;

// A six-table store for the streaming benchmark: customers own orders, orders own lines (each picking a
// product from the pool), a payment and a status history; two rules reach through navigations.

[ConstrainedFaker(typeof(StoreCustomer))]
public partial class StoreFaker;

[Transitions("Placed -> Paid | Cancelled", "Paid -> Shipped | Refunded", "Shipped -> Delivered | Returned")]
public enum StoreOrderStatus { Placed, Paid, Shipped, Delivered, Cancelled, Refunded, Returned }

public class StoreCustomer
{
    public int Id { get; set; }

    [MaxLength(40)]
    public string FirstName { get; set; } = "";

    [MaxLength(40)]
    public string LastName { get; set; } = "";

    [EmailAddress, MaxLength(100), Unique]
    public string Email { get; set; } = "";

    [Range(typeof(DateTime), "2019-01-01", "2025-06-30")]
    public DateTime RegisteredAt { get; set; }

    [Count(0, 8, Mean = 3)]
    public List<StoreOrder> Orders { get; } = new();
}

public class StoreProduct
{
    public int Id { get; set; }

    [MaxLength(80)]
    public string Name { get; set; } = "";

    [Range(1.99, 499.99)]
    public decimal UnitPrice { get; set; }
}

public class StoreOrder
{
    public int Id { get; set; }

    public int StoreCustomerId { get; set; }

    public StoreCustomer StoreCustomer { get; set; } = null!;

    [Range(typeof(DateTime), "2023-01-01", "2025-12-31"), GreaterThanOrEqual("StoreCustomer.RegisteredAt")]
    public DateTime PlacedAt { get; set; }

    [CurrentStateOf(nameof(History))]
    public StoreOrderStatus Status { get; set; }

    [Count(1, 5, Mean = 2)]
    public List<StoreOrderLine> Lines { get; } = new();

    [Count(1, 1)]
    public List<StorePayment> Payments { get; } = new();

    [Sequence(nameof(StoreOrderEvent.Status), nameof(StoreOrderEvent.At)), Count(1, 4, Mean = 4)]
    public List<StoreOrderEvent> History { get; } = new();
}

[Invariant("UnitPrice == StoreProduct.UnitPrice")]
public class StoreOrderLine
{
    public long Id { get; set; }

    public int StoreOrderId { get; set; }

    public StoreOrder StoreOrder { get; set; } = null!;

    public int StoreProductId { get; set; }

    public StoreProduct StoreProduct { get; set; } = null!;

    [Range(1, 4)]
    public int Quantity { get; set; }

    [Range(1.99, 499.99)]
    public decimal UnitPrice { get; set; }
}

public class StorePayment
{
    public int Id { get; set; }

    public int StoreOrderId { get; set; }

    public StoreOrder StoreOrder { get; set; } = null!;

    [Range(0.01, 10000)]
    public decimal Amount { get; set; }

    public Guid TransactionId { get; set; }
}

public class StoreOrderEvent
{
    public long Id { get; set; }

    public int StoreOrderId { get; set; }

    public StoreOrderStatus Status { get; set; }

    [Range(typeof(DateTime), "2023-01-01", "2026-03-31")]
    public DateTime At { get; set; }
}
