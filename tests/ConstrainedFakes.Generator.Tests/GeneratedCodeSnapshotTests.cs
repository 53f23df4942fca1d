using ConstrainedFakes.Generator.Tests.Infrastructure;

namespace ConstrainedFakes.Generator.Tests;

/// <summary>
/// The generated code for representative inputs, compared with checked-in snapshots. Every snapshot must
/// also compile, with the input, without an error or a warning, and its builders must run.
/// </summary>
public sealed class GeneratedCodeSnapshotTests
{
    /// <summary>Every supported scalar type, with bounds, precision, weights and nullable forms.</summary>
    private const string AllScalarTypesSource = """
        #pragma warning disable CS1591
        using System;
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;
        using Microsoft.EntityFrameworkCore;

        namespace Shop.Model
        {
            public enum Tier
            {
                [Weight(6)] Free,
                [Weight(3)] Pro,
                [Weight(1)] Enterprise,
            }

            public class Everything
            {
                public int Id { get; set; }
                [Range(-5, 5)] public sbyte Delta { get; set; }
                public byte Level { get; set; }
                [Range(-300, 300)] public short Offset { get; set; }
                public ushort Port { get; set; }
                [Range(18, 120)] public int Age { get; set; }
                public uint Visits { get; set; }
                [Range(0d, 5000000000d)] public long Population { get; set; }
                public ulong Checksum { get; set; }
                [Precision(10, 2), Range(0, 5000)] public decimal Balance { get; set; }
                [Range(0.0, 1.0, MaximumIsExclusive = true)] public double Score { get; set; }
                public float Ratio { get; set; }
                [Probability(0.8)] public bool IsActive { get; set; }
                [Required, MaxLength(40)] public string FirstName { get; set; } = "";
                public Guid Token { get; set; }
                [Range(typeof(DateTime), "2021-01-01", "2024-12-31")] public DateTime CreatedAt { get; set; }
                public DateTimeOffset UpdatedAt { get; set; }
                [Range(typeof(DateOnly), "1950-01-01", "2005-12-31")] public DateOnly BirthDate { get; set; }
                [Range(typeof(TimeOnly), "09:00:00", "17:30:00")] public TimeOnly OpensAt { get; set; }
                public TimeSpan Duration { get; set; }
                public Tier Tier { get; set; }
                [Nulls(0.25), Range(1, 9)] public int? Rating { get; set; }
                [Nulls(0.5)] public DateTime? DeletedAt { get; set; }
                public Guid? ExternalId { get; set; }
                [Nulls(0.1), MaxLength(20)] public string? MiddleName { get; set; }
                [Nulls(0.2)] public Tier? PreviousTier { get; set; }
            }
        }

        namespace Shop
        {
            [ConstrainedFaker(typeof(Shop.Model.Everything))]
            public partial class EverythingFaker { }
        }
        """;

    /// <summary>A positional record (constructor binding) and a class with <c>required</c> and <c>init</c> members.</summary>
    private const string ConstructorAndInitBindingSource = """
        #pragma warning disable CS1591
        using System;
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;

        namespace People;

        public record Person(string FirstName, string LastName, int Age);

        public class Account
        {
            public required Guid Id { get; init; }

            [Required, MaxLength(50)]
            public required string CompanyName { get; init; }

            [Range(1, 500)]
            public int Seats { get; init; }

            public string? Notes { get; init; }
        }

        [ConstrainedFaker(typeof(Person), typeof(Account))]
        public partial class PeopleFaker { }
        """;

    /// <summary>A faker nested in a partial class, everything in the global namespace.</summary>
    private const string NestedFakerInGlobalNamespaceSource = """
        #pragma warning disable CS1591
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;
        using Microsoft.EntityFrameworkCore;

        public class Product
        {
            public int Id { get; set; }

            [MaxLength(60)]
            public string Name { get; set; } = "";

            [Precision(8, 2), Range(0.01, 999.99)]
            public decimal Price { get; set; }
        }

        public partial class ShopTests
        {
            [ConstrainedFaker(typeof(Product))]
            internal partial class Fakes { }
        }
        """;

