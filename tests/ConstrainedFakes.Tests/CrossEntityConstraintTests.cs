using ConstrainedFakes.Tests.Sales;
using CsCheck;

namespace ConstrainedFakes.Tests;

public class CrossEntityConstraintTests
{
    private static void AssertDealHolds(Deal deal, Account account)
    {
        Assert.True(deal.Value <= 0.5m * account.AnnualRevenue, $"Value {deal.Value} <= 0.5 * {account.AnnualRevenue}");
        Assert.True(deal.SignedAt >= account.OpenedAt, $"SignedAt {deal.SignedAt:O} >= OpenedAt {account.OpenedAt:O}");
        Assert.True(account.Tier == Tier.Gold || deal.DiscountRate <= 0.15m, $"{account.Tier} account, discount {deal.DiscountRate}");
        Assert.InRange(deal.Value, 1_000m, 1_000_000m);
        Assert.InRange(deal.DiscountRate, 0m, 0.4m);
    }

    [Fact]
    public void EveryDealHoldsAgainstItsOwnAccount()
        => Gen.ULong.Sample(seed =>
        {
            var data = new SalesFaker(seed).DataSet().Count<Account>(2_000).Build();
            Assert.All(data.Set<Deal>(), deal => AssertDealHolds(deal, deal.Account));
        }, iter: 20);

    [Fact]
    public void ParentsBindTheChildrenNotJustTheDeclaredRanges()
    {
        // Small accounts cap their deals: the cap must be felt, or the test above proves nothing.
        var data = new SalesFaker(4).DataSet().Count<Account>(5_000).Build();
        var capped = data.Set<Deal>().Where(d => d.Account.AnnualRevenue < 200_000m).ToList();
        Assert.NotEmpty(capped);
        Assert.All(capped, d => Assert.True(d.Value <= 100_000m));
        Assert.Contains(data.Set<Deal>(), d => d.Account.Tier == Tier.Gold && d.DiscountRate > 0.15m);
        Assert.Contains(data.Set<Deal>(), d => d.SignedAt < new DateTime(2021, 1, 1));
    }

    [Fact]
    public void StreamedDealsHoldAgainstTheirAccountByKey()
    {
        var accounts = new Dictionary<int, Account>();
        foreach (var entity in new SalesFaker(6).DataSet().Count<Account>(1_000).Stream())
        {
            if (entity is Account account) accounts[account.Id] = account;
            else AssertDealHolds((Deal)entity, accounts[((Deal)entity).AccountId]);
        }
        var built = new SalesFaker(6).DataSet().Count<Account>(1_000).Build().Entities.Select(GraphIntegrity.Columns);
        var streamed = new SalesFaker(6).DataSet().Count<Account>(1_000).Stream().Select(GraphIntegrity.Columns);
        Assert.Equal(built, streamed);
    }

    [Fact]
    public void WithNavigationConditionsTheRowOnThatParent()
    {
        var faker = new SalesFaker(2);
        var small = faker.Account().WithAnnualRevenue(10_000m).WithTier(Tier.Standard).WithOpenedAt(new DateTime(2023, 12, 31, 0, 0, 0, DateTimeKind.Utc)).Build();
        foreach (var deal in faker.Deal().WithAccount(small).Build(2_000)) AssertDealHolds(deal, small);
    }

    [Fact]
    public void AParentThatLeavesTheChildNoSolutionIsRefusedClearly()
    {
        var faker = new SalesFaker(2);
        var account = faker.Account().WithAnnualRevenue(20_000m).Build();
        var error = Assert.Throws<ConstraintViolationException>(() => faker.Deal().WithAccount(account).WithValue(10_001m).Build());
        Assert.Contains("Value <= 0.5m * Account.AnnualRevenue", string.Join(" ", error.Constraints));
        Assert.Contains("Value = 10001", error.Message);
        Assert.Contains("20000", error.Message);
    }

    [Fact]
    public void ParentsAreDrawnSoThatEveryChildHasASolution()
    {
        // Both accounts' own ranges reach where no deal fits; the children's constraints narrow them.
        var accounts = new SalesFaker(12).DataSet().Count<Account>(20_000).Build().Set<Account>();
        Assert.All(accounts, a => Assert.True(a.AnnualRevenue >= 2_000m, $"AnnualRevenue {a.AnnualRevenue}"));
        Assert.All(accounts, a => Assert.True(a.OpenedAt <= new DateTime(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc), $"OpenedAt {a.OpenedAt:O}"));
        Assert.Contains(accounts, a => a.OpenedAt.Year == 2025);

        var error = Assert.Throws<ConstraintViolationException>(() => new SalesFaker(1).Account().WithAnnualRevenue(1_500m).Build());
        Assert.Contains("(on Deal.Account)", string.Join(" ", error.Constraints));
    }
}
