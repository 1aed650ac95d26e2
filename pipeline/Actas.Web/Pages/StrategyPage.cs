using System.Text;
using Actas.Storage.Browse;
using Actas.Storage.Queries;
using Actas.Storage.Report;
using Actas.Web.Report;
using static Actas.Web.Pages.PageLayout;

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
            html.Append("<p class=\"empty\">").Append(T("web.strategy.none")).Append("</p>\n");
            return Page(F("web.strategy.number", strategy), html.ToString());
        }

        html.Append("<h2>").Append(T("web.strategy.history")).Append("</h2>\n<div class=\"scroll\"><table class=\"list history\"><thead><tr>")
            .Append(Headings("web.acta.body", "web.date", "web.number", "web.goal", "web.executor.short", "web.status", "web.figures", "web.feedback"))
            .Append("</tr></thead><tbody>\n");
        foreach (var row in history)
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(row.Body)).Append("</td><td>").Append(HtmlText.Encode(row.SessionDate))
                .Append("</td><td class=\"num\">").Append(row.SessionNumber).Append("</td><td>").Append(HtmlText.Encode(row.Goal ?? "—"))
                .Append("</td><td>").Append(HtmlText.Encode(row.Executor)).Append("</td><td class=\"state\">")
                .Append(row.Status.Length == 0 ? "" : StatusMark(row.Status)).Append("</td><td>")
                .Append(HtmlText.Encode(string.Join("; ", row.Figures))).Append("</td><td>")
                .Append(HtmlText.Encode(string.Join("; ", row.FeedbackLabels))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n<h2>").Append(T("web.figures.time")).Append("</h2>\n");
        var series = figures.GroupBy(f => f.Body).SelectMany(b => FigureTrends.Build(b.ToList()).Select(s => (Body: b.Key, Series: s))).ToList();
        if (series.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(T("web.figures.none")).Append("</p>\n");
        }

        foreach (var (body, s) in series)
        {
            html.Append("<figure class=\"figure-chart\"><figcaption>").Append(HtmlText.Encode(s.Unit)).Append(" — ").Append(HtmlText.Encode(body ?? T("web.body.unnamed")))
                .Append("</figcaption>\n").Append(FigureLineChart.Render(s, Culture)).Append("\n</figure>\n");
        }

        html.Append("<h2>").Append(T("web.strategy.labels")).Append("</h2>\n");
        var labels = history.SelectMany(r => r.FeedbackLabels)
            .Select(l => l.Split(": ", 2))
            .GroupBy(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => (Label: g.Key, Items: g.Sum()))
            .OrderByDescending(g => g.Items).ToList();
        if (labels.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(T("web.strategy.labels.none")).Append("</p>\n");
        }
        else
        {
            html.Append("<table class=\"list\"><thead><tr>").Append(Headings("web.label", "web.items")).Append("</tr></thead><tbody>");
            labels.ForEach(l => html.Append("<tr><td>").Append(HtmlText.Encode(l.Label)).Append("</td><td class=\"num\">").Append(l.Items).Append("</td></tr>"));
            html.Append("</tbody></table>\n");
        }

        html.Append("<h2>").Append(T("web.strategy.agreements")).Append("</h2>\n");
        if (agreements.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(T("web.strategy.agreements.none")).Append("</p>\n");
        }
        else
        {
            html.Append("<table class=\"list\"><thead><tr>").Append(Headings("web.acta.session", "web.agreement", "web.responsible", "web.strategy.later"))
                .Append("</tr></thead><tbody>\n");
            foreach (var a in agreements)
            {
                var followUp = HtmlText.Encode(a.LaterReview is not null ? F("web.strategy.later.yes", a.LaterReview)
                    : a.LaterSessions == 0 ? T("web.strategy.later.unknown") : F("web.strategy.later.no", a.LaterSessions));
                html.Append("<tr><td><a href=\"/sesion/").Append(a.SessionId).Append("\">").Append(HtmlText.Encode(a.SessionDate ?? T("web.date.none")))
                    .Append("</a> ").Append(HtmlText.Encode(a.Body)).Append("</td><td>").Append(HtmlText.Encode(a.Text)).Append("</td><td>")
                    .Append(HtmlText.Encode(a.Responsible)).Append("</td><td>").Append(followUp).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        return Page(F("web.strategy.number", strategy), html.ToString());
    }
}
