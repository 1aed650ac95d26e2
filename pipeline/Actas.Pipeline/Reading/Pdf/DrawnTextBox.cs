using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>A drawn shape holding a few of the page's lines (<see cref="DrawnTextBoxes"/>): the shape and its lines, top to bottom.</summary>
public sealed record DrawnTextBox(BoundingBox Box, IReadOnlyList<PdfLine> Lines);
