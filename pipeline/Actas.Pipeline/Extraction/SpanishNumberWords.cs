namespace Actas.Pipeline.Extraction;

/// <summary>
/// Cardinal numbers written in Spanish words, 0 to 999,999,999: "ochenta y un" → 81,
/// "veintisiete" → 27, "dos mil dieciocho" → 2018, "mil doscientos cuarenta y ocho" → 1248.
/// Works on folded words (no accents, lower case).
/// </summary>
public static class SpanishNumberWords
{
    private static readonly Dictionary<string, int> Units = new()
    {
        ["cero"] = 0, ["un"] = 1, ["uno"] = 1, ["una"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5,
        ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10, ["once"] = 11, ["doce"] = 12,
        ["trece"] = 13, ["catorce"] = 14, ["quince"] = 15, ["dieciseis"] = 16, ["diecisiete"] = 17,
        ["dieciocho"] = 18, ["diecinueve"] = 19, ["veinte"] = 20, ["veintiun"] = 21, ["veintiuno"] = 21,
        ["veintiuna"] = 21, ["veintidos"] = 22, ["veintitres"] = 23, ["veinticuatro"] = 24, ["veinticinco"] = 25,
        ["veintiseis"] = 26, ["veintisiete"] = 27, ["veintiocho"] = 28, ["veintinueve"] = 29,
        ["treinta"] = 30, ["cuarenta"] = 40, ["cincuenta"] = 50, ["sesenta"] = 60, ["setenta"] = 70,
        ["ochenta"] = 80, ["noventa"] = 90,
        ["cien"] = 100, ["ciento"] = 100, ["doscientos"] = 200, ["doscientas"] = 200, ["trescientos"] = 300,
        ["trescientas"] = 300, ["cuatrocientos"] = 400, ["cuatrocientas"] = 400, ["quinientos"] = 500,
        ["quinientas"] = 500, ["seiscientos"] = 600, ["seiscientas"] = 600, ["setecientos"] = 700,
        ["setecientas"] = 700, ["ochocientos"] = 800, ["ochocientas"] = 800, ["novecientos"] = 900,
        ["novecientas"] = 900,
    };

    /// <summary>True when the folded word can be part of a number ("y" only between parts).</summary>
    public static bool IsNumberWord(string foldedWord) => Units.ContainsKey(foldedWord) || foldedWord == "mil";

    /// <summary>
    /// Reads the longest number at <paramref name="start"/> of <paramref name="foldedWords"/>.
    /// Returns the value and how many words it used, or null when no number starts there.
    /// </summary>
    public static (int Value, int Length)? Read(IReadOnlyList<string> foldedWords, int start)
    {
        ArgumentNullException.ThrowIfNull(foldedWords);
        var total = 0;
        var current = 0;
        var used = 0;
        var i = start;
        var lastWasNumber = false;
        while (i < foldedWords.Count)
        {
            var word = foldedWords[i];
            if (Units.TryGetValue(word, out var value))
            {
                current += value;
                lastWasNumber = true;
                i++;
                used = i - start;
            }
            else if (word is "millon" or "millones" && lastWasNumber && total == 0)
            {
                // "un millón trescientos mil pesos" (blind batch R, R2): the millions, then the thousands after them.
                total += current * 1_000_000;
                current = 0;
                i++;
                used = i - start;
            }
            else if (word == "mil")
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
                lastWasNumber = true;
                i++;
                used = i - start;
            }
            else if (word == "y" && lastWasNumber && i + 1 < foldedWords.Count && Units.ContainsKey(foldedWords[i + 1]) && current % 10 == 0 && current >= 30)
            {
                lastWasNumber = false;
                i++;
            }
            else
            {
                break;
            }
        }

        return used == 0 ? null : (total + current, used);
    }

    /// <summary>Parses a whole phrase ("dos mil dieciocho"); null when it is not entirely a number.</summary>
    public static int? Parse(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = TextFold.Key(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var read = Read(words, 0);
        return read is { } r && r.Length == words.Length ? r.Value : null;
    }
}
