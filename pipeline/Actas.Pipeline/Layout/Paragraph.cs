using Actas.Pipeline.Model;

namespace Actas.Pipeline.Layout;

/// <summary>A paragraph outside any table. Text has whitespace collapsed, markup removed and entities decoded.</summary>
/// <param name="Level">Heading level or list nesting level, when known.</param>
/// <param name="ListLabel">The rendered list label ("1.", "-") when the numbering came from the format, not the text.</param>
public sealed record Paragraph(
    string Text,
    ParagraphRole Role,
    SourceLocation Location,
    int? Level = null,
    string? ListLabel = null) : LayoutBlock(Location);
