using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Actas.Pipeline.Tests.Support;

/// <summary>Validates JSON against the extraction contract (a copy of shared/contract/acta.schema.json).</summary>
public static class ContractSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contract", "acta.schema.json"))));

    public static string SchemaPath => Path.Combine(AppContext.BaseDirectory, "Contract", "acta.schema.json");

    public static IReadOnlyList<string> Validate(JsonNode instance)
    {
        using var document = JsonDocument.Parse(instance.ToJsonString());
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid (no details)")
            .ToList();
    }
}
