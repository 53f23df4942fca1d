namespace ConstrainedFakes.Reports;

/// <summary>
/// What a measured check saw, small enough to draw: a histogram of a marginal, a sample of a correlated pair,
/// the counts of a state machine's transitions. A check keeps its figure for pictures (the HTML report of
/// <c>ConstrainedFakes.Reports.Html</c>); the JSON leaves it out, so the JSON does not grow with the rows.
/// </summary>
public abstract record CheckFigure;

/// <summary>A histogram of a member's values beside the counts its declared distribution expects in each bin.</summary>
/// <param name="Bins">The bins, in increasing order.</param>
public sealed record HistogramFigure(IReadOnlyList<HistogramBin> Bins) : CheckFigure;

/// <summary>One bin of a <see cref="HistogramFigure"/>: the values in (<paramref name="Low"/>, <paramref name="High"/>].</summary>
/// <param name="Low">The bin's lower edge (exclusive).</param>
/// <param name="High">The bin's upper edge (inclusive).</param>
/// <param name="Count">The rows whose value falls in it.</param>
/// <param name="Expected">The rows the declared distribution, truncated to the declared range, expects in it; null when there is no such distribution.</param>
public sealed record HistogramBin(double Low, double High, long Count, double? Expected);

/// <summary>
/// The pairs of a correlated member and its partner, thinned evenly to at most <see cref="ScatterFigure.MaxPoints"/>
/// rows (every k-th, in row order), so the picture is the same for the same data.
/// </summary>
/// <param name="XName">The member.</param>
/// <param name="YName">Its partner, as declared (a member, or a path through a navigation).</param>
/// <param name="X">The member's values.</param>
/// <param name="Y">The partner's values, pair by pair.</param>
/// <param name="XUnit">What the member's numbers are.</param>
/// <param name="YUnit">What the partner's numbers are.</param>
public sealed record ScatterFigure(string XName, string YName, IReadOnlyList<double> X, IReadOnlyList<double> Y, FigureUnit XUnit, FigureUnit YUnit) : CheckFigure
{
    /// <summary>The most points a scatter figure keeps.</summary>
    public const int MaxPoints = 2_000;
}

/// <summary>How often each transition between states was taken, over every parent's events.</summary>
/// <param name="Transitions">Each transition seen, or declared and never seen, in order of the declaration, then undeclared ones by name.</param>
public sealed record TransitionFigure(IReadOnlyList<TransitionCount> Transitions) : CheckFigure;

/// <summary>One transition of a <see cref="TransitionFigure"/>.</summary>
/// <param name="From">The state left (<c>start</c> for a parent's first event).</param>
/// <param name="To">The state entered.</param>
/// <param name="Count">How many times.</param>
/// <param name="IsDeclared">Whether the machine's <c>[Transitions]</c> allow it (a first event must be the initial state).</param>
public sealed record TransitionCount(string From, string To, long Count, bool IsDeclared);

/// <summary>What the numbers on a figure's axis are.</summary>
public enum FigureUnit
{
    /// <summary>Plain numbers (ticks for <see cref="TimeOnly"/> and <see cref="TimeSpan"/>).</summary>
    Number,

    /// <summary>Ticks of a <see cref="DateTime"/> or of a <see cref="DateTimeOffset"/> in UTC.</summary>
    Ticks,

    /// <summary>Day numbers of a <see cref="DateOnly"/>.</summary>
    DayNumber,
}
