namespace Actas.Pipeline.Extraction;

/// <summary>
/// A label written in two languages side by side and set apart by a middle dot: "Akin · Quién", "Occeppa timonechicozqueh ·
/// Próxima reunión" (blind batch S, S5: a Náhuatl/Spanish web page). Either side may be the one the vocabulary knows; the
/// other is read as no word at all.
/// </summary>
public static class BilingualLabel
{
    /// <summary>The two sides of "A · B", each trimmed and of 2–60 characters, or none when the text is no such label.</summary>
    public static IReadOnlyList<string> Sides(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('·');
        if (parts.Length != 2)
        {
            return [];
        }

        var sides = parts.Select(p => p.Trim()).ToList();
        return sides.All(s => s.Length is >= 2 and <= 60 && s.Any(char.IsLetter)) ? sides : [];
    }
}
