using System.Globalization;
using System.Text.RegularExpressions;
using Actas.Storage.Report;
using ScottPlot;

namespace Actas.Web.Report;

/// <summary>
/// Draws a <see cref="FigureSeries"/> as an SVG line chart with ScottPlot. No document text goes into the SVG
/// (the unit is shown in the HTML caption), so nothing from an acta needs escaping inside it.
/// </summary>
public static partial class FigureChartSvg
{
    public const int Width = 560;
    public const int Height = 260;

    /// <param name="idPrefix">Unique per chart: ScottPlot's SVG ids (clip paths) are prefixed with it, so charts inlined in one page do not clash.</param>
    public static string Render(FigureSeries series, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.Points
            .Select(p => (Ok: DateTime.TryParseExact(p.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date), date, p.Value))
            .Where(p => p.Ok)
            .ToList();
        var xs = points.Select(p => p.date.ToOADate()).ToArray();
        var ys = points.Select(p => (double)p.Value).ToArray();
        var plot = new Plot();
        var scatter = plot.Add.Scatter(xs, ys);
        scatter.LineWidth = 2;
        scatter.MarkerSize = 7;
        var ticks = plot.Axes.DateTimeTicksBottom();
        if (ticks.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
        {
            automatic.LabelFormatter = date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        var svg = plot.GetSvgXml(Width, Height);
        return Ids().Replace(svg, m => $"{m.Groups[1].Value}{idPrefix}-{m.Groups[2].Value}");
    }

    // id="x", url(#x) and href="#x" references.
    [GeneratedRegex("""(id="|url\(#|href="#)([^")]+)""")]
    private static partial Regex Ids();
}
