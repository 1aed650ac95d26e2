using System.Text.Json;
using Actas.Web.Report;

namespace Actas.Web.Pages;

/// <summary>
/// Where an element came from, as a link to its source file: "p. 2 · bloque 41 · fila 3 · col. 1". A PDF opens at its
/// page (<c>#page=N</c>, which browsers' PDF viewers follow).
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
            return "archivo";
        }

        try
        {
            using var json = JsonDocument.Parse(locationJson);
            var root = json.RootElement;
            var parts = new List<string>();
            void Add(string name, string caption, int offset = 0)
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number)
                {
                    parts.Add($"{caption} {value.GetInt32() + offset}");
                }
            }

            Add("page", "p.");
            Add("block", "bloque");
            Add("row", "fila", 1);
            Add("column", "col.", 1);
            Add("line", "línea");
            if (root.TryGetProperty("region", out var region) && region.ValueKind == JsonValueKind.String)
            {
                parts.Add(region.GetString()!);
            }

            return parts.Count == 0 ? "archivo" : string.Join(" · ", parts);
        }
        catch (JsonException)
        {
            return "archivo";
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
