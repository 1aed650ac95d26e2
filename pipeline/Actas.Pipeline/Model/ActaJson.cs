using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Actas.Pipeline.Model;

/// <summary>The one JSON shape of <see cref="Acta"/>: snake_case names and enum values, nulls written.</summary>
public static class ActaJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(Acta acta) => JsonSerializer.Serialize(acta, Options);

    public static Acta Deserialize(string json) =>
        JsonSerializer.Deserialize<Acta>(json, Options) ?? throw new JsonException("JSON is null, expected an acta object");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            // Keep "Víctimas" readable; the output is JSON, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
