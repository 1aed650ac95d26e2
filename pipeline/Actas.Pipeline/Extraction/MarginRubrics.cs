using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A minutes book (libro de actas) laid out as a two-column table: the margin column numbers each paragraph and may
/// carry a rubric ("11 ¶ Informe", "12 ¶ Retroalimentación", "29 ¶ Acuerdo 11/01"), the wide column holds the minutes'
/// text (blind-m M4 rural). Such a table is the minutes themselves, not a grid of fields: it is read as paragraphs, each
/// rubric a short line before its paragraph (the rubric alone says that a paragraph is feedback or an observation), a
/// numbered agreement's rubric joined to its text as its marker, and a rubric the text already opens with left out.
/// </summary>
public static partial class MarginRubrics
{
    /// <summary>Paragraph numbers in at least this share of the rows…</summary>
    private const double NumberedShare = 0.8;

    /// <summary>…and the text column this long on average: prose, not values.</summary>
    private const int ProseLength = 60;

    /// <summary>The blocks, a margin-numbered table replaced by its paragraphs.</summary>
    public static IEnumerable<LayoutBlock> Unwrap(LayoutBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block is not Table table || !IsMinutesBook(table))
        {
            yield return block;
            yield break;
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = Cells(table.Rows[r]);
            var location = table.Location with { Row = r, Page = table.Rows[r].Page ?? table.Location.Page };
            var margin = cells.Count > 1 ? cells[0].Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList() : [];
            var rubric = string.Join(' ', margin.Where(p => !ParagraphNumber().IsMatch(p)));
            var text = (cells.Count > 1 ? cells.Skip(1) : cells).SelectMany(c => c.Paragraphs).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
            if (rubric.Length > 0 && AgreementRubric().IsMatch(rubric) && text.Count > 0)
            {
                text[0] = $"{rubric}.- {text[0]}";
            }
            else if (rubric.Length > 0 && !(text.Count > 0 && TextFold.Key(text[0]).StartsWith(TextFold.Key(rubric), StringComparison.Ordinal)))
            {
                yield return new Paragraph(rubric, ParagraphRole.Body, location);
            }

            foreach (var paragraph in text)
            {
                yield return new Paragraph(paragraph, ParagraphRole.Body, location);
            }
        }
    }

    private static bool IsMinutesBook(Table table)
    {
        if (table.ColumnCount != 2 || table.Rows.Count < 5)
        {
            return false;
        }

        var rows = table.Rows.Select(Cells).Where(c => c.Count == 2).ToList();
        if (rows.Count < 0.9 * table.Rows.Count)
        {
            return false;
        }

        var numbered = rows.Count(c => c[0].Paragraphs.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)) is { } first && ParagraphNumber().IsMatch(first.Trim()) &&
                                        c[0].Paragraphs.Skip(1).All(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4));
        return numbered >= NumberedShare * rows.Count && rows.Average(c => c[1].Text.Length) >= ProseLength;
    }

    /// <summary>A row's own cells (not those continuing a merge from above), left to right.</summary>
    private static List<TableCell> Cells(TableRow row) => row.Cells.Where(c => !c.ContinuesAbove).OrderBy(c => c.Column).ToList();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex ParagraphNumber();

    [GeneratedRegex(@"^(?i:acuerdo)\s+\S*\d")]
    private static partial Regex AgreementRubric();
}
