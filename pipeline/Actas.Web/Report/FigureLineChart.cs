using System.Globalization;
using System.Text;
using Actas.Storage.Report;

namespace Actas.Web.Report;

/// <summary>
/// Draws a <see cref="FigureSeries"/> as an inline SVG line chart written by hand: a y axis that starts at zero, both
/// axes titled (session date; the counted unit, e.g. "personas"), gridlines with values, each point with its value
/// in a tooltip. The unit is document text and is HTML-encoded like every other string from an acta.
/// </summary>
public static class FigureLineChart
{
    public const int Width = 560;
    public const int Height = 280;
    private const int Left = 64, Right = 16, Top = 16, Bottom = 56;

    /// <param name="culture">The language of the axis titles and how values are written (<see cref="WebText"/>; null: Spanish, as in Mexico).</param>
    public static string Render(FigureSeries series, CultureInfo? culture = null)
    {
        var xTitle = WebText.Text("web.chart.x", culture);
        ArgumentNullException.ThrowIfNull(series);
        var points = series.Points
            .Select(p => (Ok: DateTime.TryParseExact(p.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d), Date: d, p.Value))
            .Where(p => p.Ok).OrderBy(p => p.Date).ToList();
        var svg = new StringBuilder();
        svg.Append("<svg class=\"line-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height)
            .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(Height).Append("\" role=\"img\" aria-label=\"")
            .Append(HtmlText.Encode($"{series.Unit}: {xTitle}")).Append("\">");
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var max = points.Count == 0 ? 1m : Math.Max(1m, points.Max(p => p.Value));
        var step = NiceStep(max / 4);
        var top = Math.Ceiling(max / step) * step;
        double Y(decimal v) => Top + plotHeight * (double)(1 - v / top);
        var minDate = points.Count == 0 ? DateTime.Today : points[0].Date;
        var span = points.Count < 2 ? 1 : (points[^1].Date - minDate).TotalDays;
        double X(DateTime d) => points.Count < 2 ? Left + plotWidth / 2.0 : Left + plotWidth * (d - minDate).TotalDays / span;

        for (var v = 0m; v <= top; v += step)
        {
            svg.Append("<line x1=\"").Append(Left).Append("\" x2=\"").Append(Left + plotWidth).Append("\" y1=\"").Append(F(Y(v)))
                .Append("\" y2=\"").Append(F(Y(v))).Append("\" stroke=\"").Append(v == 0 ? "#444" : "#ddd").Append("\"/>")
                .Append("<text x=\"").Append(Left - 6).Append("\" y=\"").Append(F(Y(v) + 4)).Append("\" text-anchor=\"end\" font-size=\"11\">")
                .Append(Number(v, culture)).Append("</text>");
        }

        svg.Append("<line x1=\"").Append(Left).Append("\" x2=\"").Append(Left).Append("\" y1=\"").Append(Top).Append("\" y2=\"")
            .Append(Top + plotHeight).Append("\" stroke=\"#444\"/>");
        var labelled = new List<double>();
        foreach (var p in points)
        {
            var x = X(p.Date);
            if (labelled.All(l => Math.Abs(l - x) > 70))
            {
                labelled.Add(x);
                svg.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(Top + plotHeight + 16)
                    .Append("\" text-anchor=\"middle\" font-size=\"11\">").Append(p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</text>");
            }
        }

        if (points.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"")
                .Append(string.Join(' ', points.Select(p => $"{F(X(p.Date))},{F(Y(p.Value))}"))).Append("\"/>");
        }

        foreach (var p in points)
        {
            svg.Append("<circle cx=\"").Append(F(X(p.Date))).Append("\" cy=\"").Append(F(Y(p.Value))).Append("\" r=\"4\" fill=\"#1f77b4\"><title>")
                .Append(HtmlText.Encode($"{p.Date:yyyy-MM-dd}: {Number(p.Value, culture)} {series.Unit}")).Append("</title></circle>");
        }

        svg.Append("<text class=\"axis-title\" x=\"").Append(Left + plotWidth / 2).Append("\" y=\"").Append(Height - 8)
            .Append("\" text-anchor=\"middle\" font-size=\"12\">").Append(HtmlText.Encode(xTitle)).Append("</text>")
            .Append("<text class=\"axis-title\" transform=\"translate(14 ").Append(Top + plotHeight / 2).Append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">")
            .Append(HtmlText.Encode(WebText.Format("web.chart.y", culture, series.Unit))).Append("</text></svg>");
        return svg.ToString();
    }

    private static decimal NiceStep(decimal rough)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)Math.Max(rough, 0.0001m))));
        foreach (var m in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (magnitude * m >= rough)
            {
                return magnitude * m;
            }
        }

        return magnitude * 10;
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(decimal value, CultureInfo? culture) => value.ToString("#,0.##", WebText.Formatting(culture));
}
