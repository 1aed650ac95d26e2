using System.Text.RegularExpressions;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Reads .txt dumps of Word files like the seed acta: a line with tabs is a table row
/// (tab-separated cells); consecutive rows form one table, blank lines inside it mark a
/// possible page break (<see cref="TableRow.AfterBreak"/>); other lines are paragraphs.
/// Stray HTML becomes paragraphs (<see cref="HtmlFragment"/>). A dump does not say how
/// cells span the grid, so tables have <see cref="Table.SpansKnown"/> false.
/// </summary>
public sealed partial class TextDumpReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public LayoutDocument Read(string path, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = options.DisplayName ?? Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        var (text, encoding) = TextDecoding.Decode(bytes);
        // NUL bytes are UTF-16's zero high bytes, or binary data named .txt.
        if (text.Contains('\0'))
        {
            throw ActaReadException.WrongContent(name, ".txt", "binary data");
        }

        var issues = new List<Issue>();
        if (encoding is not ("UTF-8" or "UTF-16LE" or "UTF-16BE"))
        {
            issues.Add(new Issue("decoded-legacy-encoding", Severity.Info, null, $"not valid UTF-8; decoded as {encoding}"));
        }

        var blocks = Parse(text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'), cancellationToken);
        return new LayoutDocument(name, "txt", FileFingerprint.Sha256(bytes), null, blocks, issues);
    }

    /// <summary>Parses the lines of a dump into layout blocks.</summary>
    public static IReadOnlyList<LayoutBlock> Parse(IReadOnlyList<string> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var blocks = new List<LayoutBlock>();
        var rows = new List<TableRow>();
        var tableStartLine = 0;
        var blankSinceRow = false;

        void FlushTable()
        {
            if (rows.Count == 0)
            {
                return;
            }

            var columns = rows.Max(r => r.Cells.Count);
            var padded = rows.Select(r => r.Cells.Count == columns ? r : r with { Cells = Pad(r.Cells, columns) }).ToList();
            blocks.Add(new Table(padded, columns, SpansKnown: false, new SourceLocation(null, blocks.Count, Line: tableStartLine)));
            rows.Clear();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                blankSinceRow = rows.Count > 0;
                continue;
            }

            if (line.Contains('\t'))
            {
                var cells = line.Split('\t').Select((c, col) => new TableCell(col, 1, HtmlFragment.ToParagraphs(c))).ToList();
                if (cells.All(c => c.IsEmpty || RuleOnly().IsMatch(c.Text)))
                {
                    continue; // "-----\t-----": a drawn signature line, not data
                }

                if (rows.Count == 0)
                {
                    tableStartLine = i + 1;
                }

                rows.Add(new TableRow(cells, null, blankSinceRow));
                blankSinceRow = false;
                continue;
            }

            FlushTable();
            blankSinceRow = false;
            foreach (var paragraph in HtmlFragment.ToParagraphs(line))
            {
                blocks.Add(ToParagraph(paragraph, new SourceLocation(null, blocks.Count, Line: i + 1)));
            }
        }

        FlushTable();
        return blocks;
    }

    private static Paragraph ToParagraph(string text, SourceLocation location)
    {
        var bullet = Bullet().Match(text);
        if (bullet.Success)
        {
            return new Paragraph(text[bullet.Length..], ParagraphRole.ListItem, location, 1, bullet.Groups[1].Value);
        }

        if (Numbered().IsMatch(text))
        {
            return new Paragraph(text, ParagraphRole.ListItem, location, 1);
        }

        var letters = text.Where(char.IsLetter).ToList();
        var isHeading = letters.Count >= 4 && text.Length <= 200 && letters.All(char.IsUpper);
        return new Paragraph(text, isHeading ? ParagraphRole.Heading : ParagraphRole.Body, location, isHeading ? 1 : null);
    }

    private static List<TableCell> Pad(IReadOnlyList<TableCell> cells, int columns)
    {
        var padded = cells.ToList();
        for (var col = cells.Count; col < columns; col++)
        {
            padded.Add(new TableCell(col, 1, []));
        }

        return padded;
    }

    [GeneratedRegex(@"^[-_=\s]+$")]
    private static partial Regex RuleOnly();

    [GeneratedRegex(@"^([-•*·–])\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\d{1,2}\s*(?:\.-|\.|\)|-)\s*\S")]
    private static partial Regex Numbered();
}
