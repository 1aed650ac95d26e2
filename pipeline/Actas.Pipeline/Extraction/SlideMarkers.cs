using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A slide deck's outline sent to Word (or printed as notes) marks where each slide starts with a line of its own,
/// "Diapositiva 5", "Lámina 5", "Slide 5" (blind batch AB, AB3): a boundary, not content. Such lines are dropped when the
/// document has at least <see cref="MinMarkers"/> of them, so a field ends where its slide ends ("Informe: No reportó" ¶
/// "Diapositiva 8" is no report "No reportó Diapositiva 8").
/// </summary>
public static partial class SlideMarkers
{
    /// <summary>Fewer marker lines than this are a text that mentions a slide, not a deck's outline.</summary>
    public const int MinMarkers = 2;

    public static IReadOnlyList<Row> Strip(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var markers = rows.Where(IsMarker).Take(MinMarkers).Count();
        return markers < MinMarkers ? rows : rows.Where(r => !IsMarker(r)).ToList();
    }

    /// <summary>True when the row is one short cell reading "&lt;slide word&gt; &lt;number&gt;".</summary>
    public static bool IsMarker(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Single(row) is not { } cell)
        {
            return false;
        }

        var text = cell.Text.Trim();
        if (text.Length is 0 or > 24 || !char.IsDigit(text[^1]))
        {
            return false; // cheap: a marker is short and ends on its number
        }

        var key = TextFold.Key(text);
        var label = ActaVocabulary.SlideLabel.PrefixLength(key);
        return label > 0 && SlideNumber().IsMatch(key[label..]);
    }

    /// <summary>
    /// The row's one non-empty cell, or null; its last non-blank paragraph must end on a digit, tested before any text is joined
    /// (every row of every document passes here, and almost none is a marker).
    /// </summary>
    private static RowCell? Single(Row row)
    {
        RowCell? only = null;
        foreach (var cell in row.Cells)
        {
            if (cell.IsEmpty)
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = cell;
        }

        if (only is null)
        {
            return null;
        }

        for (var i = only.Paragraphs.Count - 1; i >= 0; i--)
        {
            if (only.Paragraphs[i].AsSpan().TrimEnd() is [.., var end])
            {
                return char.IsDigit(end) ? only : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:n(?:o|um)?\s*)?\d{1,3}$")]
    private static partial Regex SlideNumber();
}
