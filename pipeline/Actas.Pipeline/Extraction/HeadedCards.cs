using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A card of a board or a framed box copied into Word is a one-cell table; when its first paragraph is a section heading
/// ("Pase de lista" over the checklist of who attended, blind batch AB, AB2: a Planner board's cards), the card is that
/// section: its heading and its lines are read as paragraphs, so the heading opens its section as it would outside a box.
/// </summary>
public static class HeadedCards
{
    /// <summary>A title longer than this is text, not a card's heading.</summary>
    private const int MaxTitle = 60;

    /// <summary>The block, a headed card replaced by its heading and its lines.</summary>
    public static IEnumerable<LayoutBlock> Unwrap(LayoutBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block is not Table { Rows: [var only] } table || only.Cells.Where(c => !c.ContinuesAbove).ToList() is not [var cell])
        {
            return [block];
        }

        if (!Titled(cell.Paragraphs))
        {
            return [block]; // cheap: most one-cell tables are a box of text, not a card under a short title
        }

        var lines = cell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (lines.Count < 2 || lines[0].Length > MaxTitle)
        {
            return [block];
        }

        var location = table.Location with { Row = 0, Page = only.Page ?? table.Location.Page };
        var title = new Row([new RowCell(0, 1, [lines[0]])], location, null, true, ParagraphRole.Heading);
        if (SectionDetector.Classify(title) is null)
        {
            return [block];
        }

        return [new Paragraph(lines[0], ParagraphRole.Heading, location), .. lines.Skip(1).Select(l => new Paragraph(l, ParagraphRole.Body, location))];
    }

    /// <summary>At least two non-blank paragraphs, the first no longer than <see cref="MaxTitle"/>: tested before any list is built.</summary>
    private static bool Titled(IReadOnlyList<string> paragraphs)
    {
        var first = -1;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(paragraphs[i]))
            {
                continue;
            }

            if (first >= 0)
            {
                return true;
            }

            first = i;
            if (paragraphs[i].AsSpan().Trim().Length > MaxTitle)
            {
                return false;
            }
        }

        return false;
    }
}
