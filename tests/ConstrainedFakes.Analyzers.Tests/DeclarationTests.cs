using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>CF0011: the faker declaration and the types it names.</summary>
public sealed class DeclarationTests
{
    private const string Entity = """
        public class Customer
        {
            public int Id { get; set; }
            [Range(18, 120)] public int Age { get; set; }
        }
        """;

    [Theory]
    [InlineData("[ConstrainedFaker(typeof(Customer))] public class ShopFaker { }", "ShopFaker: no code is generated for it: it is not partial")]
    [InlineData("[ConstrainedFaker(typeof(Customer))] public partial class ShopFaker<T> { }", "ShopFaker: no code is generated for it: it is generic")]
    [InlineData("[ConstrainedFaker(typeof(Customer))] public static partial class ShopFaker { }", "ShopFaker: no code is generated for it: it is static")]
    [InlineData("public class Outer { [ConstrainedFaker(typeof(Customer))] public partial class ShopFaker { } }", "ShopFaker: no code is generated for it: it is nested in Outer, which is not partial")]
    public void A_faker_that_cannot_be_generated_is_an_error_at_its_name(string faker, string message)
    {
        var diagnostics = Analyze(Entity, faker);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0011", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("ShopFaker", At(diagnostic));
        Assert.Equal(message, Message(diagnostic));
    }

    [Theory]
    [InlineData("public interface IThing { }", "typeof(IThing)", "IThing: gets no builder: it is an interface, not an entity class")]
    [InlineData("public abstract class Shape { }", "typeof(Shape)", "Shape: cannot be built: Shape is abstract.")]
    [InlineData("public enum Colour { Red }", "typeof(Colour)", "Colour: gets no builder: it is an enum, not an entity class")]
    [InlineData("public class Pair<T> { }", "typeof(Pair<int>)", "Pair: gets no builder: it is generic, and generic entity types are not supported")]
    [InlineData("public class Frozen { public Frozen(Guid token) { } }", "typeof(Frozen)", "Frozen: cannot be built: it has no accessible parameterless constructor")]
    public void A_type_that_is_not_an_entity_class_is_an_error_at_its_typeof(string type, string argument, string message)
    {
        var diagnostics = Analyze(Entity, type, $"[ConstrainedFaker(typeof(Customer), {argument})] public partial class ShopFaker {{ }}");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0011", diagnostic.Id);
        Assert.Equal(argument, At(diagnostic));
        Assert.StartsWith(message, Message(diagnostic));
    }

    private const string Owned = """
        [Microsoft.EntityFrameworkCore.Owned] public class Geo { public int B { get; set; } }
        [Microsoft.EntityFrameworkCore.Owned] public class Stop { public int N { get; set; } }
        """;

