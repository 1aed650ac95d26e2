using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A report given only by a reference mark, its text in the notes at the end of the page (blind batch R, R5, a wiki page:
/// "Entregado el 7 de febrero de 2020.[1]" and under the references "1. ↑ Informe … sobre la meta 644.1: «De los 58 …»"):
/// the paragraph that is no more than a short line ending in the mark is replaced by the note's text (its quotation when it
/// quotes one), and the notes leave the row stream, as no section reads them.
/// A note starts with the back-link arrow "↑", maybe after its number; it runs on to the closing "»" of a quotation it opens.
/// </summary>
public static partial class ReferenceNotes
{
    public static IReadOnlyList<Row> Resolve(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var notes = new Dictionary<int, string>();
        var noteRows = new HashSet<int>();
        var ordinal = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (!rows[i].IsSingle || NoteStart().Match(rows[i].Text.Trim()) is not { Success: true } start)
            {
                continue;
            }

            ordinal++;
            if (ordinal == 1 && i > 0 && rows[i - 1].IsSingle && NotesHeading().IsMatch(rows[i - 1].Text.Trim()))
            {
                noteRows.Add(i - 1); // the heading over the notes ("Referencias", "Notas") goes with them
            }

            var number = start.Groups["n"].Success ? int.Parse(start.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : ordinal;
            var text = start.Groups["text"].Value.Trim();
            noteRows.Add(i);
            // A quotation opened and not closed runs on over the next lines (a PDF breaks the note into lines).
            while (text.Contains('«') && !text.Contains('»') && i + 1 < rows.Count && rows[i + 1].IsSingle && NoteStart().IsMatch(rows[i + 1].Text.Trim()) is false)
            {
                i++;
                noteRows.Add(i);
                text += " " + rows[i].Text.Trim();
            }

            notes.TryAdd(number, Quoted().Match(text) is { Success: true } q ? q.Groups["q"].Value.Trim() : text);
        }

        if (notes.Count == 0)
        {
            return rows;
        }

        var output = new List<Row>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (noteRows.Contains(i))
            {
                continue;
            }

            var row = rows[i];
            if (row.IsSingle && MarkOnly().Match(row.Text.Trim()) is { Success: true } mark &&
                notes.TryGetValue(int.Parse(mark.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), out var note))
            {
                var cell = row.NonEmpty.First();
                output.Add(row with { Cells = [cell with { Paragraphs = [note] }], SoftLines = null });
                continue;
            }

            output.Add(row);
        }

        return output;
    }

    /// <summary>"↑ Informe …", "1. ↑ Informe …", "[2] ↑ …": a note with its back-link arrow.</summary>
    [GeneratedRegex(@"^(?:\[?(?<n>\d{1,3})[.\]]\s*)?↑\s*(?<text>\S.*)$")]
    private static partial Regex NoteStart();

    /// <summary>A short paragraph (a delivery stamp) ending in a reference mark "[1]".</summary>
    [GeneratedRegex(@"^[^\[\]]{0,80}\[(?<n>\d{1,3})\]$")]
    private static partial Regex MarkOnly();

    /// <summary>One to three words without digits standing alone: the heading of the notes.</summary>
    [GeneratedRegex(@"^\p{L}+(?:\s+\p{L}+){0,2}$")]
    private static partial Regex NotesHeading();

    [GeneratedRegex(@"«(?<q>[^«»]{10,})»")]
    private static partial Regex Quoted();
}
