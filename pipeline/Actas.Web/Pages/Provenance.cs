using System.Text.Json;
using Actas.Web.Report;
using static Actas.Web.Pages.PageLayout;

namespace Actas.Web.Pages;

/// <summary>
/// Where an element came from, as a link to its source file: "p. 2 · bloque 41 · fila 3 · col. 1" ("p. 2 · block 41 ·
/// row 3 · col. 1" in English). A PDF opens at its page (<c>#page=N</c>, which browsers' PDF viewers follow).
/// </summary>
internal static class Provenance
{
    public static string Link(long documentId, string format, string? locationJson)
    {
        var text = Describe(locationJson);
        var page = Page(locationJson);
        var href = $"/documento/{documentId}" + (page is not null && format.StartsWith("pdf", StringComparison.Ordinal) ? $"#page={page}" : "");
        return $"<a class=\"where\" href=\"{HtmlText.Encode(href)}\">{HtmlText.Encode(text)}</a>";
    }

    public static string Describe(string? locationJson)
    {
        if (string.IsNullOrWhiteSpace(locationJson))
        {
            return T("web.where.file");
        }

        try
        {
            using var json = JsonDocument.Parse(locationJson);
            var root = json.RootElement;
            var parts = new List<string>();
            void Add(string name, int offset = 0)
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number)
                {
                    parts.Add(F("web.where." + name, value.GetInt32() + offset));
                }
            }

            Add("page");
            Add("block");
            Add("row", 1);
            Add("column", 1);
            Add("line");
            if (root.TryGetProperty("region", out var region) && region.ValueKind == JsonValueKind.String)
            {
                var name = region.GetString()!;
                var key = "web.where." + name.ToLowerInvariant();
                var words = T(key);
                parts.Add(words == key ? name : words);
            }

            return parts.Count == 0 ? T("web.where.file") : string.Join(" · ", parts);
        }
        catch (JsonException)
        {
            return T("web.where.file");
        }
    }

    private static int? Page(string? locationJson)
    {
        if (string.IsNullOrWhiteSpace(locationJson))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(locationJson);
            return json.RootElement.TryGetProperty("page", out var page) && page.ValueKind == JsonValueKind.Number ? page.GetInt32() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
