using static ConstrainedFakes.Analyzers.Tests.Infrastructure.AnalyzerHarness;

namespace ConstrainedFakes.Analyzers.Tests;

/// <summary>CF0008 (relationships) and CF0009 (state machines).</summary>
public sealed class StateMachineTests
{
    private const string Claims = """
        [Transitions("Filed -> UnderReview", "UnderReview -> Approved | Denied", "Approved -> Paid")]
        public enum ClaimStatus { Filed, UnderReview, Approved, Denied, Paid }

        public class ClaimEvent
        {
            public int Id { get; set; }
            public ClaimStatus Status { get; set; }
            public DateTime OccurredAt { get; set; }
        }
        """;

    [Fact]
    public void A_well_formed_machine_and_sequence_report_nothing()
    {
        var diagnostics = Analyze(Claims, """
            public class Claim
            {
                public int Id { get; set; }
                [Count(1, 4), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]
                public List<ClaimEvent> Events { get; set; } = new();
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void An_unknown_state_name_suggests_the_closest()
    {
        var diagnostics = Analyze("""
            [Transitions("Filed -> UnderRevew", "UnderReview -> Done")]
            public enum Status { Filed, UnderReview, Done }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0009", diagnostic.Id);
        Assert.StartsWith("Transitions(", At(diagnostic));
        Assert.EndsWith("names the state 'UnderRevew', which Status does not have; did you mean 'UnderReview'?", Message(diagnostic));
    }

    [Fact]
    public void An_unreachable_state_is_reported()
    {
        var diagnostics = Analyze("""
            [Transitions("Draft -> Sent", "Archived -> Draft")]
            public enum Mail { Draft, Sent, Archived, Lost }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0009", diagnostic.Id);
        Assert.Equal("Mail: Archived, Lost cannot be reached from the initial state Draft.", Message(diagnostic));
    }

    [Fact]
    public void A_rule_with_several_sources_reports_nothing()
    {
        var diagnostics = Analyze("""
            [Transitions("Packed -> InTransit | Held", "InTransit | Held -> Delivered")]
            public enum Shipping { Packed, InTransit, Held, Delivered }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_machine_without_rules_is_reported()
    {
        var diagnostics = Analyze("""
            [Transitions]
            public enum Mail { Draft, Sent }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0009", diagnostic.Id);
        Assert.Equal("Mail: [Transitions] on Mail declares no rules, so it has no initial state.", Message(diagnostic));
    }

    [Fact]
    public void A_rule_not_in_the_form_is_reported()
    {
        var diagnostics = Analyze("""
            [Transitions("Draft -> Sent", "Sent => Draft")]
            public enum Mail { Draft, Sent }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Mail: the rule \"Sent => Draft\" is not of the form \"State -> Next | Other\".", Message(diagnostic));
    }

    [Fact]
    public void A_count_that_admits_no_path_is_reported()
    {
        var diagnostics = Analyze(Claims, """
            public class Claim
            {
                public int Id { get; set; }
                [Count(5, 8), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]
                public List<ClaimEvent> Events { get; set; } = new();
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0009", diagnostic.Id);
        Assert.Equal("Count(5, 8)", At(diagnostic));
        Assert.Equal("Claim: Events: [Count(5, 8)] asks for at least 5 events, but the longest path of ClaimStatus from Filed has 4.", Message(diagnostic));
    }

    [Fact]
    public void A_count_reaching_the_longest_path_exactly_reports_nothing()
    {
        var diagnostics = Analyze(Claims, """
            public class Claim
            {
                public int Id { get; set; }
                [Count(4, 4), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]
                public List<ClaimEvent> Events { get; set; } = new();
            }
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_sequence_naming_a_missing_member_suggests_the_closest()
    {
        var diagnostics = Analyze(Claims, """
            public class Claim
            {
                public int Id { get; set; }
                [Sequence("Status", "OccuredAt")] public List<ClaimEvent> Events { get; set; } = new();
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0003", diagnostic.Id);
        Assert.Equal("Claim: Events: the events have no member 'OccuredAt'; did you mean 'OccurredAt'?", Message(diagnostic));
    }

    [Fact]
    public void A_sequence_over_a_state_without_transitions_is_reported()
    {
        var diagnostics = Analyze("""
            public enum Plain { A, B }
            public class Step { public Plain State { get; set; } public DateTime At { get; set; } }
            public class Run
            {
                [Sequence(nameof(Step.State), nameof(Step.At))] public List<Step> Steps { get; set; } = new();
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0009", diagnostic.Id);
        Assert.EndsWith("the state member State is not an enum with [Transitions].", Message(diagnostic));
    }

    [Fact]
    public void Count_on_a_member_that_is_not_a_collection_is_a_relationship_problem()
    {
        var diagnostics = Analyze("""
            public class Customer { public int Id { get; set; } }
            public class Order
            {
                [Count(1, 3)] public Customer Customer { get; set; } = null!;
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Equal("Order: Customer: [Count(1, 3)] applies to collection navigations, and Customer is a Customer.", Message(diagnostic));
    }

    [Fact]
    public void A_required_collection_with_count_max_zero_is_a_relationship_problem()
    {
        var diagnostics = Analyze("""
            public class Line { public int Id { get; set; } }
            public class Order
            {
                [Required, Count(0, 0)] public List<Line> Lines { get; set; } = new();
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Equal("Order: Lines: [Required] asks for at least one child, but [Count(0, 0)] allows none.", Message(diagnostic));
    }

    [Fact]
    public void A_negative_count_is_an_empty_bound()
    {
        var diagnostics = Analyze("""
            public class Line { public int Id { get; set; } }
            public class Order
            {
                [Count(-1, 3)] public List<Line> Lines { get; set; } = new();
            }
            """);
        Assert.Equal("CF0001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_cycle_of_required_references_is_reported_at_its_first_navigation()
    {
        var diagnostics = Analyze("""
            public class Customer { public int Id { get; set; } public Account Account { get; set; } = null!; }
            public class Account { public int Id { get; set; } public Manager Manager { get; set; } = null!; }
            public class Manager { public int Id { get; set; } public Customer Favourite { get; set; } = null!; }
            [ConstrainedFaker(typeof(Customer), typeof(Account), typeof(Manager))] public partial class ShopFaker;
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Equal("Account", At(diagnostic));
        Assert.Equal("Customer: a cycle of required foreign keys: Customer → Account → Manager → Customer (Customer.Account, Account.Manager, Manager.Favourite); " +
            "no insert order puts every parent first: make one of them a nullable single-member foreign key of a parent picked from its table (no [Count] collection owning the rows).",
            Message(diagnostic));
    }

    [Fact]
    public void A_required_self_reference_is_a_cycle()
    {
        var diagnostics = Analyze("""
            public class Node { public int Id { get; set; } [Required] public Node? Parent { get; set; } }
            [ConstrainedFaker(typeof(Node))] public partial class TreeFaker;
            """);
        Assert.Equal("CF0008", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_non_nullable_foreign_key_makes_a_nullable_navigation_required()
    {
        var diagnostics = Analyze("""
            public class Customer { public int Id { get; set; } public Account? Account { get; set; } public int AccountId { get; set; } }
            public class Account { public int Id { get; set; } public Customer? Owner { get; set; } public int OwnerId { get; set; } }
            [ConstrainedFaker(typeof(Customer), typeof(Account))] public partial class ShopFaker;
            """);
        Assert.Equal("CF0008", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_key_named_after_the_target_makes_the_link_required_as_in_the_data_set()
    {
        // {Target}Id, not {Navigation}Id: the generator's reading, which the cycle check now shares.
        var diagnostics = Analyze("""
            public class Customer { public int Id { get; set; } public Account? Primary { get; set; } public int AccountId { get; set; } }
            public class Account { public int Id { get; set; } public Customer? Holder { get; set; } public int CustomerId { get; set; } }
            [ConstrainedFaker(typeof(Customer), typeof(Account))] public partial class ShopFaker;
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Contains("Customer.Primary, Account.Holder", Message(diagnostic));
    }

    [Theory]
    [InlineData("public Customer? Owner { get; set; }")]
    [InlineData("public Customer? Owner { get; set; } public int? OwnerId { get; set; }")]
    [InlineData("[NotMapped] public Customer Owner { get; set; } = null!;")]
    [InlineData("public List<Customer> Owners { get; set; } = new();")]
    public void One_optional_link_breaks_the_cycle(string back)
    {
        var diagnostics = Analyze($$"""
            using System.ComponentModel.DataAnnotations.Schema;
            public class Customer { public int Id { get; set; } public Account Account { get; set; } = null!; }
            public class Account { public int Id { get; set; } {{back}} }
            [ConstrainedFaker(typeof(Customer), typeof(Account))] public partial class ShopFaker;
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_cycle_through_a_type_the_faker_reaches_by_navigation_is_reported()
    {
        // The data set holds every entity reached through navigations, as EF Core's model does, so it refuses this cycle too.
        var diagnostics = Analyze("""
            public class Customer { public int Id { get; set; } public Account Account { get; set; } = null!; }
            public class Account { public int Id { get; set; } public Customer Owner { get; set; } = null!; }
            [ConstrainedFaker(typeof(Customer))] public partial class ShopFaker;
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0008", diagnostic.Id);
        Assert.Equal("Account", At(diagnostic));
        Assert.Contains("Customer → Account → Customer", Message(diagnostic));
    }

    [Fact]
    public void A_one_to_one_whose_dependent_holds_the_key_is_no_cycle()
    {
        var diagnostics = Analyze("""
            public class Member { public int Id { get; set; } public Profile Profile { get; set; } = null!; }
            public class Profile { public int Id { get; set; } public int MemberId { get; set; } public Member Member { get; set; } = null!; }
            [ConstrainedFaker(typeof(Member))] public partial class ClubFaker;
            """);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_current_state_of_its_own_sequence_reports_nothing()
    {
        var claim = """
            public class Claim
            {
                public int Id { get; set; }
                [CurrentStateOf(nameof(Events))] public ClaimStatus Status { get; set; }
                [Count(1, 4), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]
                public List<ClaimEvent> Events { get; set; } = new();
            }
            [ConstrainedFaker(typeof(Claim))] public partial class ClaimFaker;
            """;
        var diagnostics = Analyze(Claims, claim);
        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void A_current_state_of_a_missing_collection_suggests_the_closest()
    {
        var diagnostics = Analyze(Claims, """
            public class Claim
            {
                public int Id { get; set; }
                [CurrentStateOf("Event")] public ClaimStatus Status { get; set; }
                [Count(1, 4), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]
                public List<ClaimEvent> Events { get; set; } = new();
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0003", diagnostic.Id);
        Assert.Equal("Status", At(diagnostic));
        Assert.Equal("Claim: Status is [CurrentStateOf(\"Event\")], but Claim has no member 'Event'; did you mean 'Events'?", Message(diagnostic));
        Assert.Equal("Events", diagnostic.Properties[ConstraintAnalyzer.SuggestionProperty]);
    }

    [Fact]
    public void A_current_state_of_a_collection_without_a_sequence_is_reported()
    {
        var diagnostics = Analyze(Claims, """
            public class Claim
            {
                public int Id { get; set; }
                [CurrentStateOf(nameof(Events))] public ClaimStatus Status { get; set; }
                [Count(1, 4)] public List<ClaimEvent> Events { get; set; } = new();
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0009", diagnostic.Id);
        Assert.Equal("Claim: Status is [CurrentStateOf(\"Events\")], but Events is not a collection with [Sequence]: there is no last event whose state it could take.", Message(diagnostic));
    }

    [Fact]
    public void A_current_state_of_another_enum_is_a_type_mismatch()
    {
        var diagnostics = Analyze(Claims, """
            public enum Stage { Filed, UnderReview, Approved, Denied, Paid }
            public class Claim
            {
                public int Id { get; set; }
                [CurrentStateOf(nameof(Events))] public Stage Status { get; set; }
                [Count(1, 4), Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt))]
                public List<ClaimEvent> Events { get; set; } = new();
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CF0005", diagnostic.Id);
        Assert.Equal("Status", At(diagnostic));
        Assert.EndsWith("but the states of Events are ClaimStatus: it cannot take its last event's state.", Message(diagnostic));
    }
}
