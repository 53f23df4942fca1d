using ConstrainedFakes;

namespace Shop.Model;

/// <summary>Where an order is in fulfilment; most orders in the window are already delivered.</summary>
public enum OrderStatus
{
    [Weight(3)] Pending,
    [Weight(4)] Processing,
    [Weight(8)] Shipped,
    [Weight(74)] Delivered,
    [Weight(6)] Cancelled,
    [Weight(5)] Returned,
}
