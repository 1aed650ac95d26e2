using System.Globalization;
using System.Text;
using Actas.Storage.Report;

namespace Actas.Web.Report;

/// <summary>
/// Writes a body's strategies × sessions matrix as a table whose cells carry <c>data-status</c>, a status colour, a
/// mark and the status in words (for screen readers and print). The strategy column is sticky and its titles wrap
/// to two lines (the full title on hover and focus), so session columns stay in view at any width. Shared by
/// <c>actas report</c> and <c>actas serve</c>: one rendering of the matrix.
/// </summary>
public static class MatrixHtml
{
    /// <param name="id">The table's id, e.g. <c>matrix-1</c>.</param>
    /// <param name="maxSessions">See <see cref="MatrixOptions.MaxSessions"/>.</param>
    public static void Write(StringBuilder html, BodyReport body, string id, int maxSessions = 0) =>
        Write(html, body, id, new MatrixOptions(maxSessions));

    /// <remarks>
    /// A body with 400 sessions would otherwise be a table 400 columns wide; with <see cref="MatrixOptions.MaxSessions"/>
    /// rows with no review in the shown sessions are left out, and a note says so.
    /// </remarks>
    public static void Write(StringBuilder html, BodyReport body, string id, MatrixOptions options)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        var first = options.MaxSessions > 0 ? Math.Max(0, body.Sessions.Count - options.MaxSessions) : 0;
        var order = Enumerable.Range(first, body.Sessions.Count - first).ToList();
        if (options.LatestFirst)
        {
            order.Reverse();
        }

        var sessions = order.Select(i => body.Sessions[i]).ToList();
        var rows = body.Matrix
            .Select(r => r with { Cells = order.Select(i => r.Cells[i]).ToList() })
            .Where(r => first == 0 || r.Cells.Any(c => c != MatrixStatus.NotReviewed))
            .ToList();
        if (options.OnlyNeverReported)
        {
            var never = rows.Where(r => r.Goal is null && r.Cells.Contains(MatrixStatus.NotReported)
                    && !r.Cells.Any(c => c is MatrixStatus.Reported or MatrixStatus.Partial))
                .Select(r => r.Strategy).ToHashSet();
            rows = rows.Where(r => never.Contains(r.Strategy)).ToList();
        }

        var culture = options.Culture;
        var noDate = WebText.Text("web.date.none", culture);
        if (first > 0)
        {
            html.Append("<p class=\"note\">").Append(HtmlText.Encode(WebText.Format("web.matrix.latest", culture, sessions.Count, body.Sessions.Count,
                body.Sessions[first].Date ?? noDate, options.MoreSessionsHint ?? WebText.Text("report.matrix.more", culture)))).Append("</p>\n");
        }

        if (rows.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(WebText.Text("web.matrix.none", culture)).Append("</p>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table class=\"matrix\" id=\"").Append(HtmlText.Encode(id)).Append("\">\n<thead><tr><th class=\"corner\">")
            .Append(WebText.Text("web.matrix.corner", culture)).Append("</th>");
        foreach (var session in sessions)
        {
            html.Append("<th class=\"date\">");
            var href = options.SessionHref?.Invoke(session);
            html.Append(href is null ? "" : $"<a href=\"{HtmlText.Encode(href)}\">").Append(HtmlText.Encode(session.Date ?? noDate));
            if (session.Number is { } number)
            {
                html.Append("<br><span class=\"number\">").Append(WebText.Format("web.matrix.number", culture, number)).Append("</span>");
            }

            html.Append(href is null ? "" : "</a>").Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        // A body's whole history is 750 rows × 400 sessions: each cell's pieces are encoded once, not per cell.
        var dates = sessions.Select(s => HtmlText.Encode($"{s.Date}: ")).ToList();
        var cells = new Dictionary<string, (string Open, string Close)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            html.Append(row.Goal is null ? "<tr class=\"strategy\">" : "<tr class=\"goal-row\">").Append("<th scope=\"row\">");
            if (row.Goal is null)
            {
                var href = options.StrategyHref?.Invoke(row.Strategy);
                var title = row.Title is null ? "" : HtmlText.Encode(row.Title);
                html.Append("<span class=\"title\" tabindex=\"0\" title=\"").Append(title).Append("\">")
                    .Append(href is null ? "" : $"<a href=\"{HtmlText.Encode(href)}\">")
                    .Append("<strong>").Append(row.Strategy).Append("</strong>").Append(href is null ? "" : "</a>")
                    .Append(' ').Append(title).Append("</span>");
            }
            else
            {
                html.Append("<span class=\"goal\">").Append(HtmlText.Encode(WebText.Format("web.matrix.goal", culture, row.Goal))).Append("</span>");
            }

            html.Append("</th>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var status = row.Cells[i];
                if (!cells.TryGetValue(status, out var cell))
                {
                    var caption = HtmlText.Encode(StatusStyle.Caption(status, culture));
                    cell = ($"<td data-status=\"{HtmlText.Encode(status)}\" style=\"background:{StatusStyle.Colour(status)}\" title=\"",
                        $"{caption}\">{StatusStyle.Mark(status)}<span class=\"sr\">{caption}</span></td>");
                    cells.Add(status, cell);
                }

                html.Append(cell.Open).Append(dates[i]).Append(cell.Close);
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    /// <summary>The colour legend shown once above the matrices.</summary>
    /// <param name="culture">The language of the captions (<see cref="WebText"/>; null: Spanish).</param>
    public static void WriteLegend(StringBuilder html, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Append("<ul class=\"legend\">");
        foreach (var status in MatrixStatus.All)
        {
            html.Append("<li><span class=\"swatch\" style=\"background:").Append(StatusStyle.Colour(status)).Append("\">")
                .Append(StatusStyle.Mark(status)).Append("</span> ").Append(HtmlText.Encode(StatusStyle.Caption(status, culture))).Append("</li>");
        }

        html.Append("</ul>\n");
    }
}
