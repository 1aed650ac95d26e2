using System.Text;
using Actas.Storage.Browse;
using Actas.Web.Report;
using static Actas.Web.Pages.PageLayout;

namespace Actas.Web.Pages;

/// <summary>One Espacio's sessions, latest first, each linking to its acta.</summary>
internal static class SessionsPage
{
    public static string Render(string? bodyName, IReadOnlyList<SessionEntry> sessions)
    {
        var html = new StringBuilder();
        if (bodyName is not null)
        {
            html.Append("<p><a href=\"/matriz?espacio=").Append(Uri.EscapeDataString(bodyName)).Append("\">").Append(T("web.matrix.title")).Append("</a> · ")
                .Append("<a href=\"/revision?espacio=").Append(Uri.EscapeDataString(bodyName)).Append("\">").Append(T("web.sessions.review")).Append("</a></p>\n");
        }

        html.Append("<table class=\"list\"><thead><tr>")
            .Append(Headings("web.date", "web.number", "web.acta.kind", "web.acta.strategies", "web.attendees", "web.feedback", "web.acta.file"))
            .Append("</tr></thead><tbody>\n");
        foreach (var s in sessions)
        {
            html.Append("<tr><th scope=\"row\"><a href=\"/sesion/").Append(s.Id).Append("\">").Append(HtmlText.Encode(s.Date ?? T("web.date.none")))
                .Append("</a></th><td class=\"num\">").Append(s.Number).Append("</td><td>").Append(HtmlText.Encode(s.Kind))
                .Append("</td><td class=\"num\">").Append(s.Strategies).Append("</td><td class=\"num\">").Append(s.Attendees)
                .Append("</td><td class=\"num\">").Append(s.FeedbackItems).Append("</td><td>").Append(HtmlText.Encode(s.FileName)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        return Page(bodyName ?? T("web.sessions.unnamed"), html.ToString());
    }
}
