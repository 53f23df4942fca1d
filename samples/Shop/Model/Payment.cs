using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace Shop.Model;

/// <summary>The payment of an order (one per order in this sample).</summary>
public class Payment
{
    public int Id { get; set; }

    /// <summary>Foreign key to <see cref="Model.Order"/>; wired by hand.</summary>
    public int OrderId { get; set; }

    public Order Order { get; set; } = null!;

    public PaymentMethod Method { get; set; }

    public PaymentStatus Status { get; set; }

    /// <summary>The order's total: copied by hand from <see cref="Order.TotalAmount"/>.</summary>
    [Precision(12, 2)]
    public decimal Amount { get; set; }

    /// <summary>Set by hand to the order's time plus a delay of up to three days.</summary>
    public DateTime PaidAt { get; set; }

    /// <summary>The payment provider's reference: a deterministic GUID per row.</summary>
    public Guid TransactionId { get; set; }

    [Probability(0.02)]
    public bool IsFlaggedForReview { get; set; }
}
