using ConstrainedFakes.Reports;
using ConstrainedFakes.Tests.Graph;
using CsCheck;

namespace ConstrainedFakes.Tests;

/// <summary>Rules through a parent's parent (Policy.Holder.RegisteredAt, Adjuster.Office.Limit): in a data set, a stream, a builder alone and with With{Navigation}.</summary>
public class DeepPathTests
{
    private static void AssertHolds(InsuranceClaim claim, Holder holder, Office? office)
    {
        Assert.True(claim.FiledAt >= holder.RegisteredAt.AddDays(1), $"FiledAt {claim.FiledAt:O} >= {holder.RegisteredAt:O} + 1 day");
        Assert.True(claim.ReviewedAt > holder.RegisteredAt, $"ReviewedAt {claim.ReviewedAt:O} > {holder.RegisteredAt:O}");
        if (office is not null) Assert.True(claim.Amount <= office.Limit, $"Amount {claim.Amount} <= {office.Limit}");
        Assert.True(claim.AssessedAt >= holder.Territory.OpenedAt, $"AssessedAt {claim.AssessedAt:O} >= {holder.Territory.OpenedAt:O}");
        Assert.InRange(claim.Amount, 100, 40_000);
    }

    [Fact]
    public void EveryClaimHoldsAgainstItsPolicysHolderAndItsAdjustersOffice()
        => Gen.ULong.Sample(seed =>
        {
            var data = new InsuranceFaker(seed).DataSet().Count<Holder>(500).Count<Office>(40).Count<Adjuster>(60).Build();
            var claims = data.Set<InsuranceClaim>();
            Assert.NotEmpty(claims);
            foreach (var claim in claims)
            {
                Assert.Same(claim.Policy.Holder, data.Set<Holder>()[claim.Policy.HolderId - 1]);
                AssertHolds(claim, claim.Policy.Holder, claim.Adjuster?.Office);
            }
            // An office below 100 would leave its adjusters' claims no amount: the claims' rule narrows every office
            // through its adjusters, so no claim loses its adjuster to it (the link's null rate is 0 by default).
            Assert.All(data.Set<Office>(), o => Assert.InRange(o.Limit, 100, 1_000));
            Assert.All(claims, c => Assert.NotNull(c.Adjuster));
        }, iter: 20);

