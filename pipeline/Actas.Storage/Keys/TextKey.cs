using Actas.Pipeline.Extraction;

namespace Actas.Storage.Keys;

/// <summary>
/// Folded keys for matching names written in different ways: accents removed ("Víctimas" → "victimas",
/// "Núñez" → "nunez"), lower case, punctuation turned into spaces, whitespace collapsed.
/// </summary>
public static class TextKey
{
    /// <summary>The extractor's comparison key (<see cref="TextFold.Key"/>), so stored keys and extraction agree.</summary>
    public static string Fold(string text) => TextFold.Key(text);

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
