using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>A word as PdfPig found it, reduced to what layout needs. Coordinates in points, origin bottom-left.</summary>
/// <param name="Baseline">Y of the first letter's baseline.</param>
/// <param name="FontSize">Point size of the first letter.</param>
/// <param name="Bold">Bold by font name ("…-Bold", "Black", "Heavy") or font flags.</param>
public sealed record PdfWord(string Text, BoundingBox Box, double Baseline, double FontSize, bool Bold)
{
    public double CentreX => (Box.Left + Box.Right) / 2;

    public double CentreY => (Box.Bottom + Box.Top) / 2;

    /// <summary>Whether the word's centre lies in <paramref name="box"/>: how a word is placed in a table, a cell or a box.</summary>
    public bool IsIn(BoundingBox box) => box.Contains(CentreX, CentreY);
}
