using ConstrainedFakes.Reports;
using ConstrainedFakes.Tests.Graph;
using CsCheck;

namespace ConstrainedFakes.Tests;

/// <summary>
/// Rules through a navigation into the parent's owned objects (Ledger.Limits.Max, the optional Ledger.Address.Since,
/// Ledger.Bank.Charter.Fees.Cap a parent further on): in a data set, a stream, a builder alone and with With{Navigation}.
/// </summary>
public class OwnedPathTests
{
    private static void AssertHolds(Entry entry, Ledger ledger, Bank bank)
    {
        Assert.True(entry.Amount <= ledger.Limits.Max, $"Amount {entry.Amount} <= {ledger.Limits.Max}");
        Assert.True(entry.Amount >= ledger.Limits.Min, $"Amount {entry.Amount} >= {ledger.Limits.Min}");
        if (ledger.Address is { } address) Assert.True(entry.PostedAt >= address.Since, $"PostedAt {entry.PostedAt:O} >= {address.Since:O}");
        Assert.True(entry.Fee <= bank.Charter.Fees.Cap, $"Fee {entry.Fee} <= {bank.Charter.Fees.Cap}");
        Assert.InRange(entry.Amount, 50, 10_000);
        Assert.InRange(entry.Fee, 0, 40);
    }

    [Fact]
    public void EveryEntryHoldsAgainstItsLedgersOwnedObjectsAndItsBanksCharter()
        => Gen.ULong.Sample(seed =>
        {
            var data = new BankLedgerFaker(seed).DataSet().Count<Bank>(150).Build();
            var entries = data.Set<Entry>();
            Assert.NotEmpty(entries);
            foreach (var entry in entries)
            {
                Assert.Same(entry.Ledger, data.Set<Ledger>()[entry.LedgerId - 1]);
                AssertHolds(entry, entry.Ledger, entry.Ledger.Bank);
            }
            // The ledgers are narrowed for their entries: every one leaves an amount of at least 50.
            Assert.All(data.Set<Ledger>(), l => Assert.True(l.Limits.Min < l.Limits.Max && l.Limits.Max >= 50, $"{l.Limits.Min} < {l.Limits.Max}"));
        }, iter: 25);

    [Fact]
    public void TheOwnedObjectsBindTheRows()
    {
        // Tight limits pull their entries' amounts down, late addresses push postings late, small caps hold fees low:
        // the rules must be felt, or the test above proves nothing.
        var entries = new BankLedgerFaker(3).DataSet().Count<Bank>(600).Build().Set<Entry>();
        var tight = entries.Where(e => e.Ledger.Limits.Max < 1_000).ToList();
        Assert.NotEmpty(tight);
        Assert.Contains(entries, e => e.Amount > 5_000);
        var late = entries.Where(e => e.Ledger.Address?.Since > new DateTime(2024, 6, 1)).ToList();
        Assert.NotEmpty(late);
        Assert.All(late, e => Assert.True(e.PostedAt > new DateTime(2024, 6, 1)));
        // A ledger with no address leaves its entries' postings to their own range.
        Assert.Contains(entries, e => e.Ledger.Address is null && e.PostedAt < new DateTime(2016, 1, 1));
        Assert.Contains(entries, e => e.Ledger.Bank.Charter.Fees.Cap < 5);
        Assert.Contains(entries, e => e.Fee > 30);
    }

    [Fact]
    public void RiskFollowsTheLedgersMaximum()
    {
        var entries = new BankLedgerFaker(10).DataSet().Count<Bank>(3_000).Build().Set<Entry>();
        var spearman = MathNet.Numerics.Statistics.Correlation.Spearman(entries.Select(e => e.Risk), entries.Select(e => (double)e.Ledger.Limits.Max));
        Assert.InRange(spearman, 0.5, 0.7);
    }

    [Fact]
    public void StreamPartsAndParallelBuildAgreeWithBuild()
    {
        ConstrainedFakes.DataSets.DataSetBuilder Builder() => new BankLedgerFaker(9).DataSet().Count<Bank>(200);
        var built = Builder().Build().Entities.Select(GraphIntegrity.Columns).ToList();
        Assert.Equal(built, Builder().Stream().Select(GraphIntegrity.Columns));
        Assert.Equal(built, Builder().InParallel(3).Build().Entities.Select(GraphIntegrity.Columns));
        // Along owner links a part makes its own rows' children, so a stream in parts gives the same rows.
        var parts = Enumerable.Range(0, 3).SelectMany(p => Builder().Stream(p, 3)).Select(GraphIntegrity.Columns).ToList();
        Assert.Equal(built.OrderBy(c => c), parts.OrderBy(c => c));
    }

