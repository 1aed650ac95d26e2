using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Words sharing a baseline, left to right. <see cref="Text"/> puts a '\t' where the gap between
/// two words is wide enough to be a column gap ("Lugar:⇥Instalaciones…"), else a space.
/// </summary>
/// <param name="SegmentStarts">Left x of each tab-separated segment, in order (one entry when there is no tab).</param>
public sealed record PdfLine(
    IReadOnlyList<PdfWord> Words,
    string Text,
    BoundingBox Box,
    double Baseline,
    double FontSize,
    bool Bold,
    IReadOnlyList<double> SegmentStarts)
{
    public bool HasTab => SegmentStarts.Count > 1;
}
