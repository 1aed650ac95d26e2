namespace Actas.Pipeline.Reading.Ocr;

/// <summary>One page of a sheet that holds two side by side (<see cref="TwoUpSheetSplitter"/>).</summary>
/// <param name="Image">The page's columns of the sheet, full height.</param>
/// <param name="Left">Where those columns start on the sheet, in pixels.</param>
public sealed record SheetHalf(GrayImage Image, int Left);
