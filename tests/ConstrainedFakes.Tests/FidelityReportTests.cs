using System.ComponentModel.DataAnnotations;
using ConstrainedFakes.DataSets;
using ConstrainedFakes.Reports;
using ConstrainedFakes.Tests.Graph;
using Applicant = ConstrainedFakes.Tests.Model.Applicant;
using Sales = ConstrainedFakes.Tests.Sales;
using TermContract = ConstrainedFakes.Tests.Model.Contract;
using TestFaker = ConstrainedFakes.Tests.Model.TestFaker;
using CsCheck;

namespace ConstrainedFakes.Tests;

/// <summary>
/// The report judges rows by their declarations alone: it finds every corruption planted by hand, and
/// none in generated data.
/// </summary>
public class FidelityReportTests
{
    private static DataSet Graph(ulong seed)
        => new GraphFaker(seed).DataSet().Count<Account>(120).Count<Employee>(20).Count<Product>(30).Count<Region>(5).Build();

    private static DataSet Claims(ulong seed) => new ClaimFaker(seed).DataSet().Count<Claim>(150).Build();

    private static ConstraintCheck Check(FidelityReport report, string entity, CheckKind kind, string? member = null)
        => Assert.Single(report.Entities.Single(e => e.Entity == entity).Checks, c => c.Kind == kind && (member is null || c.Member == member));

    [Fact]
    public void GeneratedDataBreaksNothing()
        => Gen.ULong.Sample(seed =>
        {
            var graph = FidelityReport.Measure(Graph(seed));
            var claims = FidelityReport.Measure(Claims(seed));
            Assert.True(graph.IsClean, graph.ToJson());
            Assert.True(claims.IsClean, claims.ToJson());
        }, iter: 10);

    [Fact]
    public void EveryDeclaredConstraintIsChecked()
    {
        var report = FidelityReport.Measure(Graph(1));
        Assert.Equal(["Account", "Contract", "Employee", "Invoice", "InvoiceLine", "Product", "Region", "Tag"], report.Entities.Select(e => e.Entity).Order().ToArray());
        Assert.True(Check(report, "InvoiceLine", CheckKind.Member, "Quantity").Checked > 0);
        Assert.Contains(report.Entities.Single(e => e.Entity == "InvoiceLine").Checks, c => c.Kind == CheckKind.ForeignKey && c.Member == "Product");
        Assert.Contains(report.Entities.Single(e => e.Entity == "Tag").Checks, c => c.Kind == CheckKind.ForeignKey && c.Member == "AccountId");
        Assert.Contains(report.Entities.Single(e => e.Entity == "Tag").Checks, c => c.Kind == CheckKind.Unique && c.Member == "Label");
        Assert.Contains(report.Entities.Single(e => e.Entity == "InvoiceLine").Checks, c => c.Kind == CheckKind.Unique && c.Member == "InvoiceId, ProductId");
        var count = Assert.Single(report.Entities.Single(e => e.Entity == "Contract").Checks, c => c.Kind == CheckKind.Count);
        // Poisson(1.5) truncated to [0, 6]: the mass above 6 is about 0.0009, so the mean is just under 1.5.
        Assert.InRange(count.Target!.Value, 1.49, 1.5);
        Assert.InRange(count.Achieved!.Value, 1.2, 1.8);
        Assert.Equal(report.Entities.Single(e => e.Entity == "Contract").Rows, count.Checked);
        var nulls = Check(report, "Invoice", CheckKind.Nulls, "ApprovedBy");
        Assert.InRange(nulls.Achieved!.Value, 0.15, 0.45);
    }

    [Fact]
    public void ABrokenForeignKeyIsFound()
    {
        var data = Graph(3);
        var line = data.Set<InvoiceLine>()[5];
        line.ProductId = new Guid("00000000-0000-0000-0000-000000000001");
        line.Product = null!;
        var check = Check(FidelityReport.Measure(data), "InvoiceLine", CheckKind.ForeignKey, "Product");
        Assert.Equal(1, check.Violations);
        Assert.Contains("names no Product", Assert.Single(check.Examples));
    }

    [Fact]
    public void ANavigationThatDisagreesWithItsKeyIsFound()
    {
        var data = Graph(3);
        var contract = data.Set<Contract>()[0];
        contract.AccountId = data.Set<Account>()[1].Id == contract.AccountId ? data.Set<Account>()[2].Id : data.Set<Account>()[1].Id;
        var report = FidelityReport.Measure(data);
        Assert.Equal(1, Check(report, "Contract", CheckKind.ForeignKey, "Account").Violations);
    }

