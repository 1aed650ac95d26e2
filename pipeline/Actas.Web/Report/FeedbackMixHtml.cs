using System.Globalization;
using System.Text;
using Actas.Storage.Report;

namespace Actas.Web.Report;

/// <summary>Writes a body's feedback label mix: one row per institution with a stacked bar (inline SVG) and the counts.</summary>
public static class FeedbackMixHtml
{
    private const int BarWidth = 240;

    private static readonly string[] Palette =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <param name="culture">The language of the headings (<see cref="WebText"/>; null: Spanish).</param>
    public static void Write(StringBuilder html, IReadOnlyList<FeedbackMix> mixes, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(mixes);
        if (mixes.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(WebText.Text("web.feedback.none", culture)).Append("</p>\n");
            return;
        }

        var labels = mixes.SelectMany(m => m.Labels).Select(l => l.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        html.Append("<table class=\"feedback\"><thead><tr><th>").Append(WebText.Text("web.institution", culture)).Append("</th><th>")
            .Append(WebText.Text("web.items", culture)).Append("</th><th>").Append(WebText.Text("web.mix", culture)).Append("</th>");
        for (var i = 0; i < labels.Count; i++)
        {
            html.Append("<th><span class=\"swatch\" style=\"background:").Append(Colour(i)).Append("\"></span> ")
                .Append(HtmlText.Encode(labels[i])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var mix in mixes)
        {
            var counts = mix.Labels.ToDictionary(l => l.Label, l => l.Items, StringComparer.Ordinal);
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(mix.Institution ?? WebText.Text("web.institution.shared", culture)))
                .Append("</th><td class=\"num\">").Append(mix.Total).Append("</td><td>");
            WriteBar(html, labels, counts, mix.Total);
            html.Append("</td>");
            foreach (var label in labels)
            {
                html.Append("<td class=\"num\">").Append(counts.GetValueOrDefault(label)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void WriteBar(StringBuilder html, List<string> labels, Dictionary<string, int> counts, int total)
    {
        html.Append("<svg class=\"mix-bar\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(BarWidth)
            .Append("\" height=\"14\" role=\"img\">");
        var x = 0.0;
        for (var i = 0; i < labels.Count && total > 0; i++)
        {
            var items = counts.GetValueOrDefault(labels[i]);
            if (items == 0)
            {
                continue;
            }

            var width = BarWidth * (double)items / total;
            html.Append("<rect x=\"").Append(x.ToString("0.##", CultureInfo.InvariantCulture))
                .Append("\" y=\"0\" height=\"14\" width=\"").Append(width.ToString("0.##", CultureInfo.InvariantCulture))
                .Append("\" fill=\"").Append(Colour(i)).Append("\"><title>")
                .Append(HtmlText.Encode($"{labels[i]}: {items}")).Append("</title></rect>");
            x += width;
        }

        html.Append("</svg>");
    }

    private static string Colour(int index) => Palette[index % Palette.Length];
}
