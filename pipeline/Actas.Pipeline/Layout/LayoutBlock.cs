using Actas.Pipeline.Model;

namespace Actas.Pipeline.Layout;

/// <summary>A block of the layout model: <see cref="Paragraph"/>, <see cref="Table"/> or <see cref="PageBreak"/>.</summary>
public abstract record LayoutBlock(SourceLocation Location);
