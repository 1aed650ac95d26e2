using System.Globalization;
using System.Text;
using Actas.Storage.Report;

namespace Actas.Web.Report;

/// <summary>
/// Renders <see cref="ReportData"/> as one self-contained UTF-8 HTML page: inline CSS, charts as inline SVG,
/// no script, font or other resource fetched. Every piece of document text is HTML-encoded.
/// </summary>
public sealed class HtmlReportRenderer
{
    private readonly int _matrixSessions;
    private readonly int _charts;

    /// <param name="matrixSessions">Sessions per body shown as matrix columns, the latest kept; 0 for all.</param>
    /// <param name="charts">Figure charts per body, the series given in most sessions kept; 0 for all.</param>
    public HtmlReportRenderer(int matrixSessions = 0, int charts = 0)
    {
        _matrixSessions = matrixSessions;
        _charts = charts;
    }

    public string Render(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Actas: seguimiento de los Espacios de Participación</title>\n<style>\n")
            .Append(ReportStyles.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>Actas: seguimiento de los Espacios de Participación</h1>\n");
        WriteFilter(html, data);
        MatrixHtml.WriteLegend(html);

        for (var i = 0; i < data.Bodies.Count; i++)
        {
            WriteBody(html, data.Bodies[i], i + 1);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteFilter(StringBuilder html, ReportData data)
    {
        var filter = data.Filter;
        var parts = new List<string>();
        if (filter.Body is not null)
        {
            parts.Add($"body contains “{filter.Body}”");
        }

        if (filter.Since is not null)
        {
            parts.Add($"from {filter.Since}");
        }

        if (filter.Until is not null)
        {
            parts.Add($"until {filter.Until}");
        }

        var sessions = data.Bodies.Sum(b => b.Sessions.Count);
        html.Append("<p class=\"filter\">").Append(data.Bodies.Count).Append(" bodies, ").Append(sessions).Append(" sessions")
            .Append(HtmlText.Encode(parts.Count == 0 ? "" : "; " + string.Join(", ", parts))).Append(".</p>\n");
        if (data.Bodies.Count == 0)
        {
            html.Append("<p class=\"empty\">No stored session matches.</p>\n");
        }
    }

    private void WriteBody(StringBuilder html, BodyReport body, int index)
    {
        html.Append("<section class=\"body\" id=\"body-").Append(index).Append("\">\n<h2>")
            .Append(HtmlText.Encode(body.Name ?? "(sessions without a body)")).Append("</h2>\n");

        html.Append("<h3>Strategies × sessions</h3>\n");
        MatrixHtml.Write(html, body, $"matrix-{index}", new MatrixOptions(_matrixSessions, LatestFirst: true));

        html.Append("<h3>Attendance per institution</h3>\n");
        WriteAttendance(html, body);

        html.Append("<h3>Figures over time</h3>\n");
        WriteTrends(html, body);

        html.Append("<h3>Feedback labels per institution</h3>\n");
        FeedbackMixHtml.Write(html, body.FeedbackMix);
        html.Append("</section>\n");
    }

    private static void WriteAttendance(StringBuilder html, BodyReport body)
    {
        if (body.Attendance.Count == 0)
        {
            html.Append("<p class=\"empty\">No attendance lists in these sessions.</p>\n");
            return;
        }

        html.Append("<table class=\"attendance\"><thead><tr><th>Institution</th><th>Sessions attended</th><th>Held</th>")
            .Append("<th>First</th><th>Last</th></tr></thead>\n<tbody>\n");
        foreach (var row in body.Attendance)
        {
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(row.Institution ?? "(no institution)"))
                .Append("</th><td class=\"num\">").Append(row.SessionsAttended)
                .Append("</td><td class=\"num\">").Append(row.SessionsHeld)
                .Append("</td><td>").Append(HtmlText.Encode(row.FirstDate))
                .Append("</td><td>").Append(HtmlText.Encode(row.LastDate)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private void WriteTrends(StringBuilder html, BodyReport body)
    {
        if (body.Trends.Count == 0)
        {
            html.Append("<p class=\"empty\">No unit was given in two or more sessions.</p>\n");
        }

        var shown = body.Trends.ToList();
        if (_charts > 0 && shown.Count > _charts)
        {
            // The series given in most sessions, kept in their strategy order.
            var kept = shown.OrderByDescending(s => s.Points.Count).Take(_charts).ToHashSet();
            shown = shown.Where(kept.Contains).ToList();
            html.Append("<p class=\"note\">").Append(shown.Count).Append(" of ").Append(body.Trends.Count)
                .Append(" series, those given in the most sessions; the others with actas query figures --strategy N, or all here with --charts 0.</p>\n");
        }

        for (var i = 0; i < shown.Count; i++)
        {
            var series = shown[i];
            html.Append("<figure class=\"figure-chart\"><figcaption>Strategy ").Append(series.Strategy).Append(": ")
                .Append(HtmlText.Encode(series.Unit)).Append("</figcaption>\n")
                .Append(FigureLineChart.Render(series)).Append("\n</figure>\n");
        }

        if (body.Mismatches.Count == 0)
        {
            return;
        }

        html.Append("<table class=\"mismatches\"><caption class=\"mismatch\">Totals whose parts do not add up</caption>")
            .Append("<thead><tr><th>Date</th><th>Strategy</th><th>Goal</th><th>Total</th><th>Check</th><th>Context</th></tr></thead>\n<tbody>\n");
        foreach (var figure in body.Mismatches)
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(figure.SessionDate))
                .Append("</td><td class=\"num\">").Append(figure.Strategy)
                .Append("</td><td>").Append(HtmlText.Encode(figure.Goal))
                .Append("</td><td class=\"num\">").Append(HtmlText.Encode($"{figure.Value.ToString("0.####", CultureInfo.InvariantCulture)} {figure.Unit}"))
                .Append("</td><td class=\"mismatch\">").Append(HtmlText.Encode(figure.Check))
                .Append("</td><td>").Append(HtmlText.Encode(figure.Context)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }
}
