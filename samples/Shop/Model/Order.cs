using System.ComponentModel.DataAnnotations;
using ConstrainedFakes;
using Microsoft.EntityFrameworkCore;

namespace Shop.Model;

/// <summary>A customer's purchase: one or more <see cref="OrderLine"/>s and a <see cref="Payment"/>.</summary>
public class Order
{
    public int Id { get; set; }

    /// <summary>Foreign key to <see cref="Model.Customer"/>; wired by hand in <c>ShopGenerator</c> for now.</summary>
    public int CustomerId { get; set; }

    /// <summary>Reference navigation (required, as the FK is not nullable): the builder leaves it unset, EF relates rows by <see cref="CustomerId"/>.</summary>
    public Customer Customer { get; set; } = null!;

    [Range(typeof(DateTime), "2023-01-01", "2025-12-31T23:59:59")]
    public DateTime PlacedAt { get; set; }

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

    /// <summary>Sum of the lines' quantity × unit price; computed by hand in <c>ShopGenerator</c> for now.</summary>
    [Precision(12, 2)]
    public decimal TotalAmount { get; set; }

    public ICollection<OrderLine> Lines { get; } = new List<OrderLine>();

    public ICollection<Payment> Payments { get; } = new List<Payment>();
}
