using System.Collections;
using Actas.Classification;
using Actas.Cli.Usage;

namespace Actas.Cli.Output;

/// <summary>
/// Feedback labels as people read them in tables and Markdown: the Spanish name under a Spanish culture
/// ("diseno_meta" → "diseño de la meta", resources <c>label.*</c> in Strings.es.resx), the code otherwise. TSV, CSV and JSON
/// keep the codes of shared/labels.md, which scripts and <c>labels import</c> rely on.
/// </summary>
public static class LabelNames
{
    /// <summary>The columns that hold labels: a label ("label"), or counts per label ("labels", "feedback_labels").</summary>
    private static readonly HashSet<string> Columns = new(StringComparer.Ordinal) { "label", "labels", "feedback_labels" };

    /// <summary>The name shown for <paramref name="code"/>; an unknown code is shown as given.</summary>
    public static string Shown(string code) =>
        FeedbackLabels.IsKnown(code) ? Localized.TextOrNull("label." + code) ?? code : code;

    /// <summary>Whether the column named <paramref name="column"/> (snake_case) holds labels.</summary>
    public static bool IsLabelColumn(string column) => Columns.Contains(column);

    /// <summary>A label column's cell with its labels named: a code, a map code → count, or "code: count" items.</summary>
    public static object? Name(object? value) => value switch
    {
        string code => Shown(code),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => (object)(k is string code ? Shown(code) : k), k => map[k]),
        IEnumerable<string> items => items.Select(NameCount).ToList(),
        _ => value,
    };

    /// <summary>"solicita_datos: 2" → "solicita datos: 2".</summary>
    private static string NameCount(string item) =>
        item.Split(": ", 2) is [var code, var count] ? $"{Shown(code)}: {count}" : Shown(item);
}