    /// <summary>Entities no row of which can be built: the builder compiles and its BuildAt throws, saying why.</summary>
    private const string UnbuildableEntitySource = """
        #pragma warning disable CS1591
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;

        namespace Broken
        {
            public class Backwards
            {
                public int Id { get; set; }

                [Range(10, 5)]
                public int Quantity { get; set; }
            }

            public class Tagged
            {
                public int Id { get; set; }

                public required List<string> Tags { get; init; }
            }

            [ConstrainedFaker(typeof(Backwards), typeof(Tagged))]
            public partial class BrokenFaker { }
        }
        """;

    /// <summary>Order relations, linear invariants over money and dates, and unique members.</summary>
    private const string CrossMemberConstraintsSource = """
        #pragma warning disable CS1591
        using System;
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;

        namespace Sales
        {
            [Invariant("Discount <= 0.3m * Value")]
            [Invariant("End >= Start.AddDays(30) && End <= Start.AddDays(1095)")]
            public class Contract
            {
                public int Id { get; set; }
                [Range(1000, 1000000)] public decimal Value { get; set; }
                [Range(0, 300000)] public decimal Discount { get; set; }
                [Range(typeof(DateTime), "2022-01-01", "2025-12-31")] public DateTime Start { get; set; }
                public DateTime End { get; set; }
                [Range(1, 12)] public int Seats { get; set; }
                [GreaterThanOrEqual(nameof(Seats)), Range(1, 12)] public int Licences { get; set; }
                [Unique, Range(100000, 999999)] public int Number { get; set; }
                [Unique, EmailAddress, MaxLength(60)] public string ContactEmail { get; set; } = "";
            }

            [ConstrainedFaker(typeof(Contract))]
            public partial class SalesFaker { }
        }
        """;

    /// <summary>Disjunctions planned as conditional bounds: a linear one, a categorical guard, an implication, a nullable member.</summary>
    private const string DisjunctionsSource = """
        #pragma warning disable CS1591
        using System;
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;
        using Microsoft.EntityFrameworkCore;

        namespace Lending
        {
            public enum Tier { Standard, Silver, Gold }

            [Invariant("MonthlyIncome > 0m || RequestedAmount <= 5000m")]
            [Invariant("Tier == Tier.Gold || Rate <= 0.15m")]
            [Invariant("!(Secured) || RequestedAmount <= 4m * MonthlyIncome")]
            public class Loan
            {
                public int Id { get; set; }
                public Tier Tier { get; set; }
                public bool Secured { get; set; }
                [Range(0, 10000)] public decimal MonthlyIncome { get; set; }
                [Range(100, 50000)] public decimal RequestedAmount { get; set; }
                [Precision(5, 4), Range(0.01, 0.30)] public decimal Rate { get; set; }
                [Nulls(0.2), LessThanOrEqual(nameof(RequestedAmount)), Range(0, 50000)] public decimal? Collateral { get; set; }
            }

            [ConstrainedFaker(typeof(Loan))]
            public partial class LendingFaker { }
        }
        """;

    [Fact]
    public void Disjunctions()
    {
        var generated = GenerateAndCompile(DisjunctionsSource, nameof(Disjunctions));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var faker = assembly.CreateFaker("Lending.LendingFaker");
        for (var row = 0; row < 2_000; row++)
        {
            dynamic loan = GeneratedAssembly.BuildAt(faker, "Loan", row)!;
            Assert.True((decimal)loan.MonthlyIncome > 0m || (decimal)loan.RequestedAmount <= 5000m);
            Assert.True(loan.Tier.ToString() == "Gold" || (decimal)loan.Rate <= 0.15m);
            Assert.True(!(bool)loan.Secured || (decimal)loan.RequestedAmount <= 4m * (decimal)loan.MonthlyIncome);
            Assert.True(loan.Collateral is null || (decimal)loan.Collateral <= (decimal)loan.RequestedAmount);
        }
    }

