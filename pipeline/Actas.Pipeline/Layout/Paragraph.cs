using Actas.Pipeline.Model;

namespace Actas.Pipeline.Layout;

/// <summary>A paragraph outside any table. Text has whitespace collapsed, markup removed and entities decoded.</summary>
/// <param name="Level">Heading level or list nesting level, when known.</param>
/// <param name="ListLabel">The rendered list label ("1.", "-") when the numbering came from the format, not the text.</param>
/// <param name="Lines">
/// The stretches between soft line breaks (Word's <c>w:br</c>), whitespace collapsed, when there are several;
/// null for a paragraph of one line. <paramref name="Text"/> holds them joined by spaces.
/// </param>
public sealed record Paragraph(
    string Text,
    ParagraphRole Role,
    SourceLocation Location,
    int? Level = null,
    string? ListLabel = null,
    IReadOnlyList<string>? Lines = null) : LayoutBlock(Location);
