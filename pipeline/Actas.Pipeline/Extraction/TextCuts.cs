namespace Actas.Pipeline.Extraction;

/// <summary>Cuts run-together text back into pieces at given positions (label matches found by the caller).</summary>
public static class TextCuts
{
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
