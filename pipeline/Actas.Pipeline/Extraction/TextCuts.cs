namespace Actas.Pipeline.Extraction;

/// <summary>Cuts text before each match of a pattern (not at position 0): run-together labels back into pieces.</summary>
public static class TextCuts
{
    public static IReadOnlyList<string> Before(string text, System.Text.RegularExpressions.Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pattern);
        var cuts = pattern.Matches(text).Select(m => m.Index).Where(i => i > 0).ToList();
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
