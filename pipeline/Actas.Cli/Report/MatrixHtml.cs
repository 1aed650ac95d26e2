using System.Text;
using Actas.Storage.Report;

namespace Actas.Cli.Report;

/// <summary>Writes a body's strategies × sessions matrix as a table whose cells carry <c>data-status</c> and a status colour.</summary>
public static class MatrixHtml
{
    /// <param name="id">The table's id, e.g. <c>matrix-1</c>.</param>
    public static void Write(StringBuilder html, BodyReport body, string id)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(body);
        if (body.Matrix.Count == 0)
        {
            html.Append("<p class=\"empty\">No strategy was reviewed in these sessions.</p>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table class=\"matrix\" id=\"").Append(HtmlText.Encode(id)).Append("\">\n<thead><tr><th>Strategy / goal</th>");
        foreach (var session in body.Sessions)
        {
            html.Append("<th class=\"date\">").Append(HtmlText.Encode(session.Date ?? "(no date)"));
            if (session.Number is { } number)
            {
                html.Append("<br><span class=\"number\">n.º ").Append(number).Append("</span>");
            }

            html.Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in body.Matrix)
        {
            var label = row.Goal is null
                ? $"<strong>{row.Strategy}</strong> {HtmlText.Encode(row.Title)}"
                : $"<span class=\"goal\">Meta {HtmlText.Encode(row.Goal)}</span>";
            html.Append(row.Goal is null ? "<tr class=\"strategy\">" : "<tr class=\"goal-row\">")
                .Append("<th scope=\"row\">").Append(label).Append("</th>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var status = row.Cells[i];
                var session = body.Sessions[i];
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
