using System.Globalization;
using System.Text;
using Actas.Storage.Report;

namespace Actas.Web.Report;

/// <summary>
/// Renders <see cref="ReportData"/> as one self-contained UTF-8 HTML page: inline CSS, charts as inline SVG,
/// no script, font or other resource fetched. Every piece of document text is HTML-encoded. Its words come from
/// <see cref="WebText"/>, shared with the workbench's pages: Spanish unless another culture is asked for.
/// </summary>
public sealed class HtmlReportRenderer
{
    private const string MismatchPrefix = "mismatch: parts sum to ";

    private readonly int _matrixSessions;
    private readonly int _charts;
    private readonly CultureInfo _culture;

    /// <param name="matrixSessions">Sessions per body shown as matrix columns, the latest kept; 0 for all.</param>
    /// <param name="charts">Figure charts per body, the series given in most sessions kept; 0 for all.</param>
    /// <param name="culture">The report's language (null: Spanish, the analysts' language).</param>
    public HtmlReportRenderer(int matrixSessions = 0, int charts = 0, CultureInfo? culture = null)
    {
        _matrixSessions = matrixSessions;
        _charts = charts;
        _culture = culture ?? WebText.Spanish;
    }

    private string T(string key) => WebText.Text(key, _culture);

    private string F(string key, params object?[] values) => WebText.Format(key, _culture, values);

    public string Render(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(WebText.Language(_culture)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(T("report.title")).Append("</title>\n<style>\n")
            .Append(ReportStyles.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(T("report.title")).Append("</h1>\n");
        WriteFilter(html, data);
        MatrixHtml.WriteLegend(html, _culture);

        for (var i = 0; i < data.Bodies.Count; i++)
        {
            WriteBody(html, data.Bodies[i], i + 1);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private void WriteFilter(StringBuilder html, ReportData data)
    {
        var filter = data.Filter;
        var parts = new List<string>();
        if (filter.Body is not null)
        {
            parts.Add(F("report.filter.body", filter.Body));
        }

        if (filter.Since is not null)
        {
            parts.Add(F("report.filter.since", filter.Since));
        }

        if (filter.Until is not null)
        {
            parts.Add(F("report.filter.until", filter.Until));
        }

        var sessions = data.Bodies.Sum(b => b.Sessions.Count);
        html.Append("<p class=\"filter\">").Append(F("report.summary", data.Bodies.Count, sessions))
            .Append(HtmlText.Encode(parts.Count == 0 ? "" : "; " + string.Join(", ", parts))).Append(".</p>\n");
        if (data.Bodies.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(T("report.empty")).Append("</p>\n");
        }
    }

    private void WriteBody(StringBuilder html, BodyReport body, int index)
    {
        html.Append("<section class=\"body\" id=\"body-").Append(index).Append("\">\n<h2>")
            .Append(HtmlText.Encode(body.Name ?? T("web.body.none"))).Append("</h2>\n");

        html.Append("<h3>").Append(T("report.matrix")).Append("</h3>\n");
        MatrixHtml.Write(html, body, $"matrix-{index}", new MatrixOptions(_matrixSessions, LatestFirst: true, Culture: _culture));

        html.Append("<h3>").Append(T("report.attendance")).Append("</h3>\n");
        WriteAttendance(html, body);

        html.Append("<h3>").Append(T("report.figures")).Append("</h3>\n");
        WriteTrends(html, body);

        html.Append("<h3>").Append(T("report.feedback")).Append("</h3>\n");
        FeedbackMixHtml.Write(html, body.FeedbackMix, _culture);
        html.Append("</section>\n");
    }

    private void WriteAttendance(StringBuilder html, BodyReport body)
    {
        if (body.Attendance.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(T("report.attendance.none")).Append("</p>\n");
            return;
        }

        html.Append("<table class=\"attendance\"><thead><tr><th>").Append(T("web.institution")).Append("</th><th>").Append(T("report.attendance.attended"))
            .Append("</th><th>").Append(T("report.attendance.held")).Append("</th><th>").Append(T("report.attendance.first")).Append("</th><th>")
            .Append(T("report.attendance.last")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var row in body.Attendance)
        {
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(row.Institution ?? T("web.institution.none")))
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
            html.Append("<p class=\"empty\">").Append(T("web.figures.none")).Append("</p>\n");
        }

        var shown = body.Trends.ToList();
        if (_charts > 0 && shown.Count > _charts)
        {
            // The series given in most sessions, kept in their strategy order.
            var kept = shown.OrderByDescending(s => s.Points.Count).Take(_charts).ToHashSet();
            shown = shown.Where(kept.Contains).ToList();
            html.Append("<p class=\"note\">").Append(F("report.figures.limited", shown.Count, body.Trends.Count)).Append("</p>\n");
        }

        for (var i = 0; i < shown.Count; i++)
        {
            var series = shown[i];
            html.Append("<figure class=\"figure-chart\"><figcaption>").Append(HtmlText.Encode(F("report.figures.caption", series.Strategy, series.Unit)))
                .Append("</figcaption>\n").Append(FigureLineChart.Render(series, _culture)).Append("\n</figure>\n");
        }

        if (body.Mismatches.Count == 0)
        {
            return;
        }

        html.Append("<table class=\"mismatches\"><caption class=\"mismatch\">").Append(T("report.mismatches")).Append("</caption><thead><tr>");
        foreach (var heading in new[] { "web.date", "web.strategy", "web.goal", "web.total", "web.check", "web.context" })
        {
            html.Append("<th>").Append(T(heading)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var figure in body.Mismatches)
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(figure.SessionDate))
                .Append("</td><td class=\"num\">").Append(figure.Strategy)
                .Append("</td><td>").Append(HtmlText.Encode(figure.Goal))
                .Append("</td><td class=\"num\">").Append(HtmlText.Encode($"{figure.Value.ToString("0.####", CultureInfo.InvariantCulture)} {figure.Unit}"))
                .Append("</td><td class=\"mismatch\">").Append(HtmlText.Encode(Check(figure.Check)))
                .Append("</td><td>").Append(HtmlText.Encode(figure.Context)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    /// <summary>The query's check ("mismatch: parts sum to 120", <see cref="Actas.Storage.Queries.FigureRow.Check"/>) in the report's language.</summary>
    private string? Check(string? check) =>
        check?.StartsWith(MismatchPrefix, StringComparison.Ordinal) == true ? F("report.mismatch.check", check[MismatchPrefix.Length..]) : check;
}
