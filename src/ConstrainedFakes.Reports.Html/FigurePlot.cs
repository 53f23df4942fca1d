using System.Text.RegularExpressions;
using ScottPlot;

namespace ConstrainedFakes.Reports;

/// <summary>Draws a check's <see cref="CheckFigure"/> with ScottPlot, as SVG to put inline in the page.</summary>
internal static partial class FigurePlot
{
    private const int Width = 380;
    private const int Height = 260;
    private const string FontFamily = "DejaVu Sans";
    private static readonly Color Observed = Color.FromHex("#4e79a7");
    private static readonly Color Declared = Color.FromHex("#f28e2b");
    private static readonly Color Undeclared = Color.FromHex("#cf222e");

    /// <summary>The figure as an <c>&lt;svg&gt;</c> element, its ids prefixed so several can share one page.</summary>
    public static string Svg(ConstraintCheck check, string entity, string idPrefix)
    {
        using var plot = new Plot();
        // Named rather than detected: ScottPlot's detection picks a serif face on a machine without fontconfig.
        plot.Font.Set(FontFamily);
        plot.Title(check.Figure is ScatterFigure pair ? $"{entity}.{pair.XName} against {pair.YName}" : $"{entity}.{check.Member}", size: 13);
        var height = check.Figure switch
        {
            HistogramFigure histogram => Histogram(plot, histogram, check),
            ScatterFigure scatter => Scatter(plot, scatter),
            TransitionFigure transitions => Transitions(plot, transitions),
            _ => throw new ArgumentException($"No plot for {check.Figure?.GetType().Name ?? "a check without a figure"}.", nameof(check)),
        };
        var svg = plot.GetSvgXml(Width, height);
        svg = XmlDeclaration().Replace(svg, "");
        // Skia numbers its ids from a counter shared by every drawing in the process: renumber them in order.
        var ids = new Dictionary<string, string>();
        svg = IdReference().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Groups[2].Value, out var id)) ids[m.Groups[2].Value] = id = $"{idPrefix}{ids.Count + 1}";
            return m.Groups[1].Value + id;
        });
        return svg.Trim();
    }

    private static int Histogram(Plot plot, HistogramFigure figure, ConstraintCheck check)
    {
        plot.Add.Bars(figure.Bins.Select(b => new Bar
        {
            Position = (b.Low + b.High) / 2,
            Value = b.Count,
            Size = (b.High - b.Low) * 0.92,
            FillColor = Observed,
            LineWidth = 0,
        }).ToList());
        var expected = figure.Bins.Where(b => b.Expected is not null).ToArray();
        if (expected.Length > 0)
        {
            var line = plot.Add.ScatterLine(expected.Select(b => (b.Low + b.High) / 2).ToArray(), expected.Select(b => b.Expected!.Value).ToArray(), Declared);
            line.LineWidth = 2;
            line.MarkerSize = 4;
            line.LegendText = check.Kind == CheckKind.Count ? "declared [Count]" : "declared, truncated";
            plot.ShowLegend(Alignment.UpperRight);
        }
        if (check.Kind == CheckKind.Count) plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.XLabel(check.Kind == CheckKind.Count ? $"{check.Member} per parent" : check.Member ?? "", size: 12);
        plot.YLabel(check.Kind == CheckKind.Count ? "parents" : "rows", size: 12);
        plot.Axes.Margins(bottom: 0);
        return Height;
    }

    private static int Scatter(Plot plot, ScatterFigure figure)
    {
        var points = plot.Add.ScatterPoints(figure.X.Select(x => Axis(x, figure.XUnit)).ToArray(), figure.Y.Select(y => Axis(y, figure.YUnit)).ToArray(), Observed.WithAlpha(0.35));
        points.MarkerSize = 3;
        if (figure.XUnit != FigureUnit.Number) plot.Axes.DateTimeTicksBottom();
        if (figure.YUnit != FigureUnit.Number) plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic();
        plot.XLabel(figure.XName, size: 12);
        plot.YLabel(figure.YName, size: 12);
        return Height;
    }

    /// <summary>One horizontal bar per transition, declared ones first; an undeclared one is red.</summary>
    private static int Transitions(Plot plot, TransitionFigure figure)
    {
        var n = figure.Transitions.Count;
        plot.Add.Bars(figure.Transitions.Select((t, i) => new Bar
        {
            Position = n - 1 - i,
            Value = t.Count,
            Size = 0.7,
            FillColor = t.IsDeclared ? Observed : Undeclared,
            LineWidth = 0,
            Orientation = Orientation.Horizontal,
        }).ToList());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(), figure.Transitions.Select(t => $"{t.From} → {t.To}").ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.XLabel("times taken", size: 12);
        plot.Axes.Margins(left: 0);
        return Math.Max(Height, 90 + 24 * n);
    }

    /// <summary>A value on ScottPlot's axis: dates as OLE automation dates, which its date ticks read.</summary>
    private static double Axis(double value, FigureUnit unit) => unit switch
    {
        FigureUnit.Ticks => new DateTime((long)Math.Clamp(value, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks)).ToOADate(),
        FigureUnit.DayNumber => DateOnly.FromDayNumber((int)value).ToDateTime(TimeOnly.MinValue).ToOADate(),
        _ => value,
    };

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    /// <summary>An id, or a reference to one (<c>url(#cl_4)</c>, <c>href="#cl_4"</c>).</summary>
    [GeneratedRegex(@"(\bid=""|url\(#|href=""#)([^"")]+)")]
    private static partial Regex IdReference();
}
