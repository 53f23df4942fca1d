using ConstrainedFakes;

namespace Shop.Model;

/// <summary>
/// Where an order is in fulfilment. The transitions make a state machine: an order's history starts
/// Pending, and its <see cref="Order.Status"/> is where its history ends. The weights apply to orders
/// built one at a time, outside a data set.
/// </summary>
[Transitions(
    "Pending -> Processing | Cancelled",
    "Processing -> Shipped | Cancelled",
    "Shipped -> Delivered | Returned")]
public enum OrderStatus
{
    [Weight(3)] Pending,
    [Weight(4)] Processing,
    [Weight(8)] Shipped,
    [Weight(74)] Delivered,
    [Weight(6)] Cancelled,
    [Weight(5)] Returned,
}