    /// <summary>Declared marginals, weights, and a copula over a linear member and plain ones.</summary>
    private const string DistributionsSource = """
        #pragma warning disable CS1591
        using System;
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;
        using Microsoft.EntityFrameworkCore;

        namespace People
        {
            [Invariant("Savings <= 10m * Income")]
            public class Person
            {
                public int Id { get; set; }
                [Normal(40, 12), Range(18, 90)] public int Age { get; set; }
                [LogNormal(10.4, 0.6), Correlated(nameof(Age), 0.5), Precision(12, 2), Range(0, 1000000)] public decimal Income { get; set; }
                [Exponential(0.0001), Correlated(nameof(Income), 0.3), Range(0, 5000000)] public decimal Savings { get; set; }
                [Poisson(1.8), Range(0, 12)] public int Children { get; set; }
                [Normal(0.5, 0.2), Range(0.0, 1.0)] public double Risk { get; set; }
                [AllowedValues("North", "South"), Weights(3, 1)] public string Region { get; set; } = "";
                [Correlated("Household.Income", 0.4)] public int Rooms { get; set; }
            }

            [ConstrainedFaker(typeof(Person))]
            public partial class PeopleFaker { }
        }
        """;

    [Fact]
    public void Distributions()
    {
        var generated = GenerateAndCompile(DistributionsSource, nameof(Distributions));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var faker = assembly.CreateFaker("People.PeopleFaker");
        for (var row = 0; row < 500; row++)
        {
            dynamic person = GeneratedAssembly.BuildAt(faker, "Person", row)!;
            Assert.InRange((int)person.Age, 18, 90);
            Assert.True((decimal)person.Savings <= 10m * (decimal)person.Income);
            Assert.InRange((double)person.Risk, 0.0, 1.0);
        }
    }

    /// <summary>Invariants as the fidelity report's checks: a parent path, a parent's enum, a nullable member, dates; and a computed member's expression.</summary>
    private const string InvariantChecksSource = """
        #pragma warning disable CS1591
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;

        namespace Crm
        {
            public enum Tier { Standard, Gold }

            public class Account
            {
                public int Id { get; set; }
                [Range(10000, 1000000)] public decimal AnnualRevenue { get; set; }
                public Tier Tier { get; set; }
                [Count(1, 3)] public List<Deal> Deals { get; } = new();
            }

            [Invariant("Value <= 0.5m * Account.AnnualRevenue")]
            [Invariant("Account.Tier == Tier.Gold || Discount <= 0.1m * Value")]
            [Invariant("Closed <= Opened.AddDays(90)")]
            public class Deal
            {
                public int Id { get; set; }
                public int AccountId { get; set; }
                public Account Account { get; set; } = null!;
                [Range(1000, 100000)] public decimal Value { get; set; }
                [Nulls(0.3), Range(0, 50000)] public decimal? Discount { get; set; }
                [Range(typeof(DateTime), "2024-01-01", "2024-12-31")] public DateTime Opened { get; set; }
                [GreaterThan(nameof(Opened))] public DateTime Closed { get; set; }
                [Computed("Math.Round(Value * 0.2m, 2)")] public decimal Commission { get; set; }
            }

            [ConstrainedFaker(typeof(Account))]
            public partial class CrmFaker { }
        }
        """;

    [Fact]
    public void InvariantChecks()
    {
        var generated = GenerateAndCompile(InvariantChecksSource, nameof(InvariantChecks));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var faker = assembly.CreateFaker("Crm.CrmFaker");
        var checks = (System.Collections.IEnumerable)faker.GetType().GetProperty("InvariantChecks")!.GetValue(null)!;
        Assert.Equal(4, checks.Cast<object>().Count());
    }

    [Fact]
    public void CrossMemberConstraints()
    {
        var generated = GenerateAndCompile(CrossMemberConstraintsSource, nameof(CrossMemberConstraints));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var faker = assembly.CreateFaker("Sales.SalesFaker");
        for (var row = 0; row < 500; row++)
        {
            dynamic contract = GeneratedAssembly.BuildAt(faker, "Contract", row)!;
            Assert.True((decimal)contract.Discount <= 0.3m * (decimal)contract.Value);
            Assert.True((DateTime)contract.End >= ((DateTime)contract.Start).AddDays(30));
            Assert.True((int)contract.Licences >= (int)contract.Seats);
        }
    }

