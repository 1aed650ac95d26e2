using System.Globalization;
using System.Text;

namespace Actas.Storage.Keys;

/// <summary>
/// Folded keys for matching names written in different ways: accents removed ("Víctimas" → "victimas",
/// "Núñez" → "nunez"), lower case, punctuation turned into spaces, whitespace collapsed.
/// </summary>
public static class TextKey
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The key of an Espacio de Participación. Actas name the same body with or without the lead-in
    /// ("…del Espacio de Participación de los Derechos de las Personas Víctimas de Trata…"), so it is dropped.
    /// </summary>
    public static string Body(string name)
    {
        var key = Fold(name);
        foreach (var prefix in BodyPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            {
                key = key[prefix.Length..];
            }
        }

        return key;
    }

    private static readonly string[] BodyPrefixes =
    [
        "espacio de participacion ",
        "de los ", "de las ", "del ", "de ",
    ];
}
