using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>Flattens the layout model into <see cref="Row"/>s: page breaks vanish, tables become their rows.</summary>
public static class RowStream
{
    /// <summary>
    /// A PDF whose paragraphs have no spacing can run a strategy's lines together:
    /// "…formas de explotación Meta 520.1 Derivado de…". Cut a paragraph before each strategy
    /// label that starts a line of its own in prose minutes: a capitalised label of
    /// <see cref="ActaVocabulary"/> before a colon, "Meta 520.1" before a capital, "Estrategia 520.".
    /// </summary>
    public static IReadOnlyList<string> SplitOnStrategyLabels(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFold.Fold(text);
        if (folded.Length != text.Length)
        {
            return [text];
        }

        var cuts = EmbeddedLabel.Matches(folded)
            .Where(m => char.IsUpper(text[m.Index]) &&
                        (!m.Groups["id"].Success || (m.Index + m.Length < text.Length && char.IsUpper(text[m.Index + m.Length]))))
            .Select(m => m.Index);
        return TextCuts.At(text, cuts);
    }

    private static readonly Regex EmbeddedLabel = new(
        @"(?<=\S\s)(?:" + ActaVocabulary.Goal.Pattern + @"\s+(?<id>\d{3}\.\d{1,2})\.?\s+(?=\S)|" +
        string.Join('|', new[] { ActaVocabulary.Goal }.Concat(ActaVocabulary.StrategyFields.Select(f => f.Phrases)).Select(p => p.Pattern + @"\s*:")) +
        @"|estrategia\s+\d{3}\s*[.:\-])",
        RegexOptions.CultureInvariant);

    public static IReadOnlyList<Row> Build(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var rows = new List<Row>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph p when !string.IsNullOrWhiteSpace(p.Text):
                    foreach (var piece in SplitOnStrategyLabels(p.Text))
                    {
                        // Word label–tab–value lines ("Lugar:\tInstalaciones…") read like a two-cell row.
                        var parts = piece.Split('\t').Select(s => s.Trim()).ToList();
                        var cells = parts.Count > 1 && parts.Count(s => s.Length > 0) > 1
                            ? parts.Where(s => s.Length > 0).Select((s, i) => new RowCell(i, 1, [s])).ToList()
                            : [new RowCell(0, 1, [string.Join(' ', parts.Where(s => s.Length > 0))])];
                        rows.Add(new Row(cells, p.Location, null, true, p.Role));
                    }

                    break;
                case Table t:
                    for (var r = 0; r < t.Rows.Count; r++)
                    {
                        var row = t.Rows[r];
                        var rowCells = row.Cells
                            .Where(c => !c.ContinuesAbove)
                            .Select(c => new RowCell(c.Column, Math.Max(1, c.ColumnSpan), c.Paragraphs.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList()))
                            .ToList();
                        var location = t.Location with { Row = r, Page = row.Page ?? t.Location.Page };
                        rows.Add(new Row(rowCells, location, t.Location.Block, t.SpansKnown, ParagraphRole.Body));
                    }

                    break;
            }
        }

        return rows;
    }
}
