using System.Text;
using Actas.Storage.Report;
using Actas.Web.Report;
using static Actas.Web.Pages.PageLayout;

namespace Actas.Web.Pages;

/// <summary>The strategies × sessions matrix per body with its filters (body, period, only never reported), latest session first.</summary>
internal static class MatrixPage
{
    /// <summary>The page asked for without an Espacio when there are several: one link per body's matrix.</summary>
    public static string Choose(IReadOnlyList<Actas.Storage.Browse.BodyEntry> bodies)
    {
        var html = new StringBuilder("<p>").Append(T("web.matrix.choose")).Append("</p>\n<ul class=\"bodies\">\n");
        foreach (var body in bodies.Where(b => b.Name is not null))
        {
            html.Append("<li><a href=\"/matriz?espacio=").Append(Uri.EscapeDataString(body.Name!)).Append("\">").Append(HtmlText.Encode(body.Name))
                .Append("</a> (").Append(HtmlText.Encode(F("web.matrix.sessions", body.Sessions))).Append(")</li>\n");
        }

        html.Append("</ul>\n");
        return Page(T("web.matrix.title"), html.ToString());
    }

    public static string Render(ReportData data, int maxSessions, bool onlyNeverReported)
    {
        var f = data.Filter;
        var html = new StringBuilder();
        html.Append("<form method=\"get\" action=\"/matriz\" class=\"filters\">")
            .Append("<label>").Append(T("web.acta.body")).Append(" <input name=\"espacio\" value=\"").Append(HtmlText.Encode(f.Body)).Append("\"></label> ")
            .Append("<label>").Append(T("web.since")).Append(" <input type=\"date\" name=\"desde\" value=\"").Append(HtmlText.Encode(f.Since)).Append("\"></label> ")
            .Append("<label>").Append(T("web.until")).Append(" <input type=\"date\" name=\"hasta\" value=\"").Append(HtmlText.Encode(f.Until)).Append("\"></label> ")
            .Append("<label>").Append(T("web.sessions")).Append(" <input type=\"number\" min=\"0\" name=\"sesiones\" value=\"").Append(maxSessions).Append("\"></label> ")
            .Append("<label><input type=\"checkbox\" name=\"nunca\" value=\"1\"").Append(onlyNeverReported ? " checked" : "")
            .Append("> ").Append(T("web.matrix.never")).Append("</label> <button>").Append(T("web.filter")).Append("</button></form>\n");
        MatrixHtml.WriteLegend(html, Culture);
        if (data.Bodies.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(T("web.matrix.empty")).Append("</p>\n");
        }

        var options = new MatrixOptions(maxSessions, LatestFirst: true, onlyNeverReported,
            session => $"/sesion/{session.Id}", strategy => $"/estrategia/{strategy}", T("web.matrix.more"), Culture);
        for (var i = 0; i < data.Bodies.Count; i++)
        {
            var body = data.Bodies[i];
            html.Append("<section class=\"body\"><h2>").Append(HtmlText.Encode(body.Name ?? T("web.body.none"))).Append("</h2>\n");
            MatrixHtml.Write(html, body, $"matrix-{i + 1}", options);
            html.Append("</section>\n");
        }

        return Page(T("web.matrix.title"), html.ToString());
    }
}
