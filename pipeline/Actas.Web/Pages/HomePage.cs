using System.Text;
using Actas.Storage.Browse;
using Actas.Web.Report;
using static Actas.Web.Pages.PageLayout;

namespace Actas.Web.Pages;

/// <summary>The first page: every Espacio de Participación with its sessions, and the search box.</summary>
internal static class HomePage
{
    public static string Render(IReadOnlyList<BodyEntry> bodies)
    {
        var html = new StringBuilder();
        html.Append("<form action=\"/buscar\" method=\"get\" class=\"search\"><label>").Append(T("web.home.search"))
            .Append(" <input type=\"search\" name=\"q\"></label> <button>").Append(T("web.search.button")).Append("</button></form>\n");
        if (bodies.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(T("web.home.empty")).Append("</p>\n");
            return Page(T("web.home.title"), html.ToString());
        }

        html.Append("<table class=\"list\"><thead><tr>").Append(Headings("web.acta.body", "web.sessions", "web.first", "web.last"))
            .Append("<th></th></tr></thead><tbody>\n");
        foreach (var body in bodies)
        {
            var href = body.Id is { } id ? $"/espacio/{id}" : "/espacio/ninguno";
            html.Append("<tr><th scope=\"row\"><a href=\"").Append(href).Append("\">").Append(HtmlText.Encode(body.Name ?? T("web.body.none")))
                .Append("</a></th><td class=\"num\">").Append(body.Sessions).Append("</td><td>").Append(HtmlText.Encode(body.FirstDate))
                .Append("</td><td>").Append(HtmlText.Encode(body.LastDate)).Append("</td><td>");
            if (body.Name is not null)
            {
                html.Append("<a href=\"/matriz?espacio=").Append(Uri.EscapeDataString(body.Name)).Append("\">").Append(T("web.home.matrix")).Append("</a>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        return Page(T("web.home.title"), html.ToString());
    }
}
