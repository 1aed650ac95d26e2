using System.Text;
using Actas.Storage.Browse;
using Actas.Web.Report;

namespace Actas.Web.Pages;

/// <summary>The first page: every Espacio de Participación with its sessions, and the search box.</summary>
internal static class HomePage
{
    public static string Render(IReadOnlyList<BodyEntry> bodies)
    {
        var html = new StringBuilder();
        html.Append("<form action=\"/buscar\" method=\"get\" class=\"search\"><label>Buscar en retroalimentación e informes ")
            .Append("<input type=\"search\" name=\"q\"></label> <button>Buscar</button></form>\n");
        if (bodies.Count == 0)
        {
            html.Append("<p class=\"empty\">La base de datos no tiene sesiones; impórtelas con <code>actas import CARPETA --db ARCHIVO</code>.</p>\n");
            return PageLayout.Page("Espacios de Participación", html.ToString());
        }

        html.Append("<table class=\"list\"><thead><tr><th>Espacio</th><th>Sesiones</th><th>Primera</th><th>Última</th><th></th></tr></thead><tbody>\n");
        foreach (var body in bodies)
        {
            var href = body.Id is { } id ? $"/espacio/{id}" : "/espacio/ninguno";
            html.Append("<tr><th scope=\"row\"><a href=\"").Append(href).Append("\">").Append(HtmlText.Encode(body.Name ?? "(sesiones sin Espacio)"))
                .Append("</a></th><td class=\"num\">").Append(body.Sessions).Append("</td><td>").Append(HtmlText.Encode(body.FirstDate))
                .Append("</td><td>").Append(HtmlText.Encode(body.LastDate)).Append("</td><td>");
            if (body.Name is not null)
            {
                html.Append("<a href=\"/matriz?espacio=").Append(Uri.EscapeDataString(body.Name)).Append("\">matriz</a>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        return PageLayout.Page("Espacios de Participación", html.ToString());
    }
}
