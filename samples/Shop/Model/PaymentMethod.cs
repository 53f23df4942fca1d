using ConstrainedFakes;

namespace Shop.Model;

/// <summary>How an order was paid.</summary>
public enum PaymentMethod
{
    [Weight(58)] Card,
    [Weight(22)] PayPal,
    [Weight(9)] ApplePay,
    [Weight(7)] BankTransfer,
    [Weight(4)] GiftCard,
}
