using System.Text.Json;

namespace Actas.Storage.Queries;

/// <summary>Reads the <c>labels_json</c> object the feedback queries build (label → items) into a sorted dictionary.</summary>
public static class LabelMix
{
    /// <summary>The key unlabelled items are counted under (the SQL writes it for a NULL label).</summary>
    public const string Unlabelled = "(unlabelled)";

    public static IReadOnlyDictionary<string, int> None { get; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    internal static IReadOnlyDictionary<string, int> Parse(string json) =>
        new SortedDictionary<string, int>(
            JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [], StringComparer.Ordinal);
}
