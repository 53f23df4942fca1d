using ConstrainedFakes.Analyzers.Tests.Infrastructure;
using ConstrainedFakes.CodeFixes;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>The three mechanical fixes, one at a time and fix-all, and the cases where no fix is offered.</summary>
public sealed class CodeFixTests
{
    [Theory]
    [InlineData("[Range(10, 5)] public int A { get; set; }", "[Range(5, 10)] public int A { get; set; }")]
    [InlineData("[Range(-1, -5)] public int A { get; set; }", "[Range(-5, -1)] public int A { get; set; }")]
    [InlineData("[Range(typeof(DateTime), \"2025-01-01\", \"2024-01-01\")] public DateTime A { get; set; }", "[Range(typeof(DateTime), \"2024-01-01\", \"2025-01-01\")] public DateTime A { get; set; }")]
    [InlineData("[Length(8, 4)] public string A { get; set; } = \"\";", "[Length(4, 8)] public string A { get; set; } = \"\";")]
    [InlineData("[StringLength(4, MinimumLength = 8)] public string A { get; set; } = \"\";", "[StringLength(8, MinimumLength = 4)] public string A { get; set; } = \"\";")]
    [InlineData("[Count(3, 1)] public List<Item> A { get; set; } = new();", "[Count(1, 3)] public List<Item> A { get; set; } = new();")]
    public async Task CF0001_swaps_the_bounds(string before, string after)
    {
        var fixedSource = await CodeFixHarness.FixFirst(new SwapBoundsCodeFix(), Entity(before));
        Assert.Equal(Entity(after), fixedSource);
    }

    [Theory]
    [InlineData("[Range(5, 5, MinimumIsExclusive = true)] public int A { get; set; }")]
    [InlineData("[Range(1.2, 1.8)] public int A { get; set; }")]
    [InlineData("[MinLength(10), MaxLength(5)] public string A { get; set; } = \"\";")]
    public async Task CF0001_offers_no_swap_where_swapping_would_not_help(string member)
        => Assert.Null(await CodeFixHarness.FixFirst(new SwapBoundsCodeFix(), Entity(member)));

    [Theory]
    [InlineData("[GreaterThan(\"Strat\")] public DateTime End { get; set; }", "[GreaterThan(nameof(Start))] public DateTime End { get; set; }")]
    [InlineData("[Correlated(\"Stat\", 0.5)] public int Score { get; set; }", "[Correlated(nameof(Start), 0.5)] public int Score { get; set; }")]
    public async Task CF0003_uses_the_closest_member_as_nameof(string before, string after)
    {
        var fixedSource = await CodeFixHarness.FixFirst(new UseClosestMemberCodeFix(), Period(before));
        Assert.Equal(Period(after), fixedSource);
    }

    [Fact]
    public async Task CF0003_fixes_the_argument_the_suggestion_corrects()
    {
        const string events = """
            public enum Status { A }
            public class Event { public Status Status { get; set; } public DateTime OccurredAt { get; set; } }
            public class Claim { [Sequence("Status", "OccuredAt")] public List<Event> Events { get; set; } = new(); }
            """;
        var fixedSource = await CodeFixHarness.FixFirst(new UseClosestMemberCodeFix(), events);
        Assert.Equal(events.Replace("\"OccuredAt\"", "nameof(OccurredAt)"), fixedSource);
    }

    [Fact]
    public async Task CF0003_fixes_a_primary_key_name()
    {
        const string keyed = """
            [Microsoft.EntityFrameworkCore.PrimaryKey(nameof(Id), "Regoin")]
            public class Store { public int Id { get; set; } public string Region { get; set; } = ""; }
            """;
        var fixedSource = await CodeFixHarness.FixFirst(new UseClosestMemberCodeFix(), keyed);
        Assert.Equal(keyed.Replace("\"Regoin\"", "nameof(Region)"), fixedSource);
    }

