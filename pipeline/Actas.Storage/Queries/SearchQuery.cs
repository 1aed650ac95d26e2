using System.Text;

namespace Actas.Storage.Queries;

/// <summary>
/// Turns what a user types into an FTS5 query: every word must appear, in any order; FTS5 operators and
/// punctuation are taken literally ("no-reportó" is the words "no" and "reportó", not a NOT).
/// </summary>
public static class SearchQuery
{
    /// <summary>The FTS5 query, or null when <paramref name="text"/> has no word to search for.</summary>
    public static string? ToFts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        // Words hold only letters, digits and marks, so quoting them needs no escaping.
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => $"\"{w}\""));
    }
}
