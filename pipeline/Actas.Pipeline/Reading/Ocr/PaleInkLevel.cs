namespace Actas.Pipeline.Reading.Ocr;

/// <summary>What <see cref="PaleInkFilter"/> measured on a page.</summary>
/// <param name="Level">Tones above this (0 black … 255 white) are paper.</param>
/// <param name="KeepRims">The paper is clean: pale pixels touching ink are letter edges, kept.</param>
/// <param name="Faint">The ink itself is pale (a carbon copy, pencil, a worn ribbon): the level may strip its strokes, so
/// the page is worth reading unfiltered too (<see cref="OcrPageReader"/> keeps the better reading).</param>
public readonly record struct PaleInkLevel(int Level, bool KeepRims, bool Faint = false);
