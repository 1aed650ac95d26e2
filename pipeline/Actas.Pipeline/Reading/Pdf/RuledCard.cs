namespace Actas.Pipeline.Reading.Pdf;

/// <summary>One card of a stack parted by rules (<see cref="RuledCards"/>): its lines top to bottom and its pieces (a
/// wrapped piece's lines joined), kept as the paragraph's soft lines.</summary>
public sealed record RuledCard(IReadOnlyList<PdfLine> Lines, IReadOnlyList<string> Soft);
