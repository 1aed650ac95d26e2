using System.Text;
using Actas.Storage.Queries;
using Actas.Web.Report;

namespace Actas.Web.Pages;

/// <summary>Accent-insensitive search across feedback items and INFORME texts (the query of <c>actas query search</c>).</summary>
internal static class SearchPage
{
    /// <summary>Results shown at most; a note asks for more words beyond it.</summary>
    public const int MaxRows = 200;

    public static string Render(string? text, string? body, IReadOnlyList<SearchRow> rows)
    {
        var html = new StringBuilder();
        html.Append("<form method=\"get\" action=\"/buscar\" class=\"filters\"><label>Texto <input type=\"search\" name=\"q\" value=\"")
            .Append(HtmlText.Encode(text)).Append("\" autofocus></label> <label>Espacio <input name=\"espacio\" value=\"").Append(HtmlText.Encode(body))
            .Append("\"></label> <button>Buscar</button></form>\n");
        if (!string.IsNullOrWhiteSpace(text))
        {
            html.Append("<p class=\"note\">").Append(rows.Count > MaxRows ? $"Los primeros {MaxRows}" : rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(rows.Count > MaxRows ? " resultados; añada palabras o elija un Espacio para ver otros" : " resultados")
                .Append(" (sin distinguir acentos ni mayúsculas).</p>\n");
            rows = rows.Take(MaxRows).ToList();
            html.Append("<table class=\"list\"><thead><tr><th>Espacio</th><th>Fecha</th><th>Estrategia</th><th>Meta</th><th>Tipo</th><th>Etiqueta</th><th>Texto</th></tr></thead><tbody>\n");
            foreach (var r in rows)
            {
                html.Append("<tr><td>").Append(HtmlText.Encode(r.Body)).Append("</td><td>").Append(HtmlText.Encode(r.SessionDate))
                    .Append("</td><td><a href=\"/estrategia/").Append(r.Strategy).Append("\">").Append(r.Strategy).Append("</a></td><td>")
                    .Append(HtmlText.Encode(r.Goal)).Append("</td><td>").Append(r.Kind == "report" ? "informe" : "retroalimentación")
                    .Append("</td><td>").Append(HtmlText.Encode(r.Label)).Append("</td><td>").Append(Highlight(r.Snippet)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        return PageLayout.Page("Búsqueda", html.ToString());
    }

    /// <summary>The snippet encoded, then its «match» markers turned into &lt;mark&gt;.</summary>
    private static string Highlight(string snippet) =>
        HtmlText.Encode(snippet).Replace("«", "<mark>", StringComparison.Ordinal).Replace("»", "</mark>", StringComparison.Ordinal);
}
