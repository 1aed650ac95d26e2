using System.Globalization;
using System.Text;
using Actas.Classification;
using Actas.Storage.Browse;
using Actas.Storage.Labels;
using Actas.Web.Report;
using static Actas.Web.Pages.PageLayout;

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
        html.Append("<form method=\"get\" action=\"/revision\" class=\"filters\"><label>").Append(T("web.acta.body")).Append(" <input name=\"espacio\" value=\"")
            .Append(HtmlText.Encode(query.Body)).Append("\"></label> <label>").Append(T("web.strategy"))
            .Append(" <input name=\"estrategia\" inputmode=\"numeric\" size=\"5\" value=\"").Append(query.Strategy).Append("\"></label> <label>")
            .Append(T("web.review.model.label")).Append(" <select name=\"etiqueta\"><option value=\"\">").Append(T("web.review.all")).Append("</option>");
        foreach (var label in FeedbackLabels.All)
        {
            html.Append("<option").Append(label == query.Label ? " selected" : "").Append('>').Append(label).Append("</option>");
        }

        html.Append("</select></label> <button>").Append(T("web.filter")).Append("</button></form>\n");
        var agreement = progress.Reviewed == 0 ? "—" : Number((decimal)(100.0 * progress.AgreeWithModel / progress.Reviewed), "0") + " %";
        html.Append("<p class=\"progress\" id=\"progress\" data-reviewed=\"").Append(progress.Reviewed).Append("\" data-left=\"").Append(progress.Left)
            .Append("\">").Append(F("web.review.progress", $"<strong>{progress.Reviewed}</strong>", $"<strong>{progress.Left}</strong>", $"<strong>{agreement}</strong>"))
            .Append("</p>\n");

        if (last is not null)
        {
            html.Append("<form method=\"post\" action=\"/revision/deshacer\" id=\"undo\" class=\"undo\">").Append(tokenField)
                .Append("<input type=\"hidden\" name=\"correccion\" value=\"").Append(last.Id).Append("\"><input type=\"hidden\" name=\"volver\" value=\"")
                .Append(HtmlText.Encode(query.Href(last: null))).Append("\">").Append(T("web.review.last")).Append(' ').Append(HtmlText.Encode(last.OldLabel ?? T("web.label.none")))
                .Append(" → <strong>").Append(HtmlText.Encode(last.NewLabel)).Append("</strong> <button data-key=\"u\">").Append(T("web.review.undo"))
                .Append(" <kbd>u</kbd></button></form>\n");
        }

        if (item is null)
        {
            html.Append("<p class=\"empty\" id=\"done\">").Append(T("web.review.done")).Append("</p>\n");
            return Page(T("web.review.title"), html.ToString());
        }

        html.Append("<article class=\"review-item\" id=\"item\" data-item=\"").Append(item.ItemId).Append("\">\n<blockquote class=\"item-text\">")
            .Append(HtmlText.Encode(item.Text)).Append("</blockquote>\n<dl class=\"heading\">");
        Field(html, T("web.review.model"), (item.Predicted ?? T("web.label.none")) + (item.Confidence is { } c ? $" ({Number((decimal)c, "0.00")})" : ""));
        Field(html, T("web.acta.body"), item.Body);
        if (context is not null)
        {
            html.Append("<dt>").Append(T("web.acta.session")).Append("</dt><dd><a href=\"/sesion/").Append(context.SessionId).Append("#item-").Append(item.ItemId).Append("\">")
                .Append(HtmlText.Encode(item.SessionDate ?? T("web.date.none"))).Append("</a></dd>");
        }

        html.Append("<dt>").Append(T("web.strategy")).Append("</dt><dd><a href=\"/estrategia/").Append(item.Strategy).Append("\">").Append(item.Strategy).Append("</a> ")
            .Append(HtmlText.Encode(context?.StrategyTitle)).Append("</dd>");
        Field(html, T("web.goal"), item.Goal is null ? null : item.Goal + (context?.GoalText is { } text ? " — " + text : ""));
        Field(html, T("web.executor.short"), item.Institution);
        Field(html, T("web.section"), Section(item.Section));
        Field(html, T("web.report"), context?.Report);
        html.Append("</dl>\n");
        if (context?.PreviousText is not null || context?.NextText is not null)
        {
            html.Append("<div class=\"around\"><p><small>").Append(T("web.review.before")).Append("</small> ").Append(HtmlText.Encode(context.PreviousText ?? "—"))
                .Append("</p><p><small>").Append(T("web.review.after")).Append("</small> ").Append(HtmlText.Encode(context.NextText ?? "—")).Append("</p></div>\n");
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
            .Append("\">").Append(T("web.review.skip")).Append(" <kbd>s</kbd></a></p>\n</article>\n");
        return Page(T("web.review.title"), html.ToString());
    }

    private static void Field(StringBuilder html, string name, string? value)
    {
        if (value is not null)
        {
            html.Append("<dt>").Append(HtmlText.Encode(name)).Append("</dt><dd>").Append(HtmlText.Encode(value)).Append("</dd>");
        }
    }
}
