using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>A field of a PDF form (<see cref="PdfFormFields"/>): what it shows ("" when empty), its box, its font size, whether its text wraps over lines and whether it is a tick box.</summary>
public sealed record PdfFormField(string Value, BoundingBox Box, double Size, bool Multiline, bool Tick);
