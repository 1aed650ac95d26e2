using System.Globalization;
using System.Text;
using System.Text.Json;
using Actas.Storage.Browse;
using Actas.Web.Report;

namespace Actas.Web.Pages;

/// <summary>
/// One session's acta as extracted: heading, attendance, strategies with their goals (status and INFORME), figures and
/// feedback with labels, agreements and the next session; every item links to where it was read (page, block, row)
/// in the source file.
/// </summary>
internal static class ActaPage
{
    public static string Render(SessionActa acta)
    {
        var s = acta.Session;
        string Where(string? location) => Provenance.Link(s.DocumentId, s.Format, location);
        var html = new StringBuilder();
        html.Append("<dl class=\"heading\">");
        Field(html, "Espacio", s.Body is null ? null : s.BodyId is { } bodyId
            ? $"<a href=\"/espacio/{bodyId}\">{HtmlText.Encode(s.Body)}</a>" : HtmlText.Encode(s.Body), raw: true);
        Field(html, "Sesión", s.Number?.ToString(CultureInfo.InvariantCulture));
        Field(html, "Tipo", s.Kind);
        Field(html, "Fecha", s.Date);
        Field(html, "Hora", s.StartTime);
        Field(html, "Lugar", s.Place);
        Field(html, "Tema", s.Topic);
        Field(html, "Objetivo", s.Objective);
        Field(html, "Archivo", $"<a href=\"/documento/{s.DocumentId}\">{HtmlText.Encode(s.FileName)}</a> ({HtmlText.Encode(s.Format)}"
            + (s.Pages is { } pages ? $", {pages} p." : "") + ")", raw: true);
        html.Append("</dl>\n");

        var warnings = JsonSerializer.Deserialize<List<string>>(s.WarningsJson) ?? [];
        if (warnings.Count > 0)
        {
            html.Append("<details class=\"warnings\"><summary>").Append(warnings.Count).Append(" avisos de la extracción</summary><ul>");
            warnings.ForEach(w => html.Append("<li>").Append(HtmlText.Encode(w)).Append("</li>"));
            html.Append("</ul></details>\n");
        }

        WriteAttendance(html, acta, Where);
        html.Append("<h2>Estrategias</h2>\n");
        if (acta.Strategies.Count == 0)
        {
            html.Append("<p class=\"empty\">El acta no revisa ninguna estrategia.</p>\n");
        }

        var goals = acta.Goals.ToLookup(g => g.StrategyId);
        var figures = acta.Figures.ToLookup(f => f.StrategyId);
        var feedback = acta.Feedback.ToLookup(f => f.StrategyId);
        foreach (var st in acta.Strategies)
        {
            html.Append("<section class=\"strategy\" id=\"estrategia-").Append(st.Number).Append("\"><h3><a href=\"/estrategia/").Append(st.Number)
                .Append("\">Estrategia ").Append(st.Number).Append("</a> ").Append(HtmlText.Encode(st.Title)).Append("</h3>\n<p>")
                .Append(PageLayout.StatusMark(st.ReportStatus)).Append(" · ").Append(Where(st.Location)).Append("</p>\n");
            WriteGoals(html, goals[st.Id].ToList(), Where);
            WriteFigures(html, figures[st.Id].ToList(), Where);
            WriteFeedback(html, feedback[st.Id].ToList(), Where);
            html.Append("</section>\n");
        }

        WriteAgreements(html, acta, Where);
        html.Append("<h2>Próxima sesión</h2>\n<p>")
            .Append(s.NextDate is null ? "<span class=\"empty\">El acta no la fija.</span>" : HtmlText.Encode(s.NextDate + (s.NextStartTime is null ? "" : ", " + s.NextStartTime)))
            .Append("</p>\n");
        var title = $"Acta: {s.Body ?? "(sin Espacio)"}, {s.Date ?? "(sin fecha)"}";
        return PageLayout.Page(title, html.ToString());
    }

