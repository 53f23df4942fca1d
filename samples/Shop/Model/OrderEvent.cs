using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;

namespace Shop.Model;

/// <summary>One step of an order's history: the status it reached and when.</summary>
public class OrderEvent
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public Order Order { get; set; } = null!;

    /// <summary>The status reached; an order's events follow the <see cref="OrderStatus"/> transitions from Pending.</summary>
    public OrderStatus Status { get; set; }

    /// <summary>Strictly increasing along an order's history, never before the order was placed.</summary>
    [Range(typeof(DateTime), "2023-01-01", "2026-03-31T23:59:59"), GreaterThanOrEqual("Order.PlacedAt")]
    public DateTime At { get; set; }

    /// <summary>A note from the warehouse on a fifth of the events.</summary>
    [MaxLength(200), Nulls(0.8)]
    public string? Note { get; set; }
}
