using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Support;

/// <summary>Small synthetic documents for extraction tests: paragraphs, list items and tables, extracted as a .docx (or a PDF) would be.</summary>
internal static class LayoutBlocks
{
    private static int _block;

    public static Paragraph P(string text, ParagraphRole role = ParagraphRole.Body) => new(text, role, new SourceLocation(1, Interlocked.Increment(ref _block)));

    /// <summary>A list item whose number came from the format (Word numbering), not from its text.</summary>
    public static Paragraph Item(string label, string text) => new(text, ParagraphRole.ListItem, new SourceLocation(1, Interlocked.Increment(ref _block)), 1, label);

    public static SourceLocation At(int page = 1) => new(page, Interlocked.Increment(ref _block));

    /// <summary>A table of text rows, one column per string: "\n" splits a cell into paragraphs, "" is an empty cell.</summary>
    public static Table T(params string[][] rows) => new(
        rows.Select(r => new TableRow(r.Select((c, i) => new TableCell(i, 1, c.Length == 0 ? [] : c.Split('\n'))).ToList())).ToList(),
        rows.Max(r => r.Length), true, At());

    public static Acta Extract(params LayoutBlock[] blocks) =>
        new ActaExtractor().Extract(new LayoutDocument("sintetica.docx", "docx", new string('0', 64), 1, blocks, []));

    /// <summary>The same blocks as a PDF reader would hand them over (format "pdf").</summary>
    public static Acta ExtractPdf(params LayoutBlock[] blocks) =>
        new ActaExtractor().Extract(new LayoutDocument("sintetica.pdf", "pdf", new string('0', 64), 2, blocks, []));
}
