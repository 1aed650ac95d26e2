using Actas.Pipeline.Model;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>One page after table rebuilding: the tables, and the lines of text outside them, top to bottom.</summary>
/// <param name="Height">Page height in points.</param>
/// <param name="WordCount">Words with visible text on the page, tables included (0 means no text layer).</param>
/// <param name="Sections">Stretches set in text columns, read column by column (their lines are not in <paramref name="Lines"/>).</param>
/// <param name="TrailingColumns">Column edges of a borderless table that ends the page, for its continuation on the next page; else null.</param>
/// <param name="Footnotes">The notes printed at the foot of the page, each with its mark ("1 Informe de…"), apart from the text (<see cref="PdfFootnoteFilter"/>).</param>
/// <param name="Cards">Cards stacked between rules (<see cref="RuledCards"/>), each made one paragraph; their lines are also in <paramref name="Lines"/>. Null when none.</param>
/// <param name="Frame">Where the printed page lies on the sheet, bottom and top in points, for a page read as one half of a two-up
/// sheet (<see cref="TwoUpTextSheet"/>), its header and footer bands measured from it; null for a page that is the whole sheet.</param>
public sealed record PdfPageContent(
    int Number,
    double Height,
    IReadOnlyList<PdfLine> Lines,
    IReadOnlyList<Table> Tables,
    int WordCount,
    IReadOnlyList<PdfColumnSection>? Sections = null,
    IReadOnlyList<double>? TrailingColumns = null,
    IReadOnlyList<PdfFootnote>? Footnotes = null,
    IReadOnlyList<RuledCard>? Cards = null,
    (double Bottom, double Top)? Frame = null)
{
    public IReadOnlyList<PdfColumnSection> ColumnSections => Sections ?? [];

    /// <summary>Drawn shapes holding a few of <see cref="Lines"/> (<see cref="DrawnTextBoxes"/>), whose lines wrap at the shape's edges; empty when none.</summary>
    public IReadOnlyList<DrawnTextBox> TextBoxes { get; init; } = [];

    /// <summary>The page's bottom and top edges in points: its <see cref="Frame"/>, else the whole sheet.</summary>
    public (double Bottom, double Top) Edges => Frame ?? (0, Height);
}

/// <summary>One footnote's text as printed at the foot of a page, its mark first ("1 Informe de…"), and where it stands.</summary>
public sealed record PdfFootnote(string Text, BoundingBox Box);