    private static void Field(StringBuilder html, string name, string? value, bool raw = false)
    {
        if (value is null)
        {
            return;
        }

        html.Append("<dt>").Append(name).Append("</dt><dd>").Append(raw ? value : HtmlText.Encode(value)).Append("</dd>");
    }

    private static void WriteAttendance(StringBuilder html, SessionActa acta, Func<string?, string> where)
    {
        html.Append("<h2>Asistencia (").Append(acta.Attendance.Count).Append(")</h2>\n");
        if (acta.Attendance.Count == 0)
        {
            html.Append("<p class=\"empty\">Sin lista de asistencia.</p>\n");
            return;
        }

        html.Append("<table class=\"list attendance\"><thead><tr><th>Nombre</th><th>Institución</th><th>Clave</th><th>Sector</th><th>Origen</th></tr></thead><tbody>\n");
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

        html.Append("<table class=\"list goals\"><thead><tr><th>Meta</th><th>Texto e indicador</th><th>Instancia ejecutora</th><th>Estado</th><th>Informe</th><th>Origen</th></tr></thead><tbody>\n");
        foreach (var g in goals)
        {
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(g.GoalCode ?? "—")).Append("</th><td>").Append(HtmlText.Encode(g.GoalText));
            if (g.Indicator is not null)
            {
                html.Append("<br><small>Indicador: ").Append(HtmlText.Encode(g.Indicator)).Append("</small>");
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

        html.Append("<h4>Cifras</h4><ul class=\"figures\">");
        foreach (var f in figures)
        {
            html.Append("<li><strong>").Append(f.Value.ToString("#,0.##", CultureInfo.GetCultureInfo("es-MX"))).Append(' ').Append(HtmlText.Encode(f.Unit))
                .Append("</strong>").Append(f.GoalCode is null ? "" : $" (meta {HtmlText.Encode(f.GoalCode)})")
                .Append(" — «").Append(HtmlText.Encode(f.Context)).Append("» · ").Append(where(f.Location)).Append("</li>");
        }

        html.Append("</ul>\n");
    }

    private static void WriteFeedback(StringBuilder html, List<StoredFeedback> items, Func<string?, string> where)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.Append("<h4>Retroalimentación y observaciones</h4><table class=\"list feedback-items\"><thead><tr><th>Texto</th><th>Sección</th><th>Meta</th>")
            .Append("<th>Etiqueta</th><th>Confianza</th><th>Origen</th></tr></thead><tbody>\n");
        foreach (var f in items)
        {
            html.Append("<tr id=\"item-").Append(f.Id).Append("\"><td>").Append(HtmlText.Encode(f.Text)).Append("</td><td>")
                .Append(f.Section == "observacion" ? "observación" : "retroalimentación").Append("</td><td>").Append(HtmlText.Encode(f.GoalCode))
                .Append("</td><td class=\"label\">").Append(HtmlText.Encode(f.Label ?? "(sin etiqueta)"));
            if (f.Corrected)
            {
                html.Append(" <small>(corregida; modelo: ").Append(HtmlText.Encode(f.ModelLabel ?? "ninguna")).Append(")</small>");
            }

            html.Append("</td><td class=\"num\">").Append(f.Confidence?.ToString("0.00", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(where(f.Location)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void WriteAgreements(StringBuilder html, SessionActa acta, Func<string?, string> where)
    {
        html.Append("<h2>Acuerdos (").Append(acta.Agreements.Count).Append(")</h2>\n");
        if (acta.Agreements.Count == 0)
        {
            html.Append("<p class=\"empty\">Sin acuerdos.</p>\n");
            return;
        }

        html.Append("<table class=\"list agreements\"><thead><tr><th>Acuerdo</th><th>Responsable</th><th>Estrategias</th><th>Fechas</th><th>Origen</th></tr></thead><tbody>\n");
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