    [Fact]
    public void AllScalarTypes()
    {
        var generated = GenerateAndCompile(AllScalarTypesSource, nameof(AllScalarTypes));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var faker = assembly.CreateFaker("Shop.EverythingFaker");
        for (var row = 0; row < 200; row++) Assert.NotNull(GeneratedAssembly.BuildAt(faker, "Everything", row));
    }

    [Fact]
    public void ConstructorAndInitBinding()
    {
        var generated = GenerateAndCompile(ConstructorAndInitBindingSource, nameof(ConstructorAndInitBinding));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var faker = assembly.CreateFaker("People.PeopleFaker");
        for (var row = 0; row < 100; row++)
        {
            dynamic person = GeneratedAssembly.BuildAt(faker, "Person", row)!;
            Assert.False(string.IsNullOrEmpty((string)person.FirstName));
            Assert.False(string.IsNullOrEmpty((string)person.LastName));
            dynamic account = GeneratedAssembly.BuildAt(faker, "Account", row)!;
            Assert.InRange((int)account.Seats, 1, 500);
            Assert.InRange(((string)account.CompanyName).Length, 1, 50);
        }
    }

    [Fact]
    public void NestedFakerInGlobalNamespace()
    {
        var generated = GenerateAndCompile(NestedFakerInGlobalNamespaceSource, nameof(NestedFakerInGlobalNamespace));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var faker = assembly.CreateFaker("ShopTests+Fakes");
        for (var row = 0; row < 100; row++)
        {
            dynamic product = GeneratedAssembly.BuildAt(faker, "Product", row)!;
            Assert.Equal(row + 1, (int)product.Id);
            Assert.InRange((decimal)product.Price, 0.01m, 999.99m);
        }
    }

    /// <summary>
    /// A shop graph found from a DbContext: the context names customers and products only; orders and
    /// their lines are reached through navigations. Exercises owned children, a pool and a self-reference.
    /// </summary>
    private const string RelationshipsSource = """
        #pragma warning disable CS1591
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using ConstrainedFakes;
        using Microsoft.EntityFrameworkCore;

        namespace Shop
        {
            public class Customer
            {
                public int Id { get; set; }
                [MaxLength(40)] public string FirstName { get; set; } = "";
                [Range(typeof(DateTime), "2020-01-01", "2022-12-31")] public DateTime JoinedAt { get; set; }
                public int? ReferredById { get; set; }
                public Customer? ReferredBy { get; set; }
                [Count(1, 3)] public ICollection<Order> Orders { get; } = new List<Order>();
            }

            [Transitions("Placed -> Paid | Cancelled", "Paid -> Shipped | Refunded", "Shipped -> Delivered")]
            public enum OrderStatus { Placed, Paid, Shipped, Delivered, Cancelled, Refunded }

            public class Order
            {
                public int Id { get; set; }
                public int CustomerId { get; set; }
                public Customer Customer { get; set; } = null!;
                [GreaterThanOrEqual("Customer.JoinedAt"), Range(typeof(DateTime), "2020-01-01", "2025-12-31")] public DateTime PlacedAt { get; set; }
                [Count(1, 4, Mean = 2.0)] public List<OrderLine> Lines { get; set; } = new();
                [CurrentStateOf(nameof(History))] public OrderStatus Status { get; set; }
                [Sequence(nameof(OrderEvent.Status), nameof(OrderEvent.At)), Count(1, 4)] public List<OrderEvent> History { get; } = new();
            }

            public class OrderEvent
            {
                public int Id { get; set; }
                public int OrderId { get; set; }
                public OrderStatus Status { get; set; }
                [Range(typeof(DateOnly), "2025-01-01", "2025-03-31")] public DateOnly At { get; set; }
            }

            public class OrderLine
            {
                public long Id { get; set; }
                public int OrderId { get; set; }
                public Order Order { get; set; } = null!;
                public int ProductId { get; set; }
                public Product Product { get; set; } = null!;
                [Range(1, 5)] public int Quantity { get; set; }
            }

            public class Product
            {
                public int Id { get; set; }
                [MaxLength(40)] public string Name { get; set; } = "";
            }

            public class ShopContext : DbContext
            {
                public DbSet<Customer> Customers { get; set; } = null!;
                public DbSet<Product> Products { get; set; } = null!;
            }

            [ConstrainedFaker(typeof(ShopContext))]
            public partial class ShopFaker { }
        }

        // The generator reads symbols only: EF Core's two types, by name, are all it needs to see.
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }
            public class DbSet<TEntity> { }
        }
        """;

