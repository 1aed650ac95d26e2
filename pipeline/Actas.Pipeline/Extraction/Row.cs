using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// The unit extraction walks: a paragraph (one cell) or a table row (its cells), in reading
/// order. Extraction reads labels ("Meta", "INFORME", "Retroalimentación") from rows, so the
/// same rules serve strategies laid out as tables, as row-labelled tables and as paragraphs.
/// </summary>
/// <param name="Table">Block index of the table the row belongs to; null for a paragraph.</param>
/// <param name="SpansKnown">False for tables whose format does not give merges (text dumps).</param>
/// <param name="SoftLines">A paragraph's lines between soft line breaks, when it has several; null otherwise.</param>
public sealed record Row(
    IReadOnlyList<RowCell> Cells,
    SourceLocation Location,
    int? Table,
    bool SpansKnown,
    ParagraphRole Role,
    IReadOnlyList<string>? SoftLines = null)
{
    public IEnumerable<RowCell> NonEmpty => Cells.Where(c => !c.IsEmpty);

    public string Text => string.Join(' ', NonEmpty.Select(c => c.Text));

    public bool IsEmpty => !NonEmpty.Any();

    /// <summary>True when the row has a single non-empty cell: a paragraph or a spanning table row.</summary>
    public bool IsSingle => NonEmpty.Count() == 1;

    public SourceLocation CellLocation(RowCell cell) => Location with { Column = cell.Column };
}
