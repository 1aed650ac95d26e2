using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A numbered group title inside a list whose items carry the group's number and their own: "I. Compromisos de las instancias" ¶
/// "I.1 La SEDEMA presentará…" ¶ "I.2 …" ¶ "II. Próxima sesión" ¶ "II.1 La octava sesión…" (blind batch AF, AF4: agreements in
/// roman-numeral groups). The title heads its items: it is no item itself, and a title that reads like a section heading
/// ("Próxima sesión") opens no section — its items go on with the list.
/// </summary>
public static partial class OutlineGroupTitle
{
    /// <summary>True when row <paramref name="index"/> is a short numbered title and the next non-empty row opens with its number and a sub-number.</summary>
    public static bool Is(IReadOnlyList<Row> rows, int index)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var row = rows[index];
        if (row is not { Table: null, IsSingle: true } || row.Text.Length > 90 || GroupTitle().Match(row.Text) is not { Success: true } title)
        {
            return false;
        }

        var next = rows.Skip(index + 1).FirstOrDefault(r => !r.IsEmpty);
        return next is not null && SubItem().Match(next.Text) is { Success: true } item &&
               string.Equals(item.Groups["n"].Value, title.Groups["n"].Value, StringComparison.Ordinal);
    }

    /// <summary>"I. Compromisos de las instancias", "2. Próxima sesión": a number, a stop, a few words with no sentence's end.</summary>
    [GeneratedRegex(@"^\s*(?<n>[IVX]{1,5}|\d{1,2})\.\s+\p{Lu}[^.:;!?]{2,80}$")]
    private static partial Regex GroupTitle();

    /// <summary>"I.1 La SEDEMA…", "2.1. Se acordó…": the group's number, a stop, the item's number.</summary>
    [GeneratedRegex(@"^\s*(?<n>[IVX]{1,5}|\d{1,2})\.\d{1,2}\.?\s+\S")]
    private static partial Regex SubItem();
}
