using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>One page after table rebuilding: the tables, and the lines of text outside them, top to bottom.</summary>
/// <param name="Height">Page height in points.</param>
/// <param name="WordCount">Words with visible text on the page, tables included (0 means no text layer).</param>
public sealed record PdfPageContent(int Number, double Height, IReadOnlyList<PdfLine> Lines, IReadOnlyList<Table> Tables, int WordCount);
