using System.Text.Json;
using System.Text.Json.Nodes;
using Actas.Pipeline.Model;
using Actas.Pipeline.Tests.Support;
using Json.Schema;

namespace Actas.Pipeline.Tests.Contract;

/// <summary>
/// The schema `actas schema` prints is generated from the model types: every extraction of the corpus (other hands'
/// batches included) validates against it and against the published contract, and the two schemas agree on what an
/// acta must hold.
/// </summary>
public sealed class GeneratedSchemaTests
{
    private static readonly Lazy<JsonSchema> Generated = new(() => JsonSchema.FromText(ActaJsonSchema.GenerateText()));

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Corpus, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal) ||
                                 f.EndsWith(".txt", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}src{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Corpus, file));
        }

        return data;
    }

    private static readonly Lazy<ActaPipeline> Pipeline = new(() => ActaPipeline.CreateDefault());

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_corpus_extraction_validates_against_the_generated_schema_and_the_contract(string document)
    {
        Acta acta;
        try
        {
            acta = Pipeline.Value.Process(Path.Combine(RepositoryPaths.Corpus, document));
        }
        catch (Diagnostics.ActaReadException)
        {
            return; // refused (a blind batch may hold a layout not read yet): no output to validate; the scores count it
        }

        var json = JsonNode.Parse(ActaJson.Serialize(acta))!;

        Assert.Empty(Errors(Generated.Value, json));
        Assert.Empty(ContractSchema.Validate(json));
    }

    [Fact]
    public void The_generated_schema_rejects_what_the_model_cannot_print()
    {
        var acta = JsonNode.Parse(ActaJson.Serialize(Pipeline.Value.Process(Path.Combine(RepositoryPaths.Corpus, RepositoryPaths.SeedStem + ".txt"))))!;
        var withoutSession = acta.DeepClone().AsObject();
        withoutSession.Remove("session");
        var badStatus = acta.DeepClone();
        badStatus["strategies"]![0]!["report_status"] = "reportado";
        var nullName = acta.DeepClone();
        nullName["attendance"]![0]!["name"] = null;

        Assert.NotEmpty(Errors(Generated.Value, withoutSession));
        Assert.NotEmpty(Errors(Generated.Value, badStatus));
        Assert.NotEmpty(Errors(Generated.Value, nullName));
    }

    [Fact]
    public void The_generated_schema_requires_every_key_the_contract_requires_with_the_same_enums()
    {
        var contract = JsonNode.Parse(File.ReadAllText(ContractSchema.SchemaPath))!;
        var generated = ActaJsonSchema.Generate();

        var missing = new List<string>();
        Compare(contract, generated, "$", missing);

        Assert.Empty(missing);
    }

    /// <summary>Walks the contract's object and array schemas beside the generated ones: required keys and enum values.</summary>
    private static void Compare(JsonNode? contract, JsonNode? generated, string path, List<string> missing)
    {
        if (contract is not JsonObject c || generated is not JsonObject g)
        {
            return;
        }

        if (c["required"] is JsonArray required)
        {
            var generatedRequired = (g["required"] as JsonArray)?.Select(n => n!.GetValue<string>()).ToHashSet() ?? [];
            missing.AddRange(required.Select(n => n!.GetValue<string>()).Where(k => !generatedRequired.Contains(k)).Select(k => $"{path}.{k} not required"));
        }

        if (c["enum"] is JsonArray values && g["enum"] is JsonArray generatedValues)
        {
            var have = generatedValues.Where(v => v is not null).Select(v => v!.ToJsonString()).ToHashSet();
            missing.AddRange(values.Where(v => v is not null && !have.Contains(v.ToJsonString())).Select(v => $"{path}: enum value {v!.ToJsonString()} missing"));
        }

        if (c["properties"] is JsonObject properties)
        {
            foreach (var (key, value) in properties)
            {
                if (g["properties"]?[key] is not { } generatedProperty)
                {
                    missing.Add($"{path}.{key} absent");
                    continue;
                }

                Compare(value, generatedProperty, $"{path}.{key}", missing);
            }
        }

        Compare(c["items"], g["items"], path + "[]", missing);
    }

    private static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode instance)
    {
        using var document = JsonDocument.Parse(instance.ToJsonString());
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
    }
}
