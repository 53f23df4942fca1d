using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace Shop.Model;

/// <summary>
/// A customer's purchase: one or more <see cref="OrderLine"/>s, a <see cref="Payment"/>, and a history of
/// <see cref="OrderEvent"/>s that follows the <see cref="OrderStatus"/> state machine.
/// </summary>
public class Order
{
    public int Id { get; set; }

    /// <summary>Foreign key to <see cref="Model.Customer"/> (required, as it is not nullable).</summary>
    public int CustomerId { get; set; }

    public Customer Customer { get; set; } = null!;

    /// <summary>Never before the customer registered: a constraint through the navigation.</summary>
    [Range(typeof(DateTime), "2023-01-01", "2025-12-31T23:59:59"), GreaterThanOrEqual("Customer.RegisteredAt")]
    public DateTime PlacedAt { get; set; }

    /// <summary>The status of the order's last <see cref="History"/> event.</summary>
    [CurrentStateOf(nameof(History))]
    public OrderStatus Status { get; set; }

    [Required, MaxLength(120)]
    public string ShippingStreet { get; set; } = "";

    [Required, MaxLength(80)]
    public string ShippingCity { get; set; } = "";

    [Required, MaxLength(16)]
    public string ShippingZipCode { get; set; } = "";

    [Required, MaxLength(80)]
    public string ShippingCountry { get; set; } = "";

    /// <summary>A delivery note on 15 % of the orders.</summary>
    [MaxLength(280), Nulls(0.85)]
    public string? Notes { get; set; }

    /// <summary>Sum of the lines' quantity × unit price: an aggregate over children, which <c>ShopGenerator</c> adds up after generation.</summary>
    [Precision(12, 2)]
    public decimal TotalAmount { get; set; }

    /// <summary>One to five lines, two on average.</summary>
    [Count(1, 5, Mean = 2)]
    public ICollection<OrderLine> Lines { get; } = new List<OrderLine>();

    /// <summary>One payment per order.</summary>
    [Count(1, 1)]
    public ICollection<Payment> Payments { get; } = new List<Payment>();

    /// <summary>What happened to the order, in time order: a path of the <see cref="OrderStatus"/> state machine, long ones likelier (most orders get past Pending).</summary>
    [Sequence(nameof(OrderEvent.Status), nameof(OrderEvent.At)), Count(1, 4, Mean = 4)]
    public ICollection<OrderEvent> History { get; } = new List<OrderEvent>();
}