    [Fact]
    public void AnEventBeforeItsClaimWasFiledIsFound()
    {
        var data = Claims(4);
        var claimEvent = data.Set<ClaimEvent>()[0];
        claimEvent.OccurredAt = claimEvent.Claim.FiledAt.AddDays(-1);
        var report = FidelityReport.Measure(data);
        var check = Check(report, "ClaimEvent", CheckKind.Relation, "OccurredAt");
        Assert.Equal(1, check.Violations);
        Assert.Equal("[GreaterThanOrEqual(\"Claim.FiledAt\")]", check.Constraint);
    }

    [Fact]
    public void ADuplicateUniqueValueIsFound()
    {
        var data = Graph(5);
        var tags = data.Set<Tag>();
        tags[3].Label = tags[1].Label;
        var report = FidelityReport.Measure(data);
        Assert.Equal(1, Check(report, "Tag", CheckKind.Unique, "Label").Violations);
        Assert.Equal(1, report.Violations);
    }

    [Fact]
    public void AWrongTransitionIsFound()
    {
        var data = Claims(6);
        var claim = data.Set<Claim>().First(c => c.Events.Count >= 2);
        claim.Events[1].Status = ClaimStatus.Paid;           // Filed -> Paid is not a transition
        var report = FidelityReport.Measure(data);
        var path = Check(report, "Claim", CheckKind.StatePath);
        Assert.Equal(1, path.Violations);
        Assert.Contains("Filed -> Paid is not a transition", Assert.Single(path.Examples));
        // The claim's status now differs from its last event only if that event was the one changed.
        Assert.Equal(claim.Events.Count == 2 ? 1 : 0, Check(report, "Claim", CheckKind.CurrentState).Violations);
    }

    [Fact]
    public void ACountOutsideItsBoundsAndAValueOutsideItsRangeAreFound()
    {
        var data = Graph(7);
        var invoice = data.Set<Invoice>().First();
        var removed = invoice.Lines.ToArray();
        var rows = data.Entities.Where(e => !removed.Contains(e)).ToArray();   // an invoice with no lines, [Count(1, 5)]
        data.Set<InvoiceLine>().First(l => l.Invoice != invoice).Quantity = 11;
        var report = FidelityReport.Measure(rows);
        Assert.Equal(1, Check(report, "Invoice", CheckKind.Count).Violations);
        Assert.Equal(1, Check(report, "InvoiceLine", CheckKind.Member, "Quantity").Violations);
    }

    [Fact]
    public void RowsWithoutNavigationsAreJudgedByTheirKeys()
    {
        // As if read back from a database without includes: keys and foreign keys only.
        var rows = new GraphFaker(8).DataSet().Count<Account>(60).Count<Employee>(10).Count<Product>(20).Count<Region>(4).Stream().ToArray();
        var report = FidelityReport.Measure(rows);
        Assert.True(report.IsClean, report.ToJson());
        Assert.True(Check(report, "Account", CheckKind.Count, "Contracts").Checked == 60);
        var tags = rows.OfType<Tag>().ToArray();
        tags[0].AccountId = 10_000;
        Assert.Equal(1, Check(FidelityReport.Measure(rows), "Tag", CheckKind.ForeignKey).Violations);
    }

    [Fact]
    public void MeasuredChecksKeepFiguresThatMatchTheirRows()
    {
        var rows = new TestFaker(11).Applicant().Build(5_000).Cast<object>().ToArray();
        var report = FidelityReport.Measure(rows);

        // Age: Normal(40, 10) on integers in [0, 120]: 121 points, one bin per 4 (at most 40 bins), the expected counts adding up to the rows.
        var age = Assert.IsType<HistogramFigure>(Check(report, "Applicant", CheckKind.Marginal, "Age").Figure);
        Assert.Equal(5_000, age.Bins.Sum(b => b.Count));
        Assert.InRange(age.Bins.Sum(b => b.Expected!.Value), 4_999, 5_001);
        Assert.Equal(-0.5, age.Bins[0].Low);
        Assert.Equal(123.5, age.Bins[^1].High);
        var peak = age.Bins.MaxBy(b => b.Expected!.Value)!;
        Assert.InRange((peak.Low + peak.High) / 2, 37, 43);
        Assert.All(age.Bins, b => Assert.InRange(Math.Abs(b.Count - b.Expected!.Value), 0, 4 * Math.Sqrt(b.Expected.Value) + 5));

        // Income against Age: 5,000 pairs thinned to every third (the fewest that keep at most 2,000), in row order.
        var income = Assert.IsType<ScatterFigure>(Check(report, "Applicant", CheckKind.Correlation, "Income").Figure);
        Assert.Equal(1_667, income.X.Count);
        Assert.Equal(((double)((Applicant)rows[3]).Income, (double)((Applicant)rows[3]).Age), (income.X[1], income.Y[1]));
        Assert.Equal(("Income", "Age", FigureUnit.Number), (income.XName, income.YName, income.YUnit));
    }

