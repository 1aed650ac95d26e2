namespace Actas.Pipeline.Extraction;

/// <summary>Cuts text before each match of a pattern (not at position 0): run-together labels back into pieces.</summary>
public static class TextCuts
{
    public static IReadOnlyList<string> Before(string text, System.Text.RegularExpressions.Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pattern);
        return At(text, pattern.Matches(text).Select(m => m.Index));
    }

    /// <summary>Cuts text before each index (0 and repeats ignored), trimming the pieces.</summary>
    public static IReadOnlyList<string> At(string text, IEnumerable<int> indexes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(indexes);
        var cuts = indexes.Where(i => i > 0 && i < text.Length).Distinct().Order().ToList();
        if (cuts.Count == 0)
        {
            return [text];
        }

        var pieces = new List<string>();
        var start = 0;
        foreach (var cut in cuts.Append(text.Length))
        {
            var piece = text[start..cut].Trim();
            if (piece.Length > 0)
            {
                pieces.Add(piece);
            }

            start = cut;
        }

        return pieces;
    }
}