    [Theory]
    [InlineData("public class E { public int Id { get; set; } public Geo A { get; set; } = new(); public int A_B { get; set; } }", "typeof(E)",
        "E: cannot be built: the owned A.B and 'A_B' would get the same name in its builder (A_B); rename one.")]
    [InlineData("public class E { public int Id { get; set; } public int id { get; set; } }", "typeof(E)",
        "E: cannot be built: 'Id' and 'id' would get the same name in its builder (_idFixed); rename one.")]
    [InlineData("public class E { public int Id { get; set; } public List<Stop> A { get; set; } = new(); } public class E_A { public int Id { get; set; } }", "typeof(E_A)",
        "E_A: gets no builder: the faker would declare E_ABuilder for the builder of E_A and for the builder of the elements of E.A; rename the class")]
    [InlineData("public class E { public int Id { get; set; } } public class EBuilder { public int Id { get; set; } }", "typeof(EBuilder)",
        "EBuilder: gets no builder: the faker would declare EBuilder for the EBuilder() method and for the builder of E; rename the class")]
    public void Two_things_the_generator_would_name_alike_are_an_error_at_the_typeof(string types, string argument, string message)
    {
        var arguments = argument == "typeof(E)" ? argument : $"typeof(E), {argument}";
        var diagnostics = Analyze(Owned, types, $"[ConstrainedFaker({arguments})] public partial class ShopFaker {{ }}");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CF0011", argument), (diagnostic.Id, At(diagnostic)));
        Assert.Equal(message, Message(diagnostic));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_member_named_like_a_row_local_of_another_is_an_error_at_the_member_with_a_faker(bool withFaker)
    {
        // A bounded Price has the row locals priceLow, priceHigh and priceUnits; PriceHigh's own would be a second priceHigh.
        const string entity = "public class E { public int Id { get; set; } [Range(0, 100)] public decimal Price { get; set; } [Range(0, 100), GreaterThan(nameof(Price))] public decimal PriceHigh { get; set; } }";
        var diagnostics = withFaker ? Analyze(entity, "[ConstrainedFaker(typeof(E))] public partial class ShopFaker { }") : Analyze(entity);
        if (!withFaker)
        {
            // A domain class need not be buildable: only a faker naming it makes this an error.
            Assert.True(diagnostics.Count == 0, Describe(diagnostics));
            return;
        }
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CF0011", "PriceHigh"), (diagnostic.Id, At(diagnostic)));
        Assert.Equal("E: cannot be built: 'PriceHigh' and the upper bound of Price would get the same name in its builder (priceHigh); rename one", Message(diagnostic));
    }

    private const string Account = "public class Account { public int Id { get; set; } [Range(0, 1000)] public decimal AnnualRevenue { get; set; } }";

    [Theory]
    [InlineData("", "[Range(0, 5000), LessThan(\"Account.AnnualRevenue\")]", "LessThan(\"Account.AnnualRevenue\")", "[LessThan(\"Account.AnnualRevenue\")] Amount: ")]
    [InlineData("[Invariant(\"Amount < Account.AnnualRevenue\")]", "[Range(0, 5000)]", "Invariant(\"Amount < Account.AnnualRevenue\")", "[Invariant(\"Amount < Account.AnnualRevenue\")]: ")]
    [InlineData("", "[Range(0, 5000), Correlated(\"Account.AnnualRevenue\", 0.5)]", "Correlated(\"Account.AnnualRevenue\", 0.5)", "Amount: ")]
    public void A_member_named_like_a_parent_path_a_rule_reads_is_an_error_at_the_rule_with_a_faker(string invariant, string amount, string at, string rule)
    {
        // Account_AnnualRevenue is the name the path Account.AnnualRevenue takes in Deal's builder: the rule would read Deal's own member.
        var deal = $"{invariant} public class Deal {{ public int Id {{ get; set; }} public int AccountId {{ get; set; }} public Account Account {{ get; set; }} = null!; "
            + $"[Range(0, 5000)] public decimal Account_AnnualRevenue {{ get; set; }} {amount} public decimal Amount {{ get; set; }} }}";
        // A domain class need not be buildable: only a faker naming it makes this an error.
        var alone = Analyze(Account, deal);
        Assert.True(alone.Count == 0, Describe(alone));
        var diagnostic = Assert.Single(Analyze(Account, deal, "[ConstrainedFaker(typeof(Deal))] public partial class ShopFaker { }"));
        Assert.Equal(("CF0011", at), (diagnostic.Id, At(diagnostic)));
        Assert.Equal($"Deal: cannot be built: {rule}'Account_AnnualRevenue' and the parent's Account.AnnualRevenue would get the same name in its builder (Account_AnnualRevenue); rename one", Message(diagnostic));
    }

    [Theory]
    [InlineData("A_B", true)]
    [InlineData("AB", false)]
    public void Two_parent_paths_that_flatten_alike_are_an_error_at_the_second_rule_with_a_faker(string navigation, bool refused)
    {
        // A.B_C and A_B.C both take the name A_B_C in E's builder: the second rule would read the first path's value.
        var diagnostics = Analyze($$"""
            public class P { public int Id { get; set; } [Range(0, 10)] public int B_C { get; set; } }
            public class Q { public int Id { get; set; } [Range(500, 900)] public int C { get; set; } }
            public class E { public int Id { get; set; } public int AId { get; set; } public P A { get; set; } = null!; public int {{navigation}}Id { get; set; } public Q {{navigation}} { get; set; } = null!;
                [Range(0, 9), LessThan("A.B_C")] public int X { get; set; } [Range(501, 1000), GreaterThan("{{navigation}}.C")] public int Y { get; set; } }
            [ConstrainedFaker(typeof(E))] public partial class EFaker { }
            """);
        if (!refused)
        {
            Assert.True(diagnostics.Count == 0, Describe(diagnostics));
            return;
        }
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CF0011", "GreaterThan(\"A_B.C\")"), (diagnostic.Id, At(diagnostic)));
        Assert.Equal("E: cannot be built: [GreaterThan(\"A_B.C\")] Y: the parents' A.B_C and A_B.C would get the same name in its builder (A_B_C); rename one", Message(diagnostic));
    }

