using System.Text.Json;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Evaluation;

/// <summary>
/// A gold file, <c>&lt;stem&gt;.gold.json</c>: the contract for what the document says, plus the
/// corpus block <c>{"layout", "origin", "notes"}</c>. Layout and origin are "unknown" when absent.
/// </summary>
public sealed record GoldFile(string Path, Acta Acta, string Layout, string Origin, string? Notes)
{
    public const string Suffix = ".gold.json";

    /// <summary>The document stem: file name without <see cref="Suffix"/>.</summary>
    public string Stem => System.IO.Path.GetFileName(Path)[..^Suffix.Length];

    public static GoldFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var json = File.ReadAllText(path);
        var acta = ActaJson.Deserialize(json);
        using var document = JsonDocument.Parse(json);
        string? layout = null, origin = null, notes = null;
        if (document.RootElement.TryGetProperty("corpus", out var corpus) && corpus.ValueKind == JsonValueKind.Object)
        {
            layout = StringOf(corpus, "layout");
            origin = StringOf(corpus, "origin");
            notes = StringOf(corpus, "notes");
        }

        return new GoldFile(path, acta, layout ?? "unknown", origin ?? "unknown", notes);
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
