using Actas.Pipeline.Model;

namespace Actas.Pipeline.Layout;

/// <summary>An explicit or rendered page break between blocks.</summary>
public sealed record PageBreak(SourceLocation Location) : LayoutBlock(Location);
