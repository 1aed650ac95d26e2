using System.Text;
using Actas.Web.Hosting;
using Actas.Web.Report;

namespace Actas.Web.Pages;

/// <summary>Retraining from the page: the same gated training as <c>actas train --db</c>, its metrics side by side and the gate's verdict.</summary>
internal static class RetrainPage
{
    public static string Render(int corrections, string? promotedVersion, bool available, RetrainResult? result, string tokenField)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(corrections).Append(" correcciones guardadas; modelo promovido: <strong>")
            .Append(HtmlText.Encode(promotedVersion ?? "(ninguno registrado)")).Append("</strong>.</p>\n")
            .Append("<p class=\"note\">Se entrena con los datos base más las correcciones, se compara con el modelo actual en el mismo conjunto de prueba ")
            .Append("y solo se promueve si la puerta de evaluación lo permite; entonces se reetiquetan los elementos guardados (las correcciones se conservan).</p>\n");
        if (!available)
        {
            html.Append("<p class=\"empty\">El reentrenamiento no está disponible en este servidor.</p>\n");
        }
        else
        {
            html.Append("<form method=\"post\" action=\"/reentrenar\">").Append(tokenField).Append("<button>Reentrenar</button></form>\n");
        }

        if (result is not null)
        {
            html.Append("<section class=\"retrain-result\" data-exit=\"").Append(result.ExitCode).Append("\"><h2>")
                .Append(result.ExitCode switch
                {
                    0 => "Modelo nuevo promovido",
                    2 => "La puerta de evaluación rechazó el candidato: se conserva el modelo actual",
                    _ => "El reentrenamiento falló",
                }).Append("</h2>\n");
            if (result.GateLine is { } gate)
            {
                html.Append("<p class=\"gate\"><strong>").Append(HtmlText.Encode(gate)).Append("</strong></p>\n");
            }

            html.Append("<pre>").Append(HtmlText.Encode(result.Output)).Append("</pre></section>\n");
        }

        return PageLayout.Page("Reentrenar el clasificador", html.ToString());
    }
}
