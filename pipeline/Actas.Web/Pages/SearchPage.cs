using System.Text;
using Actas.Storage.Queries;
using Actas.Web.Report;
using static Actas.Web.Pages.PageLayout;

namespace Actas.Web.Pages;

/// <summary>Accent-insensitive search across feedback items and INFORME texts (the query of <c>actas query search</c>).</summary>
internal static class SearchPage
{
    /// <summary>Results shown at most; a note asks for more words beyond it.</summary>
    public const int MaxRows = 200;

    public static string Render(string? text, string? body, IReadOnlyList<SearchRow> rows)
    {
        var html = new StringBuilder();
        html.Append("<form method=\"get\" action=\"/buscar\" class=\"filters\"><label>").Append(T("web.text")).Append(" <input type=\"search\" name=\"q\" value=\"")
            .Append(HtmlText.Encode(text)).Append("\" autofocus></label> <label>").Append(T("web.acta.body")).Append(" <input name=\"espacio\" value=\"")
            .Append(HtmlText.Encode(body)).Append("\"></label> <button>").Append(T("web.search.button")).Append("</button></form>\n");
        if (!string.IsNullOrWhiteSpace(text))
        {
            html.Append("<p class=\"note\">").Append(HtmlText.Encode(rows.Count > MaxRows ? F("web.search.first", MaxRows) : F("web.search.results", rows.Count)))
                .Append("</p>\n");
            rows = rows.Take(MaxRows).ToList();
            html.Append("<table class=\"list\"><thead><tr>")
                .Append(Headings("web.acta.body", "web.date", "web.strategy", "web.goal", "web.acta.kind", "web.label", "web.text")).Append("</tr></thead><tbody>\n");
            foreach (var r in rows)
            {
                html.Append("<tr><td>").Append(HtmlText.Encode(r.Body)).Append("</td><td>").Append(HtmlText.Encode(r.SessionDate))
                    .Append("</td><td><a href=\"/estrategia/").Append(r.Strategy).Append("\">").Append(r.Strategy).Append("</a></td><td>")
                    .Append(HtmlText.Encode(r.Goal)).Append("</td><td>").Append(T(r.Kind == "report" ? "web.search.report" : "web.section.feedback"))
                    .Append("</td><td>").Append(HtmlText.Encode(r.Label)).Append("</td><td>").Append(Highlight(r.Snippet)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        return Page(T("web.nav.search"), html.ToString());
    }

    /// <summary>The snippet encoded, then its «match» markers turned into &lt;mark&gt;.</summary>
    private static string Highlight(string snippet) =>
        HtmlText.Encode(snippet).Replace("«", "<mark>", StringComparison.Ordinal).Replace("»", "</mark>", StringComparison.Ordinal);
}
