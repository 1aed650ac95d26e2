using System.Text;
using Actas.Storage.Report;

namespace Actas.Web.Report;

/// <summary>Writes a body's strategies × sessions matrix as a table whose cells carry <c>data-status</c> and a status colour.</summary>
public static class MatrixHtml
{
    /// <param name="id">The table's id, e.g. <c>matrix-1</c>.</param>
    /// <param name="maxSessions">
    /// Columns shown: the body's latest this many sessions (0: all). A body with 400 sessions would otherwise be a
    /// table 400 columns wide; rows with no review in the shown sessions are left out, and a note says so.
    /// </param>
    public static void Write(StringBuilder html, BodyReport body, string id, int maxSessions = 0)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(body);
        var first = maxSessions > 0 ? Math.Max(0, body.Sessions.Count - maxSessions) : 0;
        var sessions = body.Sessions.Skip(first).ToList();
        var rows = body.Matrix
            .Select(r => r with { Cells = r.Cells.Skip(first).ToList() })
            .Where(r => first == 0 || r.Cells.Any(c => c != MatrixStatus.NotReviewed))
            .ToList();
        if (first > 0)
        {
            html.Append("<p class=\"note\">The latest ").Append(sessions.Count).Append(" of ").Append(body.Sessions.Count)
                .Append(" sessions (from ").Append(HtmlText.Encode(sessions[0].Date ?? "(no date)"))
                .Append("); choose others with --since and --until, or all with --matrix-sessions 0.</p>\n");
        }

        if (rows.Count == 0)
        {
            html.Append("<p class=\"empty\">No strategy was reviewed in these sessions.</p>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table class=\"matrix\" id=\"").Append(HtmlText.Encode(id)).Append("\">\n<thead><tr><th>Strategy / goal</th>");
        foreach (var session in sessions)
        {
            html.Append("<th class=\"date\">").Append(HtmlText.Encode(session.Date ?? "(no date)"));
            if (session.Number is { } number)
            {
                html.Append("<br><span class=\"number\">n.º ").Append(number).Append("</span>");
            }

            html.Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            var label = row.Goal is null
                ? $"<strong>{row.Strategy}</strong> {HtmlText.Encode(row.Title)}"
                : $"<span class=\"goal\">Meta {HtmlText.Encode(row.Goal)}</span>";
            html.Append(row.Goal is null ? "<tr class=\"strategy\">" : "<tr class=\"goal-row\">")
                .Append("<th scope=\"row\">").Append(label).Append("</th>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var status = row.Cells[i];
                var session = sessions[i];
                html.Append("<td data-status=\"").Append(HtmlText.Encode(status))
                    .Append("\" style=\"background:").Append(StatusStyle.Colour(status))
                    .Append("\" title=\"").Append(HtmlText.Encode($"{session.Date}: {StatusStyle.Caption(status)}"))
                    .Append("\">").Append(StatusStyle.Mark(status)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    /// <summary>The colour legend shown once above the matrices.</summary>
    public static void WriteLegend(StringBuilder html)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Append("<ul class=\"legend\">");
        foreach (var status in MatrixStatus.All)
        {
            html.Append("<li><span class=\"swatch\" style=\"background:").Append(StatusStyle.Colour(status)).Append("\">")
                .Append(StatusStyle.Mark(status)).Append("</span> ").Append(StatusStyle.Caption(status)).Append("</li>");
        }

        html.Append("</ul>\n");
    }
}