    [Fact]
    public void TheGrandparentBindsTheRows()
    {
        // Late holders push their claims late: the rule must be felt, or the test above proves nothing.
        var data = new InsuranceFaker(3).DataSet().Count<Holder>(3_000).Build();
        var late = data.Set<InsuranceClaim>().Where(c => c.Policy.Holder.RegisteredAt > new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ToList();
        Assert.NotEmpty(late);
        Assert.All(late, c => Assert.True(c.FiledAt > new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Contains(data.Set<InsuranceClaim>(), c => c.FiledAt < new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        // Three navigations away: late territories push their claims' assessments late.
        var lateTerritory = data.Set<InsuranceClaim>().Where(c => c.Policy.Holder.Territory.OpenedAt > new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc)).ToList();
        Assert.NotEmpty(lateTerritory);
        Assert.All(lateTerritory, c => Assert.True(c.AssessedAt > new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Contains(data.Set<InsuranceClaim>(), c => c.AssessedAt < new DateTime(2017, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void SeverityFollowsThePolicysHoldersRisk()
    {
        var claims = new InsuranceFaker(10).DataSet().Count<Holder>(10_000).Build().Set<InsuranceClaim>();
        var spearman = MathNet.Numerics.Statistics.Correlation.Spearman(claims.Select(c => c.Severity), claims.Select(c => c.Policy.Holder.Risk));
        Assert.InRange(spearman, 0.55, 0.65);
    }

    [Fact]
    public void NarrowingClimbsThroughAParentsOwnRule()
        => Gen.ULong.Sample(seed =>
        {
            // Sales must end by 2022 for their refunds, and follow their seller's joining: so sellers join by 2022.
            var endOf2022 = new DateTime(2022, 12, 31, 0, 0, 0, DateTimeKind.Utc);
            var data = new RefundChainFaker(seed).DataSet().Count<Seller>(300).Build();
            Assert.All(data.Set<Seller>(), s => Assert.True(s.JoinedAt <= endOf2022, $"JoinedAt {s.JoinedAt:O}"));
            Assert.Contains(data.Set<Seller>(), s => s.JoinedAt > endOf2022.AddYears(-1));
            Assert.All(data.Set<Refund>(), r => Assert.True(r.RefundedAt >= r.Sale.SoldAt && r.Sale.SoldAt >= r.Sale.Seller.JoinedAt && r.RefundedAt <= endOf2022));
        }, iter: 20);

    [Fact]
    public void StreamAndParallelBuildAgreeWithBuild()
    {
        ConstrainedFakes.DataSets.DataSetBuilder Builder() => new InsuranceFaker(9).DataSet().Count<Holder>(800).Count<Office>(30).Count<Adjuster>(50);
        var built = Builder().Build().Entities.Select(GraphIntegrity.Columns).ToList();
        Assert.Equal(built, Builder().Stream().Select(GraphIntegrity.Columns));
        Assert.Equal(built, Builder().InParallel(3).Build().Entities.Select(GraphIntegrity.Columns));
        Assert.Throws<NotSupportedException>(() => Builder().Stream(0, 2).Count());
    }

    [Fact]
    public void ABuilderAloneDrawsTheFarMemberFromItsDeclaredBounds()
    {
        var claims = new InsuranceFaker(4).InsuranceClaim().Build(2_000);
        // Filed no earlier than a day after the earliest holder could register, and amounts up to the largest limit.
        Assert.All(claims, c => Assert.True(c.FiledAt >= new DateTime(2019, 1, 2, 0, 0, 0, DateTimeKind.Utc)));
        Assert.All(claims, c => Assert.InRange(c.Amount, 100, 1_000));
    }

    [Fact]
    public void WithNavigationReadsTheParentsParent()
    {
        var faker = new InsuranceFaker(5);
        var territory = faker.Territory().WithOpenedAt(new DateTime(2024, 12, 1, 0, 0, 0, DateTimeKind.Utc)).Build();
        var holder = faker.Holder().WithTerritory(territory).WithRegisteredAt(new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc)).Build();
        var policy = faker.Policy().WithHolder(holder).Build();
        var office = faker.Office().WithLimit(150).Build();
        var adjuster = faker.Adjuster().WithOffice(office).Build();
        foreach (var claim in faker.InsuranceClaim().WithPolicy(policy).WithAdjuster(adjuster).Build(1_000)) AssertHolds(claim, holder, office);
        // A policy whose holder is not set leaves the paths through it to their declared bounds.
        var alone = faker.InsuranceClaim().WithPolicy(new Policy()).Build(1_000);
        Assert.Contains(alone, c => c.FiledAt < new DateTime(2025, 6, 2, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void AGrandparentIsNarrowedForItsGrandchildrenAndAFixedValueBelowIsRefusedClearly()
    {
        var faker = new InsuranceFaker(6);
        Assert.All(faker.Office().Build(2_000), o => Assert.InRange(o.Limit, 100, 1_000));
        const string rule = "[Invariant(\"Amount <= Adjuster.Office.Limit\")]";
        var fixedLimit = Assert.Throws<ConstraintViolationException>(() => faker.Office().WithLimit(50).Build());
        Assert.Contains(fixedLimit.Constraints, c => c.StartsWith(rule, StringComparison.Ordinal));

        // An office made by hand is checked where it is read: by its adjuster, and by a claim through an adjuster.
        var office = new Office { Id = 1, Limit = 50 };
        var adjuster = Assert.Throws<ConstraintViolationException>(() => faker.Adjuster().WithOffice(office).Build());
        Assert.Contains("Office_Limit = 50", adjuster.Message);
        Assert.Contains(adjuster.Constraints, c => c.StartsWith(rule, StringComparison.Ordinal));
        var claim = Assert.Throws<ConstraintViolationException>(() => faker.InsuranceClaim().WithAdjuster(new Adjuster { Office = office }).Build());
        Assert.Contains(rule, claim.Constraints);
        Assert.Contains("Adjuster_Office_Limit = 50", claim.Message);
    }

    [Fact]
    public void TheFidelityReportChecksTheRulesThroughTheParentsParent()
    {
        var data = new InsuranceFaker(7).DataSet().Count<Holder>(300).Build();
        var claims = data.Set<InsuranceClaim>().Count;
        var filed = ClaimCheck(FidelityReport.Measure(data), "[Invariant(\"FiledAt >= Policy.Holder.RegisteredAt.AddDays(1)\")]");
        Assert.Equal(claims, filed.Checked);
        Assert.Equal(0, filed.Violations);
        var reviewed = ClaimCheck(FidelityReport.Measure(data), "[GreaterThan(\"Policy.Holder.RegisteredAt\")]");
        Assert.Equal(claims, reviewed.Checked);
        Assert.Equal(0, reviewed.Violations);
        Assert.Equal(claims, ClaimCheck(FidelityReport.Measure(data), "[Correlated(Policy.Holder.Risk, 0.6)]").Checked);

        // A row broken by hand is caught by both.
        var claim = data.Set<InsuranceClaim>()[0];
        claim.FiledAt = claim.ReviewedAt = claim.Policy.Holder.RegisteredAt;
        var report = FidelityReport.Measure(data);
        Assert.Equal(1, ClaimCheck(report, filed.Constraint).Violations);
        Assert.Equal(1, ClaimCheck(report, reviewed.Constraint).Violations);
    }

    private static ConstraintCheck ClaimCheck(FidelityReport report, string constraint)
        => Assert.Single(report.Entities.Single(e => e.Entity == "InsuranceClaim").Checks, c => c.Constraint == constraint);
}
