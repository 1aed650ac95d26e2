namespace Actas.Pipeline.Reading.Ocr;

/// <summary>One page of an image file (a TIFF may hold many), with the resolution it was scanned at.</summary>
public sealed record ImageFrame(int Index, int Width, int Height, double Dpi);
