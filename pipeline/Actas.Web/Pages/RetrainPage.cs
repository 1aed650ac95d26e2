using System.Text;
using Actas.Web.Hosting;
using Actas.Web.Report;
using static Actas.Web.Pages.PageLayout;

namespace Actas.Web.Pages;

/// <summary>Retraining from the page: the same gated training as <c>actas train --db</c>, its metrics side by side and the gate's verdict.</summary>
internal static class RetrainPage
{
    public static string Render(int corrections, string? promotedVersion, bool available, RetrainResult? result, string tokenField)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(F("web.retrain.state", corrections, "<strong>" + HtmlText.Encode(promotedVersion ?? T("web.retrain.none")) + "</strong>"))
            .Append("</p>\n<p class=\"note\">").Append(T("web.retrain.note")).Append("</p>\n");
        if (!available)
        {
            html.Append("<p class=\"empty\">").Append(T("web.retrain.unavailable")).Append("</p>\n");
        }
        else
        {
            html.Append("<form method=\"post\" action=\"/reentrenar\">").Append(tokenField).Append("<button>").Append(T("web.nav.retrain")).Append("</button></form>\n");
        }

        if (result is not null)
        {
            html.Append("<section class=\"retrain-result\" data-exit=\"").Append(result.ExitCode).Append("\"><h2>")
                .Append(T(result.ExitCode switch
                {
                    0 => "web.retrain.promoted",
                    2 => "web.retrain.refused",
                    _ => "web.retrain.failed",
                })).Append("</h2>\n");
            if (result.GateLine is { } gate)
            {
                html.Append("<p class=\"gate\"><strong>").Append(HtmlText.Encode(gate)).Append("</strong></p>\n");
            }

            html.Append("<pre>").Append(HtmlText.Encode(result.Output)).Append("</pre></section>\n");
        }

        return Page(T("web.retrain.title"), html.ToString());
    }
}
