using ConstrainedFakes;

namespace Shop.Model;

/// <summary>The outcome of a payment; the vast majority are captured.</summary>
public enum PaymentStatus
{
    [Weight(3)] Authorized,
    [Weight(88)] Captured,
    [Weight(4)] Failed,
    [Weight(5)] Refunded,
}
