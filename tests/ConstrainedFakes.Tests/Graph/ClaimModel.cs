using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Tests.Graph;

// Insurance claims whose events follow a state machine, and whose status is their last event's.

[ConstrainedFaker(typeof(Claim))]
public partial class ClaimFaker;

[Transitions(
    "Filed -> UnderReview | Withdrawn",
    "UnderReview -> Approved | Denied | MoreInfoRequested",
    "MoreInfoRequested -> UnderReview | Withdrawn",
    "Approved -> Paid")]
public enum ClaimStatus { Filed, UnderReview, MoreInfoRequested, Approved, Denied, Paid, Withdrawn }

public class Claim
{
    public int Id { get; set; }

    [Range(100, 50000)]
    public decimal Amount { get; set; }

    [Range(typeof(DateTime), "2024-01-01", "2024-06-30")]
    public DateTime FiledAt { get; set; }

    [CurrentStateOf(nameof(Events))]
    public ClaimStatus Status { get; set; }

    [Sequence(nameof(ClaimEvent.Status), nameof(ClaimEvent.OccurredAt)), Count(1, 7)]
    public List<ClaimEvent> Events { get; } = new();
}

public class ClaimEvent
{
    public long Id { get; set; }

    public int ClaimId { get; set; }

    public Claim Claim { get; set; } = null!;

    public ClaimStatus Status { get; set; }

    [Range(typeof(DateTime), "2024-01-01", "2024-12-31"), GreaterThanOrEqual("Claim.FiledAt")]
    public DateTime OccurredAt { get; set; }

    [MaxLength(200)]
    public string? Note { get; set; }
}

// A misspelt state: the data set refuses clearly instead of making events that break the machine.

[ConstrainedFaker(typeof(Ticket))]
public partial class TicketFaker;

[Transitions("Open -> Closd")]
public enum TicketState { Open, Closed }

public class Ticket
{
    public int Id { get; set; }

    [Sequence(nameof(TicketEvent.State), nameof(TicketEvent.At))]
    public List<TicketEvent> Events { get; } = new();
}

public class TicketEvent
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    public TicketState State { get; set; }

    public DateTime At { get; set; }
}

// Several sources in one rule ("A | B -> C"): both the generator and the analyzer read it as two transitions.

[ConstrainedFaker(typeof(Crate))]
public partial class CrateFaker;

[Transitions("Packed -> InTransit | Held", "InTransit | Held -> Delivered | Returned")]
public enum CrateState { Packed, InTransit, Held, Delivered, Returned }

public class Crate
{
    public int Id { get; set; }

    [Count(1, 3), Sequence(nameof(CrateEvent.State), nameof(CrateEvent.At))]
    public List<CrateEvent> Events { get; } = new();
}

public class CrateEvent
{
    public int Id { get; set; }

    public int CrateId { get; set; }

    public CrateState State { get; set; }

    public DateTime At { get; set; }
}
