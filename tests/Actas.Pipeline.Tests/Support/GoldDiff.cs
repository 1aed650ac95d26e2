using System.Text.Json.Nodes;

namespace Actas.Pipeline.Tests.Support;

/// <summary>
/// Field-by-field comparison of extracted JSON with gold JSON: every field the gold fills
/// (non-null) must be equal; lists must have the same length. Provenance (location), the
/// source block, classifier output (label, confidence) and warnings are not compared.
/// </summary>
public static class GoldDiff
{
    private static readonly HashSet<string> Ignored = ["location", "source", "label", "confidence", "warnings", "corpus"];

    public static List<string> Compare(JsonNode? gold, JsonNode? actual, string path = "$")
    {
        var differences = new List<string>();
        Walk(gold, actual, path, differences);
        return differences;
    }

    private static void Walk(JsonNode? gold, JsonNode? actual, string path, List<string> differences)
    {
        switch (gold)
        {
            case null:
                return;
            case JsonObject goldObject:
                if (actual is not JsonObject actualObject)
                {
                    differences.Add($"{path}: expected an object, got {Show(actual)}");
                    return;
                }

                foreach (var (key, value) in goldObject)
                {
                    if (!Ignored.Contains(key))
                    {
                        Walk(value, actualObject[key], $"{path}.{key}", differences);
                    }
                }

                return;
            case JsonArray goldArray:
                if (actual is not JsonArray actualArray)
                {
                    differences.Add($"{path}: expected an array, got {Show(actual)}");
                    return;
                }

                if (goldArray.Count != actualArray.Count)
                {
                    differences.Add($"{path}: expected {goldArray.Count} items, got {actualArray.Count}");
                }

                for (var i = 0; i < Math.Min(goldArray.Count, actualArray.Count); i++)
                {
                    Walk(goldArray[i], actualArray[i], $"{path}[{i}]", differences);
                }

                return;
            default:
                if (!JsonNode.DeepEquals(gold, actual) && !(gold is JsonValue g && actual is JsonValue a && NumbersEqual(g, a)))
                {
                    differences.Add($"{path}: expected {Show(gold)}, got {Show(actual)}");
                }

                return;
        }
    }

    private static bool NumbersEqual(JsonValue gold, JsonValue actual) =>
        gold.TryGetValue<decimal>(out var x) && actual.TryGetValue<decimal>(out var y) && x == y;

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
