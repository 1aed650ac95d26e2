using System.Globalization;
using System.Text;
using System.Text.Json;
using Actas.Storage.Browse;
using Actas.Pipeline.Diagnostics;
using Actas.Web.Report;
using static Actas.Web.Pages.PageLayout;

namespace Actas.Web.Pages;

/// <summary>
/// One session's acta as extracted: heading, attendance, strategies with their goals (status and INFORME), figures and
/// feedback with labels, agreements and the next session; every item links to where it was read (page, block, row)
/// in the source file. Its words and the extraction's warnings (stored in English, worded by
/// <see cref="WarningWording"/>) are in the request's language.
/// </summary>
internal static class ActaPage
{
    public static string Render(SessionActa acta)
    {
        var s = acta.Session;
        string Where(string? location) => Provenance.Link(s.DocumentId, s.Format, location);
        var html = new StringBuilder();
        html.Append("<dl class=\"heading\">");
        Field(html, T("web.acta.body"), s.Body is null ? null : s.BodyId is { } bodyId
            ? $"<a href=\"/espacio/{bodyId}\">{HtmlText.Encode(s.Body)}</a>" : HtmlText.Encode(s.Body), raw: true);
        Field(html, T("web.acta.session"), s.Number?.ToString(CultureInfo.InvariantCulture));
        Field(html, T("web.acta.kind"), s.Kind);
        Field(html, T("web.date"), s.Date);
        Field(html, T("web.acta.time"), s.StartTime);
        Field(html, T("web.acta.place"), s.Place);
        Field(html, T("web.acta.topic"), s.Topic);
        Field(html, T("web.acta.objective"), s.Objective);
        Field(html, T("web.acta.file"), $"<a href=\"/documento/{s.DocumentId}\">{HtmlText.Encode(s.FileName)}</a> ({HtmlText.Encode(s.Format)}"
            + (s.Pages is { } pages ? ", " + HtmlText.Encode(F("web.acta.pages", pages)) : "") + ")", raw: true);
        html.Append("</dl>\n");

        var warnings = JsonSerializer.Deserialize<List<string>>(s.WarningsJson) ?? [];
        if (warnings.Count > 0)
        {
            html.Append("<details class=\"warnings\"><summary>").Append(HtmlText.Encode(F("web.acta.warnings", warnings.Count))).Append("</summary><ul>");
            warnings.ForEach(w => html.Append("<li>").Append(HtmlText.Encode(WarningWording.Word(w, Culture))).Append("</li>"));
            html.Append("</ul></details>\n");
        }

        WriteAttendance(html, acta, Where);
        html.Append("<h2>").Append(T("web.acta.strategies")).Append("</h2>\n");
        if (acta.Strategies.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(T("web.acta.strategies.none")).Append("</p>\n");
        }

        var goals = acta.Goals.ToLookup(g => g.StrategyId);
        var figures = acta.Figures.ToLookup(f => f.StrategyId);
        var feedback = acta.Feedback.ToLookup(f => f.StrategyId);
        foreach (var st in acta.Strategies)
        {
            html.Append("<section class=\"strategy\" id=\"estrategia-").Append(st.Number).Append("\"><h3><a href=\"/estrategia/").Append(st.Number)
                .Append("\">").Append(F("web.strategy.number", st.Number)).Append("</a> ").Append(HtmlText.Encode(st.Title)).Append("</h3>\n<p>")
                .Append(PageLayout.StatusMark(st.ReportStatus)).Append(" · ").Append(Where(st.Location)).Append("</p>\n");
            WriteGoals(html, goals[st.Id].ToList(), Where);
            WriteFigures(html, figures[st.Id].ToList(), Where);
            WriteFeedback(html, feedback[st.Id].ToList(), Where);
            html.Append("</section>\n");
        }

        WriteAgreements(html, acta, Where);
        html.Append("<h2>").Append(T("web.acta.next")).Append("</h2>\n<p>")
            .Append(s.NextDate is null ? "<span class=\"empty\">" + T("web.acta.next.none") + "</span>" : HtmlText.Encode(s.NextDate + (s.NextStartTime is null ? "" : ", " + s.NextStartTime)))
            .Append("</p>\n");
        var title = F("web.acta.title", s.Body ?? T("web.body.unnamed"), s.Date ?? T("web.date.none"));
        return PageLayout.Page(title, html.ToString());
    }

    private static void Field(StringBuilder html, string name, string? value, bool raw = false)
    {
        if (value is null)
        {
            return;
        }

        html.Append("<dt>").Append(HtmlText.Encode(name)).Append("</dt><dd>").Append(raw ? value : HtmlText.Encode(value)).Append("</dd>");
    }

