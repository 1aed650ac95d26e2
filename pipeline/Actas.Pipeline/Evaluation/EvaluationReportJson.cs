using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Actas.Pipeline.Evaluation;

/// <summary>
/// The JSON form of an <see cref="EvaluationReport"/>: per field tp/fp/fn, precision, recall, F1
/// (micro-averaged), overall, by layout and by format, then each document and the failures.
/// </summary>
public static class EvaluationReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var root = new JsonObject
        {
            ["documents"] = report.Documents.Count,
            ["failed"] = report.Failures.Count(),
            ["overall"] = TableNode(report.Overall),
            ["by_layout"] = Group(report.ByLayout),
            ["by_format"] = Group(report.ByFormat),
            ["failures"] = new JsonArray(report.Failures
                .Select(f => (JsonNode)new JsonObject { ["file"] = f.Document.DocumentPath, ["error"] = f.Error }).ToArray()),
            ["per_document"] = new JsonArray(report.Documents.Select(DocumentNode).ToArray()),
        };
        return root.ToJsonString(Options);
    }

    private static JsonObject Group(IReadOnlyDictionary<string, ScoreTable> tables)
    {
        var node = new JsonObject();
        foreach (var (key, table) in tables)
        {
            node[key] = TableNode(table);
        }

        return node;
    }

    private static JsonObject TableNode(ScoreTable table)
    {
        var fields = new JsonObject();
        foreach (var field in EvalFields.All)
        {
            fields[field] = CountsNode(table[field]);
        }

        return new JsonObject { ["documents"] = table.Documents, ["fields"] = fields };
    }

    private static JsonNode DocumentNode(DocumentResult result)
    {
        var fields = new JsonObject();
        foreach (var field in EvalFields.All)
        {
            fields[field] = CountsNode(result.Score[field]);
        }

        return new JsonObject
        {
            ["file"] = result.Document.DocumentPath,
            ["gold"] = result.Document.GoldPath,
            ["format"] = result.Document.Format,
            ["layout"] = result.Layout,
            ["origin"] = result.Origin,
            ["error"] = result.Error,
            ["fields"] = fields,
        };
    }

    private static JsonObject CountsNode(FieldCounts counts) => new()
    {
        ["tp"] = counts.TruePositives,
        ["fp"] = counts.FalsePositives,
        ["fn"] = counts.FalseNegatives,
        ["precision"] = Math.Round(counts.Precision, 4),
        ["recall"] = Math.Round(counts.Recall, 4),
        ["f1"] = Math.Round(counts.F1, 4),
    };
}
