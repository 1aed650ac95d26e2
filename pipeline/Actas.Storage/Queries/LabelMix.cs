using System.Text.Json;

namespace Actas.Storage.Queries;

/// <summary>Reads the <c>labels_json</c> the feedback queries build, an array of [label, items] pairs, into a sorted map.</summary>
public static class LabelMix
{
    /// <summary>The key unlabelled items (a null label) are counted under.</summary>
    public const string Unlabelled = "(unlabelled)";

    public static IReadOnlyDictionary<string, int> None { get; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Pairs with the same label (one per body in the yearly counts) are added up.</summary>
    internal static IReadOnlyDictionary<string, int> Parse(string json)
    {
        var labels = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        foreach (var pair in document.RootElement.EnumerateArray())
        {
            var label = pair[0].ValueKind == JsonValueKind.Null ? Unlabelled : pair[0].GetString() ?? Unlabelled;
            labels[label] = labels.GetValueOrDefault(label) + pair[1].GetInt32();
        }

        return labels;
    }
}
