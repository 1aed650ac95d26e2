namespace Actas.Pipeline.Reading.Ocr;

/// <summary>A rule found in an upright page image: its row (horizontal) or column (vertical) and the pixel span it covers.</summary>
public sealed record PixelRule(bool Horizontal, double Position, int Start, int End);