    [Theory]
    [InlineData("Office_Limit", true)]
    [InlineData("OfficeLimit", false)]
    public void A_parent_member_named_like_the_rest_of_a_path_read_through_it_is_an_error_at_that_member(string adjusterMember, bool refused)
    {
        // Asked to keep Office.Limit within the claims' bounds, Adjuster would bound its own Office_Limit: the data set refuses.
        var diagnostics = Analyze($$"""
            public class Office { public int Id { get; set; } [Range(0, 1000)] public decimal Limit { get; set; } }
            public class Adjuster { public int Id { get; set; } public int OfficeId { get; set; } public Office Office { get; set; } = null!; [Range(0, 5000)] public decimal {{adjusterMember}} { get; set; } }
            public class Claim { public int Id { get; set; } public int AdjusterId { get; set; } public Adjuster Adjuster { get; set; } = null!; [Range(500, 5000), LessThan("Adjuster.Office.Limit")] public decimal Amount { get; set; } }
            [ConstrainedFaker(typeof(Claim))] public partial class ClaimFaker { }
            """);
        if (!refused)
        {
            Assert.True(diagnostics.Count == 0, Describe(diagnostics));
            return;
        }
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CF0011", "Office_Limit"), (diagnostic.Id, At(diagnostic)));
        Assert.EndsWith("Adjuster: 'Office_Limit' and the parent's Office.Limit would get the same name in its builder (Office_Limit); rename one (Claim reads Adjuster.Office.Limit).", Message(diagnostic));
    }

    [Theory]
    [InlineData("public class E { public int Id { get; set; } [Range(0, 100)] public decimal Price { get; set; } [Range(0, 100)] public decimal PriceHigh { get; set; } }", "typeof(E)")]
    [InlineData("public class E { public int Id { get; set; } [Range(0, 10)] public int Attempt { get; set; } [Range(0, 10)] public int Entity { get; set; } }", "typeof(E)")]
    [InlineData("public class E { public int Id { get; set; } public Geo A { get; set; } = new(); public int A_C { get; set; } public int AB { get; set; } }", "typeof(E)")]
    [InlineData("public class E { public int Id { get; set; } public List<Stop> A { get; set; } = new(); } public class E_B { public int Id { get; set; } }", "typeof(E), typeof(E_B)")]
    [InlineData("public class E { public int Id { get; set; } } public class EBuild { public int Id { get; set; } }", "typeof(E), typeof(EBuild)")]
    public void Names_that_only_look_alike_report_nothing(string types, string arguments)
    {
        var diagnostics = Analyze(Owned, types, $"[ConstrainedFaker({arguments})] public partial class ShopFaker {{ }}");
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_well_formed_faker_reports_nothing()
    {
        var diagnostics = Analyze(Entity, "public partial class Outer { [ConstrainedFaker(typeof(Customer))] internal partial class ShopFaker { } }");
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void An_entity_compiled_elsewhere_is_reported_at_the_faker_attribute()
    {
        var library = Compile("""
            namespace Domain;
            public class Order
            {
                public int Id { get; set; }
                [Range(10, 1)] public int Lines { get; set; }
            }
            """);
        using var stream = new MemoryStream();
        Assert.True(library.Emit(stream).Success);
        var reference = MetadataReference.CreateFromImage(stream.ToArray());
        var diagnostics = Analyze(Compile("[ConstrainedFaker(typeof(Domain.Order))] public partial class ShopFaker { }").AddReferences(reference));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0001", diagnostic.Id);
        Assert.Equal("typeof(Domain.Order)", At(diagnostic));
        Assert.Equal("Order: Lines: no int lies in [10, 1].", Message(diagnostic));
    }

    [Fact]
    public void A_base_class_constraint_is_reported_once_for_all_derived_entities()
    {
        var diagnostics = Analyze("""
            public abstract class Entity { [Range(5, 1)] public int Version { get; set; } }
            public class Customer : Entity { [Range(1, 2)] public int Age { get; set; } }
            public class Supplier : Entity { [Range(1, 2)] public int Rating { get; set; } }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Range(5, 1)", At(diagnostic));
    }
}