    [Fact]
    public void WithNavigationReadsTheParentsOwnedObjects()
    {
        var faker = new BankLedgerFaker(5);
        var bank = faker.Bank().WithCharter_Fees_Cap(3).Build();
        var since = new DateTime(2024, 11, 1);
        var ledger = faker.Ledger().WithBank(bank).WithLimits_Min(200m).WithLimits_Max(260m).WithAddress_Since(since).Build();
        ledger.Address ??= new Postal { Since = since, Town = "Here" };
        foreach (var entry in faker.Entry().WithLedger(ledger).Build(1_000)) AssertHolds(entry, ledger, bank);
        // A ledger with no address leaves the posting to its own range.
        ledger.Address = null;
        var free = faker.Entry().WithLedger(ledger).Build(1_000);
        Assert.Contains(free, e => e.PostedAt < since);
        Assert.All(free, e => AssertHolds(e, ledger, bank));
    }

    [Fact]
    public void ABuilderAloneDrawsTheOwnedMembersFromTheirDeclaredBounds()
    {
        var entries = new BankLedgerFaker(4).Entry().Build(2_000);
        Assert.All(entries, e => Assert.InRange(e.Amount, 50, 10_000));
        Assert.All(entries, e => Assert.InRange(e.Fee, 0, 40));
        Assert.Contains(entries, e => e.Amount > 9_000);
    }

    [Fact]
    public void AParentWhoseOwnedObjectLeavesNoValueIsRefusedClearly()
    {
        var faker = new BankLedgerFaker(6);
        // Made by hand: the ledger's own builder keeps its minimum below its maximum.
        var ledger = new Ledger { Limits = new Limits { Min = 5_000m, Max = 150m } };
        var error = Assert.Throws<ConstraintViolationException>(() => faker.Entry().WithLedger(ledger).Build());
        Assert.Contains("[Invariant(\"Amount <= Ledger.Limits.Max\")]", error.Constraints);
        Assert.Contains("Ledger_Limits_Max = 150", error.Message);
    }

    [Fact]
    public void TheFidelityReportChecksTheRulesThroughTheParentsOwnedObjects()
    {
        var data = new BankLedgerFaker(7).DataSet().Count<Bank>(100).Build();
        var entries = data.Set<Entry>();
        var report = FidelityReport.Measure(data);
        Assert.True(report.IsClean, report.ToJson());
        var amount = EntryCheck(report, "[Invariant(\"Amount <= Ledger.Limits.Max\")]");
        Assert.Equal(entries.Count, amount.Checked);
        Assert.Equal(entries.Count, EntryCheck(report, "[Invariant(\"Fee <= Ledger.Bank.Charter.Fees.Cap\")]").Checked);
        Assert.Equal(entries.Count, EntryCheck(report, "[GreaterThanOrEqual(\"Ledger.Limits.Min\")]").Checked);
        // Where the ledger has no address the rule through it does not apply.
        Assert.Equal(entries.Count(e => e.Ledger.Address is not null), EntryCheck(report, "[GreaterThanOrEqual(\"Ledger.Address.Since\")]").Checked);
        Assert.Equal(entries.Count, EntryCheck(report, "[Correlated(Ledger.Limits.Max, 0.6)]").Checked);

        var entry = entries.First(e => e.Ledger.Address is not null);
        entry.Amount = entry.Ledger.Limits.Max + 1;
        entry.PostedAt = entry.Ledger.Address!.Since.AddDays(-1);
        var again = FidelityReport.Measure(data);
        Assert.Equal(1, EntryCheck(again, amount.Constraint).Violations);
        Assert.Equal(1, EntryCheck(again, "[GreaterThanOrEqual(\"Ledger.Address.Since\")]").Violations);
    }

    private static ConstraintCheck EntryCheck(FidelityReport report, string constraint)
        => Assert.Single(report.Entities.Single(e => e.Entity == "Entry").Checks, c => c.Constraint == constraint);
}
