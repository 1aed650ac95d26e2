using System.Text;
using Actas.Storage.Browse;
using Actas.Storage.Queries;
using Actas.Storage.Report;
using Actas.Web.Report;

namespace Actas.Web.Pages;

/// <summary>
/// One strategy across sessions: status per goal per session, its figures as charts (zero-based, axes titled with the
/// unit), its feedback by label, and the agreements that named it with whether a later session took it up.
/// </summary>
internal static class StrategyPage
{
    public static string Render(int strategy, IReadOnlyList<StrategyHistoryRow> history, IReadOnlyList<FigureRow> figures, IReadOnlyList<StrategyAgreement> agreements)
    {
        var html = new StringBuilder();
        if (history.Count == 0)
        {
            html.Append("<p class=\"empty\">Ninguna sesión guardada revisa esta estrategia.</p>\n");
            return PageLayout.Page($"Estrategia {strategy}", html.ToString());
        }

        html.Append("<h2>Estado por meta y sesión</h2>\n<div class=\"scroll\"><table class=\"list history\"><thead><tr><th>Espacio</th><th>Fecha</th><th>N.º</th>")
            .Append("<th>Meta</th><th>Instancia</th><th>Estado</th><th>Cifras</th><th>Retroalimentación</th></tr></thead><tbody>\n");
        foreach (var row in history)
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(row.Body)).Append("</td><td>").Append(HtmlText.Encode(row.SessionDate))
                .Append("</td><td class=\"num\">").Append(row.SessionNumber).Append("</td><td>").Append(HtmlText.Encode(row.Goal ?? "—"))
                .Append("</td><td>").Append(HtmlText.Encode(row.Executor)).Append("</td><td class=\"state\">")
                .Append(row.Status.Length == 0 ? "" : PageLayout.StatusMark(row.Status)).Append("</td><td>")
                .Append(HtmlText.Encode(string.Join("; ", row.Figures))).Append("</td><td>")
                .Append(HtmlText.Encode(string.Join("; ", row.FeedbackLabels))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n<h2>Cifras en el tiempo</h2>\n");
        var series = figures.GroupBy(f => f.Body).SelectMany(b => FigureTrends.Build(b.ToList()).Select(s => (Body: b.Key, Series: s))).ToList();
        if (series.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(WebText.Text("web.figures.none")).Append("</p>\n");
        }

        foreach (var (body, s) in series)
        {
            html.Append("<figure class=\"figure-chart\"><figcaption>").Append(HtmlText.Encode(s.Unit)).Append(" — ").Append(HtmlText.Encode(body ?? "(sin Espacio)"))
                .Append("</figcaption>\n").Append(FigureLineChart.Render(s)).Append("\n</figure>\n");
        }

        html.Append("<h2>Retroalimentación por etiqueta</h2>\n");
        var labels = history.SelectMany(r => r.FeedbackLabels)
            .Select(l => l.Split(": ", 2))
            .GroupBy(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => (Label: g.Key, Items: g.Sum()))
            .OrderByDescending(g => g.Items).ToList();
        if (labels.Count == 0)
        {
            html.Append("<p class=\"empty\">Sin retroalimentación.</p>\n");
        }
        else
        {
            html.Append("<table class=\"list\"><thead><tr><th>Etiqueta</th><th>Elementos</th></tr></thead><tbody>");
            labels.ForEach(l => html.Append("<tr><td>").Append(HtmlText.Encode(l.Label)).Append("</td><td class=\"num\">").Append(l.Items).Append("</td></tr>"));
            html.Append("</tbody></table>\n");
        }

        html.Append("<h2>Acuerdos que la nombran</h2>\n");
        if (agreements.Count == 0)
        {
            html.Append("<p class=\"empty\">Ningún acuerdo la nombra.</p>\n");
        }
        else
        {
            html.Append("<table class=\"list\"><thead><tr><th>Sesión</th><th>Acuerdo</th><th>Responsable</th><th>¿Retomada después?</th></tr></thead><tbody>\n");
            foreach (var a in agreements)
            {
                var followUp = a.LaterReview is not null ? $"sí, el {HtmlText.Encode(a.LaterReview)}"
                    : a.LaterSessions == 0 ? "aún no se sabe (no hay sesiones posteriores)" : $"no, en {a.LaterSessions} sesiones posteriores";
                html.Append("<tr><td><a href=\"/sesion/").Append(a.SessionId).Append("\">").Append(HtmlText.Encode(a.SessionDate ?? "(sin fecha)"))
                    .Append("</a> ").Append(HtmlText.Encode(a.Body)).Append("</td><td>").Append(HtmlText.Encode(a.Text)).Append("</td><td>")
                    .Append(HtmlText.Encode(a.Responsible)).Append("</td><td>").Append(followUp).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        return PageLayout.Page($"Estrategia {strategy}", html.ToString());
    }
}
