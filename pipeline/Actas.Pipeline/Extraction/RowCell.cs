using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>A cell of a <see cref="Row"/>: grid column, span and paragraphs.</summary>
public sealed record RowCell(int Column, int Span, IReadOnlyList<string> Paragraphs, IReadOnlyList<CellNote>? Notes = null)
{
    public string Text => string.Join(' ', Paragraphs);

    public bool IsEmpty => Paragraphs.All(string.IsNullOrWhiteSpace);
}
