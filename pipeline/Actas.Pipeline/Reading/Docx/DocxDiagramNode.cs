namespace Actas.Pipeline.Reading.Docx;

/// <summary>One text node of a SmartArt graphic (<see cref="DocxDiagramText"/>).</summary>
/// <param name="Level">1 for a node under the graphic's root, 2 for its children, and so on.</param>
/// <param name="Lines">The node's paragraphs (<c>a:p</c>), whitespace collapsed, none empty; at least one.</param>
public sealed record DocxDiagramNode(int Level, IReadOnlyList<string> Lines);
