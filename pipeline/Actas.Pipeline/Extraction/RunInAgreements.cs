using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Agreements announced inside a paragraph, with no heading of their own: a sentence that ends in "se acordó:" and letters
/// the agreements after it in the same paragraph (blind batch U, U4, the minutes sent as an official letter: "Por lo
/// anterior, se acordó: a) La Secretaría… presentará… b) El Instituto… informará… c) La décima primera sesión…").
/// The paragraph becomes its lead-in ("Por lo anterior, se acordó:"), which opens the agreements as a lead-in
/// sentence does (<see cref="SectionDetector"/>), one row per lettered item, and whatever follows the last item.
/// </summary>
public static partial class RunInAgreements
{
    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<Row>? result = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var split = row is { Table: null, IsSingle: true } && row.Text.Contains("a)", StringComparison.Ordinal) ? Split(row.Text) : null;
            if (split is null)
            {
                result?.Add(row);
                continue;
            }

            result ??= [.. rows.Take(i)];
            result.AddRange(split.Select(text => row with { Cells = [new RowCell(0, 1, [text])], Role = ParagraphRole.Body, SoftLines = null }));
        }

        return result ?? rows;
    }

    /// <summary>The lead-in, "a) …", "b) …", … and the rest after the last item; null when the paragraph is no such run.</summary>
    internal static IReadOnlyList<string>? Split(string text)
    {
        var lead = AgreedColon().Match(text);
        if (!lead.Success || !SectionDetector.IsLeadIn(text[..(lead.Index + lead.Length)], Vocabulary.ActaVocabulary.AgreementsLeadIn))
        {
            return null;
        }

        var items = AgreementExtractor.LetteredItems(text[lead.Index..]);
        if (items.Count < 2)
        {
            return null;
        }

        var parts = new List<string> { text[..(lead.Index + lead.Length)].Trim() };
        var at = lead.Index + lead.Length;
        for (var k = 0; k < items.Count; k++)
        {
            var start = text.IndexOf(items[k], at, StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            parts.Add($"{(char)('a' + k)}) {items[k]}");
            at = start + items[k].Length;
        }

        var rest = text[at..].TrimStart('.', ';', ' ').Trim();
        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    /// <summary>"se acordó:", "acordaron lo siguiente:" right before the first lettered item.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:se\s+acord[oó]|se\s+acordaron|acordaron|acordamos|se\s+acuerda|se\s+aprob[oó])(?:\s+lo\s+siguiente)?\s*:(?=\s+a\)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedColon();
}
