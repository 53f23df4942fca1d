using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace ConstrainedFakes.Tests.Graph;

// Rules that read a parent's owned objects: an entry's amount stays within its ledger's limits (an owned
// reference that is always set), it is posted after its ledger's address dates from (an optional owned reference),
// its risk follows the ledger's maximum, and its fee stays under the cap of its ledger's bank's charter (an owned
// object of a parent's parent, inside another owned object).

[ConstrainedFaker(typeof(Bank))]
public partial class BankLedgerFaker;

[Owned]
[Invariant("Min < Max")]
public class Limits
{
    [Range(0, 5_000)]
    public decimal Min { get; set; }

    [Range(100, 20_000)]
    public decimal Max { get; set; }
}

[Owned]
public class Postal
{
    [Range(typeof(DateTime), "2015-01-01", "2024-12-31")]
    public DateTime Since { get; set; }

    [Required, MaxLength(30)]
    public string Town { get; set; } = "";
}

[Owned]
public class Fees
{
    [Range(1, 50)]
    public int Cap { get; set; }
}

[Owned]
public class Charter
{
    [Range(1, 9)]
    public int Grade { get; set; }

    public Fees Fees { get; set; } = null!;
}

public class Bank
{
    public int Id { get; set; }

    public Charter Charter { get; set; } = null!;

    [Count(1, 5)]
    public List<Ledger> Ledgers { get; } = new();
}

public class Ledger
{
    public int Id { get; set; }

    public int BankId { get; set; }

    public Bank Bank { get; set; } = null!;

    public Limits Limits { get; set; } = null!;

    [Nulls(0.3)]
    public Postal? Address { get; set; }

    [Count(1, 6)]
    public List<Entry> Entries { get; } = new();
}

[Invariant("Amount <= Ledger.Limits.Max")]
[Invariant("Fee <= Ledger.Bank.Charter.Fees.Cap")]
public class Entry
{
    public int Id { get; set; }

    public int LedgerId { get; set; }

    public Ledger Ledger { get; set; } = null!;

    [Range(50, 10_000), GreaterThanOrEqual("Ledger.Limits.Min")]
    public decimal Amount { get; set; }

    [Range(typeof(DateTime), "2015-01-01", "2025-12-31"), GreaterThanOrEqual("Ledger.Address.Since")]
    public DateTime PostedAt { get; set; }

    [Range(0, 100.0), Correlated("Ledger.Limits.Max", 0.6)]
    public double Risk { get; set; }

    [Range(0, 40)]
    public int Fee { get; set; }
}