    [Fact]
    public void Relationships()
    {
        var generated = GenerateAndCompile(RelationshipsSource, nameof(Relationships));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var data = assembly.BuildDataSet("Shop.ShopFaker");
        Assert.Equal(new[] { "Customer", "Product", "Order", "OrderLine", "OrderEvent" }, data.EntityTypes.Select(t => t.Name));
        var products = new HashSet<object>(data.Entities.Where(e => e.GetType().Name == "Product"), ReferenceEqualityComparer.Instance);
        foreach (dynamic entity in data.Entities)
        {
            switch (((object)entity).GetType().Name)
            {
                case "Customer":
                    Assert.InRange((int)entity.Orders.Count, 1, 3);
                    if (entity.ReferredBy is not null) Assert.True((int)entity.ReferredById < (int)entity.Id);
                    break;
                case "Order":
                    Assert.Equal((int)entity.Customer.Id, (int)entity.CustomerId);
                    Assert.True((DateTime)entity.PlacedAt >= (DateTime)entity.Customer.JoinedAt);
                    Assert.InRange((int)entity.Lines.Count, 1, 4);
                    Assert.InRange((int)entity.History.Count, 1, 4);
                    Assert.Equal((int)entity.History[entity.History.Count - 1].Status, (int)entity.Status);
                    Assert.Equal(0, (int)entity.History[0].Status);
                    break;
                case "OrderLine":
                    Assert.Equal((int)entity.Order.Id, (int)entity.OrderId);
                    Assert.Contains((object)entity.Product, products);
                    Assert.Equal((int)entity.Product.Id, (int)entity.ProductId);
                    break;
            }
        }
    }

    [Fact]
    public void UnbuildableEntity()
    {
        var generated = GenerateAndCompile(UnbuildableEntitySource, nameof(UnbuildableEntity));

        using var assembly = GeneratedAssembly.Load(generated.Output);
        var faker = assembly.CreateFaker("Broken.BrokenFaker");
        var backwards = Assert.Throws<ConstraintViolationException>(() => GeneratedAssembly.BuildAt(faker, "Backwards", 0));
        Assert.Equal("Backwards", backwards.Entity);
        Assert.Contains("[Range(10, 5)] Quantity", backwards.Constraints);
        Assert.Contains("Quantity", backwards.Detail);
        var tagged = Assert.Throws<ConstraintViolationException>(() => GeneratedAssembly.BuildAt(faker, "Tagged", 0));
        Assert.Equal("Tagged", tagged.Entity);
        Assert.Contains("'Tags' must be set", tagged.Detail);
    }

    /// <summary>Runs the generator, compares its file with the snapshot, and checks that the result compiles cleanly.</summary>
    internal static GeneratorRun GenerateAndCompile(string source, string snapshot)
    {
        var run = GeneratorHarness.Run(source);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
        Assert.Empty(run.Input.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Select(GeneratorRun.Describe));

        SnapshotAssert.Matches(run.SingleGeneratedSource(), snapshot);

        Assert.Empty(run.EmitProblems());
        // Nullable warnings off skips an analysis and nothing else: the assembly is the same to the byte.
        Assert.True(GeneratorRun.Emitted(run.Output).SequenceEqual(GeneratorRun.Emitted(run.WithNullableWarnings())), "nullable warnings off changed the emitted assembly");
        return run;
    }
}