    [Fact]
    public void CountsAndStatePathsKeepFigures()
    {
        var data = Claims(5);
        var report = FidelityReport.Measure(data);
        var claims = report.Entities.Single(e => e.Entity == "Claim").Checks;
        var count = Assert.IsType<HistogramFigure>(claims.Single(c => c.Kind == CheckKind.Count).Figure);
        Assert.Equal(data.Set<Claim>().Count, count.Bins.Sum(b => b.Count));
        Assert.Equal(data.Set<ClaimEvent>().Count, (long)count.Bins.Sum(b => b.Count * (b.Low + b.High) / 2));
        var paths = Assert.IsType<TransitionFigure>(claims.Single(c => c.Kind == CheckKind.StatePath).Figure);
        Assert.All(paths.Transitions, t => Assert.True(t.IsDeclared));
        Assert.Equal(("start", data.Set<Claim>().Count(c => c.Events.Count > 0)), (paths.Transitions[0].From, (int)paths.Transitions[0].Count));
        Assert.Equal(data.Set<ClaimEvent>().Count, paths.Transitions.Sum(t => t.Count));
    }

    [Fact]
    public void FiguresStayOutOfTheJson()
    {
        var report = FidelityReport.Measure(new TestFaker(11).Applicant().Build(500).Cast<object>().ToArray());
        Assert.Contains(report.Entities.SelectMany(e => e.Checks), c => c.Figure is not null);
        Assert.DoesNotContain("figure", report.ToJson(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bins", report.ToJson(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CorrelationsAndMarginalsAreMeasured()
    {
        var faker = new TestFaker(11);
        var rows = faker.Applicant().Build(5_000).Cast<object>().ToArray();
        var report = FidelityReport.Measure(rows);
        var income = Check(report, "Applicant", CheckKind.Correlation, "Income");
        Assert.Equal(0.6, income.Target);
        Assert.InRange(income.Achieved!.Value, 0.55, 0.65);
        var age = Check(report, "Applicant", CheckKind.Marginal, "Age");
        Assert.InRange(age.Target!.Value, 39.9, 40.1);
        Assert.InRange(age.Achieved!.Value, 39, 41);
        Assert.InRange(age.KolmogorovSmirnov!.Value, 0, 0.03);
        var children = Check(report, "Applicant", CheckKind.Marginal, "Children");
        Assert.InRange(children.KolmogorovSmirnov!.Value, 0, 0.03);
        // A distribution the rows do not follow shows a large distance.
        foreach (var applicant in rows.Cast<Applicant>()) applicant.Age = 20;
        Assert.True(Check(FidelityReport.Measure(rows), "Applicant", CheckKind.Marginal, "Age").KolmogorovSmirnov > 0.9);
    }

    [Fact]
    public void ComputedMembersAreCheckedAgainstTheirExpressions()
    {
        var lines = new TestFaker(4).OrderLine().Build(2_000);
        var clean = FidelityReport.Measure(lines, TestFaker.InvariantChecks);
        var computed = clean.Entities.Single().Checks.Where(c => c.Kind == CheckKind.Computed).ToArray();
        Assert.Equal(
            [("Total", "[Computed(\"Math.Round(Quantity * UnitPrice * (1 - DiscountRate), 2)\")]"), ("Subtotal", "[Computed(\"Quantity * UnitPrice\")]"), ("Handling", "[Computed(\"Quantity * 2\")]")],
            computed.Select(c => (c.Member!, c.Constraint)).ToArray());
        Assert.All(computed, c => Assert.Equal((2_000L, 0L), (c.Checked, c.Violations)));

        // A total one cent off, still inside its range: only the expression can tell.
        lines[17].Total += 0.01m;
        lines[18].Handling = lines[18].Quantity * 3;
        var report = FidelityReport.Measure(lines, TestFaker.InvariantChecks);
        Assert.Equal(2, report.Violations);
        var total = Check(report, "OrderLine", CheckKind.Computed, "Total");
        Assert.Equal(1, total.Violations);
        Assert.StartsWith($"OrderLine Id = {lines[17].Id}: ", Assert.Single(total.Examples));
    }

    [Fact]
    public void EdgeCaseAndThresholdRatesAreMeasuredAtTheDeclaredBounds()
    {
        var report = FidelityReport.Measure(new TestFaker(12).Loan().Build(20_000).Cast<object>().ToArray());
        var term = Check(report, "Loan", CheckKind.EdgeCases, "TermMonths");
        Assert.Equal("[EdgeCases(0.2)] at [Range(6, 360)]", term.Constraint);
        Assert.False(term.IsHard);
        Assert.Equal((0.2, 20_000L), (term.Target, term.Checked));
        Assert.InRange(term.Achieved!.Value, 0.19, 0.21);
        Assert.InRange(Check(report, "Loan", CheckKind.EdgeCases, "Amount").Achieved!.Value, 0.19, 0.21);
        // Deposit's upper edge is min(20,000, Amount / 2), set by an invariant: the declared bounds see 0 (10%) and
        // 20,000 only when Amount ≥ 40,000, so the share is a lower bound of the rate.
        Assert.InRange(Check(report, "Loan", CheckKind.EdgeCases, "Deposit").Achieved!.Value, 0.11, 0.15);
        Assert.DoesNotContain(report.Entities.Single().Checks, c => c.Member == "Unbounded");

        var score = Check(report, "Loan", CheckKind.Threshold, "Score");
        Assert.Equal(("[Threshold(500000, Probability = 0.3)]", 0.3), (score.Constraint, score.Target));
        Assert.InRange(score.Achieved!.Value, 0.28, 0.32);
        Assert.InRange(Check(report, "Loan", CheckKind.Threshold, "Amount").Achieved!.Value, 0.09, 0.11);
        Assert.True(report.IsClean);
    }

    [Fact]
    public void EdgesOfOrderRelationsAreCountedOnTheirLattice()
    {
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var rows = Enumerable.Range(0, 10).Select(i => new EdgeWindow
        {
            Id = i + 1,
            // Rows 0 and 1 start at the range's first second; rows 2 to 4 end one second (one point) after they start.
            Start = i < 2 ? start : start.AddDays(i).AddSeconds(17),
            End = start.AddDays(i).AddSeconds(17 + (i is >= 2 and <= 4 ? 1 : 3600)),
            Units = i == 5 ? 0.05m : 0.07m,
        }).ToArray();
        var report = FidelityReport.Measure(rows);
        var startEdges = Check(report, "EdgeWindow", CheckKind.EdgeCases, "Start");
        Assert.Equal(("[EdgeCases(0.1)] at [Range(typeof(DateTime), \"2024-01-01\", \"2024-12-31\")]", 0.2), (startEdges.Constraint, startEdges.Achieved));
        var endEdges = Check(report, "EdgeWindow", CheckKind.EdgeCases, "End");
        Assert.Equal(("[EdgeCases(0.1)] at [GreaterThan(\"Start\")]", 0.3), (endEdges.Constraint, endEdges.Achieved));
        // (0, 0.1) exclusive on a two-decimal lattice: its edges are 0.01 and 0.09, not 0.05.
        Assert.Equal(0, Check(report, "EdgeWindow", CheckKind.EdgeCases, "Units").Achieved);
        rows[5].Units = 0.09m;
        Assert.Equal(0.1, Check(FidelityReport.Measure(rows), "EdgeWindow", CheckKind.EdgeCases, "Units").Achieved);
    }

    [Fact]
    public void InvariantsHoldOnGeneratedDataAndAViolatedOneIsFound()
    {
        var data = new Sales.SalesFaker(12).DataSet().Count<Sales.Account>(200).Build();
        var clean = FidelityReport.Measure(data);
        Assert.True(clean.IsClean, clean.ToJson());
        var checks = clean.Entities.Single(e => e.Entity == "Deal").Checks.Where(c => c.Kind == CheckKind.Invariant).ToArray();
        Assert.Equal(["[Invariant(\"Value <= 0.5m * Account.AnnualRevenue\")]", "[Invariant(\"Account.Tier == Tier.Gold || DiscountRate <= 0.15m\")]"], checks.Select(c => c.Constraint).ToArray());
        Assert.All(checks, c => Assert.Equal(data.Set<Sales.Deal>().Count, c.Checked));

        var deal = data.Set<Sales.Deal>()[3];
        deal.Value = deal.Account.AnnualRevenue;
        var report = FidelityReport.Measure(data);
        var broken = Assert.Single(report.Entities.Single(e => e.Entity == "Deal").Checks, c => c.Kind == CheckKind.Invariant && c.Violations > 0);
        Assert.Contains("Value <= 0.5m", broken.Constraint);
        Assert.StartsWith($"Deal Id = {deal.Id}: ", Assert.Single(broken.Examples));
    }

    [Fact]
    public void InvariantsThroughPathsAreCheckedOnRowsWithoutNavigations()
    {
        var rows = new Sales.SalesFaker(13).DataSet().Count<Sales.Account>(100).Stream().ToArray();
        var report = FidelityReport.Measure(rows, Sales.SalesFaker.InvariantChecks);
        Assert.True(report.IsClean, report.ToJson());
        var deals = rows.OfType<Sales.Deal>().ToArray();
        Assert.All(report.Entities.Single(e => e.Entity == "Deal").Checks.Where(c => c.Kind == CheckKind.Invariant), c => Assert.Equal(deals.Length, c.Checked));
        // A deal worth its account's whole revenue, still inside its own [Range(1_000, 1_000_000)].
        var accounts = rows.OfType<Sales.Account>().ToDictionary(a => a.Id);
        var deal = deals.First(d => accounts[d.AccountId].AnnualRevenue <= 1_000_000m);
        deal.Value = accounts[deal.AccountId].AnnualRevenue;
        Assert.Equal(1, FidelityReport.Measure(rows, Sales.SalesFaker.InvariantChecks).Violations);
    }

    [Fact]
    public void AnEndBeforeItsStartIsFound()
    {
        var rows = new TestFaker(14).Contract().Build(300).ToArray();
        Assert.True(FidelityReport.Measure(rows, TestFaker.InvariantChecks).IsClean);
        rows[10].End = rows[10].Start.AddDays(-1);
        var report = FidelityReport.Measure(rows, TestFaker.InvariantChecks);
        var check = Assert.Single(report.Entities.Single().Checks, c => c.Violations > 0);
        Assert.Equal("[Invariant(\"End >= Start.AddDays(30) && End <= Start.AddDays(1095)\")]", check.Constraint);
        Assert.Equal(1, report.Violations);
    }

    private static Spectre.Console.Testing.TestConsole Terminal(int width) => Spectre.Console.Testing.TestConsoleExtensions.Width(new Spectre.Console.Testing.TestConsole(), width);

    [Fact]
    public void TheConsoleTableShowsEveryCheckAndHighlightsFailures()
    {
        var data = Graph(15);
        data.Set<Tag>()[2].Label = data.Set<Tag>()[0].Label;
        var console = Terminal(250);
        ((Spectre.Console.IAnsiConsole)console).Write(FidelityReport.Measure(data).ToTable());
        Assert.Contains("Fidelity report: 1 violations", console.Output);
        Assert.Contains("[Count(0, 6, Mean = 1.5)]", console.Output);
        Assert.Contains("again", console.Output);

        var failures = Terminal(250);
        ((Spectre.Console.IAnsiConsole)failures).Write(FidelityReport.Measure(data).ToTable(failuresOnly: true));
        Assert.DoesNotContain("[Count(", failures.Output);
        Assert.Contains("Label", failures.Output);
    }

    [Fact]
    public void TheConsoleTableReadsAtEightyColumns()
    {
        // The width of a CI log: every line fits, each entity heads its checks, and a constraint and its figures
        // each keep to a line of their own (six columns would wrap them into a narrow strip).
        var report = FidelityReport.Measure(Graph(15));
        var console = Terminal(80);
        ((Spectre.Console.IAnsiConsole)console).Write(report.ToTable());
        var lines = console.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 80, line));
        var contracts = report.Entities.Single(e => e.Entity == "Contract").Rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(lines, line => line.StartsWith("│ Contract ", StringComparison.Ordinal) && line.Contains($"{contracts} rows", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("│   Invoices ", StringComparison.Ordinal) && line.Contains("[Count(0, 6, Mean = 1.5)]", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(Check(report, "Contract", CheckKind.Count).Measured(), StringComparison.Ordinal));
    }

    [Fact]
    public void JsonIsStable()
    {
        var first = FidelityReport.Measure(Graph(9)).ToJson();
        var second = FidelityReport.Measure(Graph(9)).ToJson();
        Assert.Equal(first, second);
        Assert.StartsWith("{\n  \"violations\": 0,\n  \"entities\": [", first.ReplaceLineEndings("\n"));
        Assert.Contains("\"constraint\": \"RegionCode -> Region.Code\"", first);
    }
}

/// <summary>Edge cases declared on a class the report reads from hand-made rows: a date range, a strict relation, an exclusive decimal range.</summary>
[EdgeCases(0.1)]
public class EdgeWindow
{
    public int Id { get; set; }

    [Range(typeof(DateTime), "2024-01-01", "2024-12-31")]
    public DateTime Start { get; set; }

    [GreaterThan(nameof(Start))]
    public DateTime End { get; set; }

    [Range(0.0, 0.1, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public decimal Units { get; set; }
}