    [Fact]
    public async Task CF0003_offers_no_fix_inside_an_expression()
        => Assert.Null(await CodeFixHarness.FixFirst(new UseClosestMemberCodeFix(), """
            [Invariant("Discont <= 0.3m * Value")]
            public class Contract { public decimal Value { get; set; } public decimal Discount { get; set; } }
            """));

    [Theory]
    [InlineData("[ConstrainedFaker(typeof(Item))] public class ShopFaker { }", "[ConstrainedFaker(typeof(Item))] public partial class ShopFaker { }")]
    [InlineData("[ConstrainedFaker(typeof(Item))] class ShopFaker { }", "[ConstrainedFaker(typeof(Item))] partial class ShopFaker { }")]
    [InlineData("public class Outer { [ConstrainedFaker(typeof(Item))] public class ShopFaker { } }", "public partial class Outer { [ConstrainedFaker(typeof(Item))] public partial class ShopFaker { } }")]
    [InlineData("public class Outer { [ConstrainedFaker(typeof(Item))] public partial class ShopFaker { } }", "public partial class Outer { [ConstrainedFaker(typeof(Item))] public partial class ShopFaker { } }")]
    public async Task CF0011_adds_partial(string before, string after)
    {
        var fixedSource = await CodeFixHarness.FixFirst(new AddPartialCodeFix(), "public class Item { public int Id { get; set; } }\n" + before);
        Assert.Equal(("public class Item { public int Id { get; set; } }\n" + after).ReplaceLineEndings(), fixedSource!.ReplaceLineEndings());
    }

    [Fact]
    public async Task CF0011_offers_no_fix_for_a_generic_faker()
        => Assert.Null(await CodeFixHarness.FixFirst(new AddPartialCodeFix(), """
            public class Item { public int Id { get; set; } }
            [ConstrainedFaker(typeof(Item))] public partial class ShopFaker<T> { }
            """));

    [Fact]
    public async Task Fix_all_swaps_every_backwards_range_in_the_document()
    {
        var fixedSource = await CodeFixHarness.FixAll(new SwapBoundsCodeFix(), """
            public class Item
            {
                [Range(10, 5)] public int A { get; set; }
                [Range(9, 2)] public int B { get; set; }
                [Length(8, 4)] public string C { get; set; } = "";
            }
            """, nameof(SwapBoundsCodeFix));
        Assert.Contains("[Range(5, 10)] public int A", fixedSource);
        Assert.Contains("[Range(2, 9)] public int B", fixedSource);
        Assert.Contains("[Length(4, 8)] public string C", fixedSource);
    }

    [Fact]
    public async Task Fix_all_renames_every_misspelt_member()
    {
        var fixedSource = await CodeFixHarness.FixAll(new UseClosestMemberCodeFix(), """
            public class Period
            {
                public DateTime Start { get; set; }
                public DateTime Finish { get; set; }
                [GreaterThan("Strat")] public DateTime End { get; set; }
                [LessThan("Finsh")] public DateTime Middle { get; set; }
            }
            """, nameof(UseClosestMemberCodeFix));
        Assert.Contains("[GreaterThan(nameof(Start))]", fixedSource);
        Assert.Contains("[LessThan(nameof(Finish))]", fixedSource);
    }

    [Fact]
    public async Task Fix_all_makes_every_faker_partial()
    {
        var fixedSource = await CodeFixHarness.FixAll(new AddPartialCodeFix(), """
            public class Item { public int Id { get; set; } }
            [ConstrainedFaker(typeof(Item))] public class OneFaker { }
            [ConstrainedFaker(typeof(Item))] public class TwoFaker { }
            """, nameof(AddPartialCodeFix));
        Assert.Contains("public partial class OneFaker", fixedSource);
        Assert.Contains("public partial class TwoFaker", fixedSource);
    }

    private static string Entity(string member) => $$"""
        public class Item
        {
            {{member}}
        }
        """;

    private static string Period(string member) => $$"""
        public class Period
        {
            public DateTime Start { get; set; }
            {{member}}
        }
        """;
}
