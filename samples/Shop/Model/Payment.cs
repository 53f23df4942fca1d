using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace Shop.Model;

/// <summary>The payment of an order (one per order in this sample), made within three days of the order.</summary>
[Invariant("PaidAt <= Order.PlacedAt.AddDays(3)")]
public class Payment
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public Order Order { get; set; } = null!;

    public PaymentMethod Method { get; set; }

    public PaymentStatus Status { get; set; }

    /// <summary>The order's total: copied from <see cref="Order.TotalAmount"/> after generation, like the total itself.</summary>
    [Precision(12, 2)]
    public decimal Amount { get; set; }

    /// <summary>After the order was placed, and (by the class's invariant) at most three days after.</summary>
    [Range(typeof(DateTime), "2023-01-01", "2026-01-03T23:59:59"), GreaterThanOrEqual("Order.PlacedAt")]
    public DateTime PaidAt { get; set; }

    /// <summary>The payment provider's reference: a deterministic GUID per row.</summary>
    public Guid TransactionId { get; set; }

    [Probability(0.02)]
    public bool IsFlaggedForReview { get; set; }
}
