using System.ComponentModel.DataAnnotations;

namespace ConstrainedFakes.Reports.Html.Tests;

// A small model with one of each kind of figure: a declared marginal, a correlated pair (one of them a date),
// children per parent under [Count], and a state machine. Its rows are made by hand (Helpdesk.Rows), so
// the report, and the page, are the same on every machine.

[Transitions("Open -> Working | Closed", "Working -> Closed")]
public enum TicketState { Open, Working, Closed }

public class Ticket
{
    public int Id { get; set; }

    [Range(1, 5)]
    public int Priority { get; set; }

    [Range(0, 100), Normal(50, 15)]
    public double Score { get; set; }

    [Correlated(nameof(Score), 0.7)]
    public DateTime OpenedAt { get; set; }

    [Sequence(nameof(TicketEvent.State), nameof(TicketEvent.At)), Count(1, 3)]
    public List<TicketEvent> Events { get; set; } = [];
}

public class TicketEvent
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    public Ticket? Ticket { get; set; }

    public TicketState State { get; set; }

    public DateTime At { get; set; }
}

public static class Helpdesk
{
    /// <summary>
    /// Tickets and their events, made from the row number alone: scores roughly bell-shaped around 50, dates
    /// rising with the score, paths Open, Open → Closed or Open → Working → Closed.
    /// </summary>
    public static List<object> Rows(int tickets)
    {
        var rows = new List<object>();
        var eventId = 0;
        for (var i = 1; i <= tickets; i++)
        {
            // A sum of three evenly spread numbers is bell-shaped; kept inside [0, 100].
            var score = Math.Clamp(20 + (i * 37 % 21) + (i * 53 % 21) + (i * 71 % 21), 0, 100) + (i % 10) / 10.0;
            var ticket = new Ticket
            {
                Id = i,
                Priority = 1 + i % 5,
                Score = score,
                OpenedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(score * 3 + i % 17),
            };
            TicketState[] path = (i % 3) switch { 0 => [TicketState.Open], 1 => [TicketState.Open, TicketState.Closed], _ => [TicketState.Open, TicketState.Working, TicketState.Closed] };
            rows.Add(ticket);
            for (var k = 0; k < path.Length; k++)
                rows.Add(new TicketEvent { Id = ++eventId, TicketId = i, State = path[k], At = ticket.OpenedAt.AddHours(k + 1) });
        }
        return rows;
    }
}
