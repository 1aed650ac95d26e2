using System.Text;
using Actas.Storage.Report;
using Actas.Web.Report;

namespace Actas.Web.Pages;

/// <summary>The strategies × sessions matrix per body with its filters (body, period, only never reported), latest session first.</summary>
internal static class MatrixPage
{
    /// <summary>The page asked for without an Espacio when there are several: one link per body's matrix.</summary>
    public static string Choose(IReadOnlyList<Actas.Storage.Browse.BodyEntry> bodies)
    {
        var html = new StringBuilder("<p>Elija un Espacio:</p>\n<ul class=\"bodies\">\n");
        foreach (var body in bodies.Where(b => b.Name is not null))
        {
            html.Append("<li><a href=\"/matriz?espacio=").Append(Uri.EscapeDataString(body.Name!)).Append("\">").Append(HtmlText.Encode(body.Name))
                .Append("</a> (").Append(body.Sessions).Append(" sesiones)</li>\n");
        }

        html.Append("</ul>\n");
        return PageLayout.Page("Matriz estrategias × sesiones", html.ToString());
    }

    public static string Render(ReportData data, int maxSessions, bool onlyNeverReported)
    {
        var f = data.Filter;
        var html = new StringBuilder();
        html.Append("<form method=\"get\" action=\"/matriz\" class=\"filters\">")
            .Append("<label>Espacio <input name=\"espacio\" value=\"").Append(HtmlText.Encode(f.Body)).Append("\"></label> ")
            .Append("<label>Desde <input type=\"date\" name=\"desde\" value=\"").Append(HtmlText.Encode(f.Since)).Append("\"></label> ")
            .Append("<label>Hasta <input type=\"date\" name=\"hasta\" value=\"").Append(HtmlText.Encode(f.Until)).Append("\"></label> ")
            .Append("<label>Sesiones <input type=\"number\" min=\"0\" name=\"sesiones\" value=\"").Append(maxSessions).Append("\"></label> ")
            .Append("<label><input type=\"checkbox\" name=\"nunca\" value=\"1\"").Append(onlyNeverReported ? " checked" : "")
            .Append("> solo nunca reportadas</label> <button>Filtrar</button></form>\n");
        MatrixHtml.WriteLegend(html);
        if (data.Bodies.Count == 0)
        {
            html.Append("<p class=\"empty\">Ninguna sesión guardada coincide con el filtro.</p>\n");
        }

        var options = new MatrixOptions(maxSessions, LatestFirst: true, onlyNeverReported,
            session => $"/sesion/{session.Id}", strategy => $"/estrategia/{strategy}",
            "elija otras con Desde y Hasta, o todas con Sesiones = 0");
        for (var i = 0; i < data.Bodies.Count; i++)
        {
            var body = data.Bodies[i];
            html.Append("<section class=\"body\"><h2>").Append(HtmlText.Encode(body.Name ?? WebText.Text("web.body.none"))).Append("</h2>\n");
            MatrixHtml.Write(html, body, $"matrix-{i + 1}", options);
            html.Append("</section>\n");
        }

        return PageLayout.Page("Matriz estrategias × sesiones", html.ToString());
    }
}
