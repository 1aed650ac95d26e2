using System.Globalization;
using System.Text;
using Actas.Classification;
using Actas.Storage.Browse;
using Actas.Storage.Labels;
using Actas.Web.Report;

namespace Actas.Web.Pages;

/// <summary>
/// The review queue: one feedback item at a time, least confident first, in its context (strategy, goal, institution,
/// session, the goal's INFORME and the items around it), one key per label (1–0), undo (u) and skip (s); progress
/// and agreement with the model above it. The forms work without script; /app.js only maps the keys to them.
/// </summary>
internal static class ReviewPage
{
    public static string Render(ReviewQuery query, LabelReviewRow? item, FeedbackContext? context, StoredCorrection? last,
        (int Reviewed, int Left, int AgreeWithModel) progress, string tokenField)
    {
        var html = new StringBuilder();
        html.Append("<form method=\"get\" action=\"/revision\" class=\"filters\"><label>Espacio <input name=\"espacio\" value=\"")
            .Append(HtmlText.Encode(query.Body)).Append("\"></label> <label>Estrategia <input name=\"estrategia\" inputmode=\"numeric\" size=\"5\" value=\"")
            .Append(query.Strategy).Append("\"></label> <label>Etiqueta del modelo <select name=\"etiqueta\"><option value=\"\">todas</option>");
        foreach (var label in FeedbackLabels.All)
        {
            html.Append("<option").Append(label == query.Label ? " selected" : "").Append('>').Append(label).Append("</option>");
        }

        html.Append("</select></label> <button>Filtrar</button></form>\n");
        var agreement = progress.Reviewed == 0 ? "—" : (100.0 * progress.AgreeWithModel / progress.Reviewed).ToString("0", CultureInfo.InvariantCulture) + " %";
        html.Append("<p class=\"progress\" id=\"progress\" data-reviewed=\"").Append(progress.Reviewed).Append("\" data-left=\"").Append(progress.Left)
            .Append("\"><strong>").Append(progress.Reviewed).Append("</strong> revisados, <strong>").Append(progress.Left)
            .Append("</strong> pendientes; acuerdo con el modelo: <strong>").Append(agreement).Append("</strong></p>\n");

        if (last is not null)
        {
            html.Append("<form method=\"post\" action=\"/revision/deshacer\" id=\"undo\" class=\"undo\">").Append(tokenField)
                .Append("<input type=\"hidden\" name=\"correccion\" value=\"").Append(last.Id).Append("\"><input type=\"hidden\" name=\"volver\" value=\"")
                .Append(HtmlText.Encode(query.Href(last: null))).Append("\">Última decisión: ").Append(HtmlText.Encode(last.OldLabel ?? "(sin etiqueta)"))
                .Append(" → <strong>").Append(HtmlText.Encode(last.NewLabel)).Append("</strong> <button data-key=\"u\">Deshacer <kbd>u</kbd></button></form>\n");
        }

        if (item is null)
        {
            html.Append("<p class=\"empty\" id=\"done\">No quedan elementos por revisar con este filtro.</p>\n");
            return PageLayout.Page("Revisión de etiquetas", html.ToString());
        }

        html.Append("<article class=\"review-item\" id=\"item\" data-item=\"").Append(item.ItemId).Append("\">\n<blockquote class=\"item-text\">")
            .Append(HtmlText.Encode(item.Text)).Append("</blockquote>\n<dl class=\"heading\">");
        Field(html, "Modelo", $"{item.Predicted ?? "(sin etiqueta)"}" + (item.Confidence is { } c ? $" ({c.ToString("0.00", CultureInfo.InvariantCulture)})" : ""));
        Field(html, "Espacio", item.Body);
        if (context is not null)
        {
            html.Append("<dt>Sesión</dt><dd><a href=\"/sesion/").Append(context.SessionId).Append("#item-").Append(item.ItemId).Append("\">")
                .Append(HtmlText.Encode(item.SessionDate ?? "(sin fecha)")).Append("</a></dd>");
        }

        html.Append("<dt>Estrategia</dt><dd><a href=\"/estrategia/").Append(item.Strategy).Append("\">").Append(item.Strategy).Append("</a> ")
            .Append(HtmlText.Encode(context?.StrategyTitle)).Append("</dd>");
        Field(html, "Meta", item.Goal is null ? null : item.Goal + (context?.GoalText is { } text ? " — " + text : ""));
        Field(html, "Instancia", item.Institution);
        Field(html, "Sección", item.Section == "observacion" ? "observación" : "retroalimentación");
        Field(html, "Informe", context?.Report);
        html.Append("</dl>\n");
        if (context?.PreviousText is not null || context?.NextText is not null)
        {
            html.Append("<div class=\"around\"><p><small>Antes:</small> ").Append(HtmlText.Encode(context.PreviousText ?? "—"))
                .Append("</p><p><small>Después:</small> ").Append(HtmlText.Encode(context.NextText ?? "—")).Append("</p></div>\n");
        }

        html.Append("<form method=\"post\" action=\"/revision/decidir\" class=\"labels\">").Append(tokenField)
            .Append("<input type=\"hidden\" name=\"elemento\" value=\"").Append(item.ItemId).Append("\"><input type=\"hidden\" name=\"volver\" value=\"")
            .Append(HtmlText.Encode(query.Href(last: null))).Append("\">\n");
        for (var i = 0; i < FeedbackLabels.All.Count; i++)
        {
            var label = FeedbackLabels.All[i];
            var key = ((i + 1) % 10).ToString(CultureInfo.InvariantCulture);
            html.Append("<button name=\"etiqueta\" value=\"").Append(label).Append("\" data-key=\"").Append(key).Append('"')
                .Append(label == item.Predicted ? " class=\"predicted\"" : "").Append("><kbd>").Append(key).Append("</kbd> ").Append(label).Append("</button>\n");
        }

        html.Append("</form>\n<p><a id=\"skip\" data-key=\"s\" href=\"").Append(HtmlText.Encode(query.Href(query.Skip + 1, query.Last)))
            .Append("\">Saltar <kbd>s</kbd></a></p>\n</article>\n");
        return PageLayout.Page("Revisión de etiquetas", html.ToString());
    }

    private static void Field(StringBuilder html, string name, string? value)
    {
        if (value is not null)
        {
            html.Append("<dt>").Append(name).Append("</dt><dd>").Append(HtmlText.Encode(value)).Append("</dd>");
        }
    }
}