    private static void WriteAttendance(StringBuilder html, SessionActa acta, Func<string?, string> where)
    {
        html.Append("<h2>").Append(F("web.acta.attendance", acta.Attendance.Count)).Append("</h2>\n");
        if (acta.Attendance.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(T("web.acta.attendance.none")).Append("</p>\n");
            return;
        }

        html.Append("<table class=\"list attendance\"><thead><tr>").Append(Headings("web.name", "web.institution", "web.key", "web.sector", "web.source"))
            .Append("</tr></thead><tbody>\n");
        foreach (var a in acta.Attendance)
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(a.Name)).Append("</td><td>").Append(HtmlText.Encode(a.Institution))
                .Append("</td><td>").Append(HtmlText.Encode(a.InstitutionKey)).Append("</td><td>").Append(HtmlText.Encode(a.Sector.Replace('_', ' ')))
                .Append("</td><td>").Append(where(a.Location)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void WriteGoals(StringBuilder html, List<StoredGoalReport> goals, Func<string?, string> where)
    {
        if (goals.Count == 0)
        {
            return;
        }

        html.Append("<table class=\"list goals\"><thead><tr>")
            .Append(Headings("web.goal", "web.goal.text", "web.executor", "web.status", "web.report", "web.source")).Append("</tr></thead><tbody>\n");
        foreach (var g in goals)
        {
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(g.GoalCode ?? "—")).Append("</th><td>").Append(HtmlText.Encode(g.GoalText));
            if (g.Indicator is not null)
            {
                html.Append("<br><small>").Append(T("web.goal.indicator")).Append(' ').Append(HtmlText.Encode(g.Indicator)).Append("</small>");
            }

            html.Append("</td><td>").Append(HtmlText.Encode(g.Executor)).Append("</td><td class=\"state\">").Append(PageLayout.StatusMark(g.Status))
                .Append("</td><td>").Append(HtmlText.Encode(g.Report)).Append("</td><td>").Append(where(g.Location)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void WriteFigures(StringBuilder html, List<StoredFigure> figures, Func<string?, string> where)
    {
        if (figures.Count == 0)
        {
            return;
        }

        html.Append("<h4>").Append(T("web.figures")).Append("</h4><ul class=\"figures\">");
        foreach (var f in figures)
        {
            html.Append("<li><strong>").Append(Number((decimal)f.Value)).Append(' ').Append(HtmlText.Encode(f.Unit))
                .Append("</strong>").Append(f.GoalCode is null ? "" : " (" + HtmlText.Encode(F("web.figure.goal", f.GoalCode)) + ")")
                .Append(" — ").Append(HtmlText.Encode(F("web.quote", f.Context))).Append(" · ").Append(where(f.Location)).Append("</li>");
        }

        html.Append("</ul>\n");
    }

    private static void WriteFeedback(StringBuilder html, List<StoredFeedback> items, Func<string?, string> where)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.Append("<h4>").Append(T("web.acta.feedback")).Append("</h4><table class=\"list feedback-items\"><thead><tr>")
            .Append(Headings("web.text", "web.section", "web.goal", "web.label", "web.confidence", "web.source")).Append("</tr></thead><tbody>\n");
        foreach (var f in items)
        {
            html.Append("<tr id=\"item-").Append(f.Id).Append("\"><td>").Append(HtmlText.Encode(f.Text)).Append("</td><td>")
                .Append(Section(f.Section)).Append("</td><td>").Append(HtmlText.Encode(f.GoalCode))
                .Append("</td><td class=\"label\">").Append(HtmlText.Encode(f.Label ?? T("web.label.none")));
            if (f.Corrected)
            {
                html.Append(" <small>").Append(HtmlText.Encode(F("web.label.corrected", f.ModelLabel ?? T("web.label.model.none")))).Append("</small>");
            }

            html.Append("</td><td class=\"num\">").Append(f.Confidence is { } confidence ? Number((decimal)confidence, "0.00") : "")
                .Append("</td><td>").Append(where(f.Location)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void WriteAgreements(StringBuilder html, SessionActa acta, Func<string?, string> where)
    {
        html.Append("<h2>").Append(F("web.acta.agreements", acta.Agreements.Count)).Append("</h2>\n");
        if (acta.Agreements.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(T("web.acta.agreements.none")).Append("</p>\n");
            return;
        }

        html.Append("<table class=\"list agreements\"><thead><tr>")
            .Append(Headings("web.agreement", "web.responsible", "web.acta.strategies", "web.dates", "web.source")).Append("</tr></thead><tbody>\n");
        foreach (var a in acta.Agreements)
        {
            var strategies = (a.Strategies ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries)
                .Select(n => $"<a href=\"/estrategia/{HtmlText.Encode(n)}\">{HtmlText.Encode(n)}</a>");
            html.Append("<tr><td>").Append(HtmlText.Encode(a.Text)).Append("</td><td>").Append(HtmlText.Encode(a.Responsible))
                .Append("</td><td>").Append(string.Join(", ", strategies)).Append("</td><td>").Append(HtmlText.Encode(a.Dates))
                .Append("</td><td>").Append(where(a.Location)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }
}
