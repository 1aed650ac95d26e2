using System.Text.Json;
using System.Text.Json.Serialization;
using Actas.Pipeline.Model;

namespace Actas.Storage;

/// <summary>A <see cref="SourceLocation"/> as the compact JSON kept in <c>location</c> columns: {"page":2,"block":41,"row":3}.</summary>
internal static class LocationJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static string? Write(SourceLocation? location) =>
        location is null ? null : JsonSerializer.Serialize(location, Options);

    public static string WriteList(IReadOnlyList<string> items) => JsonSerializer.Serialize(items, Options);
}
