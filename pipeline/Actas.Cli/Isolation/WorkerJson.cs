using System.Text.Json;
using Actas.Pipeline.Model;

namespace Actas.Cli.Isolation;

/// <summary>The JSON-lines protocol between the import and its workers: the contract's names, one object a line.</summary>
internal static class WorkerJson
{
    private static readonly JsonSerializerOptions Options = new(ActaJson.Options) { WriteIndented = false };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string line) =>
        JsonSerializer.Deserialize<T>(line, Options) ?? throw new JsonException($"expected a {typeof(T).Name}, found null");
}
