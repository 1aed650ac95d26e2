using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A label written in two languages side by side: set apart by a middle dot ("Akin · Quién", "Occeppa timonechicozqueh ·
/// Próxima reunión"; blind batch S, S5: a Náhuatl/Spanish web page) or by a spaced slash, the translated form's way ("Date /
/// Fecha", "Attendees / Asistentes", "Feedback from the Executive Secretariat / Retroalimentación de la Secretaría Ejecutiva";
/// blind batch X, X2: an observers' English/Spanish template). Either side may be the one the vocabulary knows; the other is
/// read as no word at all.
/// </summary>
public static partial class BilingualLabel
{
    /// <summary>The two sides of "A · B" or "A / B", each trimmed and of 2–60 characters, or none when the text is no such label.</summary>
    public static IReadOnlyList<string> Sides(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts;
        if (text.Contains('·'))
        {
            parts = text.Split('·');
        }
        else if (SlashParts(text) is { Count: > 0 } slashed)
        {
            parts = [.. slashed];
        }
        else
        {
            return [];
        }

        if (parts.Length != 2)
        {
            return [];
        }

        var sides = parts.Select(p => p.Trim()).ToList();
        return sides.All(s => s.Length is >= 2 and <= 60 && s.Any(char.IsLetter)) ? sides : [];
    }

    /// <summary>
    /// The parts of a text parted by spaced slashes ("Goal / Meta", "Academia / organismo autónomo / instancia federal"),
    /// untrimmed; none without one. The slash only with a space either side: "23/08/2022", "y/o", "Institución/Organización"
    /// are no parts.
    /// </summary>
    public static IReadOnlyList<string> SlashParts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains(" / ", StringComparison.Ordinal) ? SpacedSlash().Split(text) : [];
    }

    [GeneratedRegex(@"\s+/\s+")]
    private static partial Regex SpacedSlash();
}
