using System.Buffers;
using System.Globalization;
using System.Text;

namespace Actas.Pipeline.Extraction;

/// <summary>Accent- and case-insensitive comparison keys for Spanish text ("Víctimas" → "victimas"; ñ → n).</summary>
public static class TextFold
{
    /// <summary>Below U+0300 no character is a combining mark, so a text of them folds character by character.</summary>
    private const char FirstCombining = '\u0300';

    /// <summary><see cref="Decomposed"/> of each character below U+0300, computed once.</summary>
    private static readonly string[] ByChar = BuildTable();

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange(FirstCombining, char.MaxValue))
        {
            // Two ICU normalisations per call were a fifth of extraction time; actas are Latin text.
            if (!text.AsSpan().ContainsAny(Widening))
            {
                // Each character folds to one: written straight into the string, no builder.
                return string.Create(text.Length, text, static (span, t) =>
                {
                    for (var i = 0; i < t.Length; i++)
                    {
                        span[i] = OneChar[t[i]];
                    }
                });
            }

            var builder = new StringBuilder(text.Length);
            foreach (var ch in text)
            {
                builder.Append(ByChar[ch]);
            }

            return builder.ToString();
        }

        return Decomposed(text);
    }

    /// <summary>Canonical decomposition, marks dropped, lower case, recomposed: the definition of the fold.</summary>
    private static string Decomposed(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The characters below U+0300 whose fold is not one character (none in Spanish text: "ŉ" → "ʼn").</summary>
    private static readonly SearchValues<char> Widening = SearchValues.Create(
        Enumerable.Range(0, FirstCombining).Select(i => (char)i).Where(ch => ByChar[ch].Length != 1).ToArray());

    /// <summary>The fold of each character below U+0300 whose fold is one character (the others never read).</summary>
    private static readonly char[] OneChar = ByChar.Select(f => f.Length == 1 ? f[0] : '\0').ToArray();

    private static string[] BuildTable()
    {
        var table = new string[FirstCombining];
        for (var ch = '\0'; ch < FirstCombining; ch++)
        {
            table[ch] = Decomposed(ch.ToString());
        }

        return table;
    }

    /// <summary>Folded, with punctuation turned to spaces and whitespace collapsed: a key for names.</summary>
    public static string Key(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var ch in folded)
        {
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(ch);
                space = false;
            }
            else if (!space && builder.Length > 0)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }
}
