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
    // Every rule asks a row for its text and its non-empty cells, many times over (each row rewriter, the section and strategy
    // detectors): they are worked out once per row. A new Cells (`row with { Cells = … }`) starts a new memo; the memo takes no
    // part in equality.
    private Memo _memo = new();

    public IReadOnlyList<RowCell> Cells
    {
        get;
        init
        {
            field = value;
            _memo = new();
        }
    } = Cells;

    public IEnumerable<RowCell> NonEmpty => NonEmptyCells;

    public string Text => _memo.Text ??= string.Join(' ', NonEmptyCells.Select(c => c.Text));

    public bool IsEmpty => NonEmptyCells.Length == 0;

    /// <summary>True when the row has a single non-empty cell: a paragraph or a spanning table row.</summary>
    public bool IsSingle => NonEmptyCells.Length == 1;

    private RowCell[] NonEmptyCells => _memo.NonEmpty ??= [.. Cells.Where(c => !c.IsEmpty)];

    public SourceLocation CellLocation(RowCell cell) => Location with { Column = cell.Column };

    /// <summary>What a row works out from its cells, once; always equal to another, so that rows compare by their cells.</summary>
    private sealed class Memo : IEquatable<Memo>
    {
        public RowCell[]? NonEmpty { get; set; }

        public string? Text { get; set; }

        public bool Equals(Memo? other) => other is not null;

        public override bool Equals(object? obj) => obj is Memo;

        public override int GetHashCode() => 0;
    }
}
