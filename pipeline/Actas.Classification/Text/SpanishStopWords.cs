using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Actas.Classification.Text;

/// <summary>
/// Lucene's Spanish stop list (Snowball, 308 words) minus the words our labels hinge on.
/// ML.NET's own Spanish list drops "no": "no coincide con la meta" would read as
/// "coincide con la meta" (see shared/stack-notes.md).
/// </summary>
public static class SpanishStopWords
{
    /// <summary>Negation, degree, contrast and "por sí solo" words that stay in the text.</summary>
    public static IReadOnlyList<string> Kept { get; } =
    [
        "no", "sin", "ni", "muy", "más", "nada", "nunca", "tampoco", "ningún", "ninguno", "ninguna",
        "sí", "solo", "sólo", "sola", "pero", "otra", "otro", "otras", "otros", "contra", "cuántos", "cuántas", "cuánto",
    ];

    public static CharArraySet Create()
    {
        var kept = new HashSet<string>(Kept, StringComparer.Ordinal);
        var words = SpanishAnalyzer.DefaultStopSet
            .Select(w => w.ToString()!)
            .Where(w => !kept.Contains(w))
            .ToList();
        return new CharArraySet(LuceneVersion.LUCENE_48, words, ignoreCase: false).AsReadOnly();
    }
}
