using System.Globalization;
using System.Text;

namespace Actas.Pipeline.Evaluation;

/// <summary>
/// Normal forms the scorer compares: accents and case folded, punctuation dropped, whitespace
/// collapsed. Names also lose courtesy titles ("Lic.", "Mtra.") so "Lic. Juan Pérez" = "juan perez".
/// </summary>
public static class TextNormalizer
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "lic", "licda", "licdo", "mtro", "mtra", "dr", "dra", "ing", "arq", "psic", "prof", "profa", "profr", "profra",
        "c", "sr", "sra", "srita", "antrop", "soc", "act", "mto",
        // Professional and rank titles the gold conventions also drop ("MVZ", "Q.F.B.", "Ing. Agr.", "Suboficial"); police
        // ranks as the extraction's PersonNames knows them ("Subinspector Víctor Hugo Salinas Roa", blind-u U5 policial).
        "mvz", "qfb", "cp", "mc", "enf", "biol", "agr", "suboficial", "subinspector", "subinspectora", "inspector", "inspectora", "comandante",
        // The same ranks abbreviated ("Insp. Héctor …", blind-ae AE2; the gold README lists "Insp." among the dropped honorifics).
        "insp", "subinsp", "cmdte", "cmte", "gral", "dip",
        // Courtesy "Don"/"Doña" before a given name and "C.D." (cirujano dentista): the gold drops them as it drops "Lic."
        // (blind-ac pulquerías "Doña Amparo Linares Cruz", blind-s bucal "C.D. …").
        "don", "dona", "cd",
    };

    /// <summary>Lower case, no diacritics, letters/digits/% kept, every other run of characters one space.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch) || ch == '%')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(ch));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>A person's name: <see cref="Text"/> without courtesy titles.</summary>
    public static string Name(string? name)
    {
        var words = Text(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        while (start < words.Length - 1)
        {
            // A title written with its letters dotted ("C.P.", "Q.F.B.") folds to single letters: the run as one word.
            var run = start;
            while (run < words.Length - 1 && words[run].Length == 1 && char.IsLetter(words[run][0]))
            {
                run++;
            }

            if (run - start >= 2 && Titles.Contains(string.Concat(words[start..run])))
            {
                start = run;
            }
            else if (Titles.Contains(words[start]))
            {
                start++;
            }
            else
            {
                break;
            }
        }

        return string.Join(' ', words[start..]);
    }
}
