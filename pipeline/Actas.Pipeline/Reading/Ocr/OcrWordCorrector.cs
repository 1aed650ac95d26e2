using System.Text.RegularExpressions;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Puts right what Tesseract's Spanish model reliably misreads in actas: an acronym one letter
/// off a known one ("TSICDMX", "PGJICDMX" for TSJCDMX, PGJCDMX: the dictionary pulls capitals
/// towards words), when exactly one known acronym is that close; and the superscript ordinal
/// "ª" of "26ª REUNIÓN", read as an asterisk ("26*"); and the stop of an outline number read as a comma ("META 333,1.-"
/// for 333.1.-: a number with a decimal comma never ends in ".-", the mark of a list label).
/// </summary>
public sealed partial class OcrWordCorrector(IReadOnlyCollection<string> acronyms)
{
    private const int MinLength = 5;
    private readonly HashSet<string> _known = new(acronyms, StringComparer.Ordinal);
    private readonly List<string> _long = [.. acronyms.Where(a => a.Length >= MinLength)];

    public string Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (OrdinalAsterisk().Match(word) is { Success: true } ordinal)
        {
            return ordinal.Groups[1].Value + "ª" + ordinal.Groups[2].Value;
        }

        if (word.EndsWith(".-", StringComparison.Ordinal) && CommaOutlineNumber().IsMatch(word))
        {
            return word.Replace(',', '.');
        }

        var core = word.Trim('.', ',', ';', ':', '(', ')', '"', '“', '”');
        if (core.Length < MinLength || _known.Contains(core) || core.Any(char.IsLower) || !core.Any(char.IsLetter))
        {
            return word;
        }

        var matches = _long.Where(known => Math.Abs(known.Length - core.Length) <= 1 && WithinOneEdit(core, known)).ToList();
        // "PGJCDMX" and "PGJ-CDMX" are one acronym written two ways; two different ones as close: no guess.
        if (matches.Count == 0 || matches.Select(Letters).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            return word;
        }

        var match = matches.OrderBy(m => m.Length - Letters(m).Length).First();
        return word.Replace(core, match, StringComparison.Ordinal);
    }

    private static string Letters(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length == b.Length)
        {
            return a.Zip(b).Count(p => p.First != p.Second) <= 1;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        for (var i = 0; i < longer.Length; i++)
        {
            if (string.Equals(shorter, longer.Remove(i, 1), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(\d{1,3})\*([.:,]?)$")]
    private static partial Regex OrdinalAsterisk();

    [GeneratedRegex(@"^\d{1,3},\d{1,2}\.-$")]
    private static partial Regex CommaOutlineNumber();
}
