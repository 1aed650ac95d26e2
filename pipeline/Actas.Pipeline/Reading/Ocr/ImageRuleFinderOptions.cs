namespace Actas.Pipeline.Reading.Ocr;

/// <summary>Thresholds of <see cref="ImageRuleFinder"/>, in inches of the page (so they hold at any dpi) or grey levels.</summary>
/// <param name="DarkLevel">A pixel darker than this grey level (0–255) is ink (default 215: hairline rules print light grey, 168 at 300 dpi, and JPEG and noise lighten them further).</param>
/// <param name="MaxGap">A run of ink may skip this much white (default 0.012 in: JPEG and noise break rules).</param>
/// <param name="MinPiece">Shorter runs on one pixel row are not part of a rule (default 0.1 in: longer than a letter's stroke).</param>
/// <param name="MinLength">Shorter rules are ignored (default 0.25 in).</param>
/// <param name="MaxThickness">A rule's mean ink thickness is under this (default 0.04 in, about 3 pt: thicker is a filled area).</param>
/// <param name="Clearance">How far beside a rule its sides are looked at (default 0.02 in).</param>
/// <param name="MaxInkBeside">A run with more than this share of ink on both sides is a line of text, not a rule (default 0.25).</param>
/// <param name="PaleLevel">For <see cref="ImageRuleFinder.FindPaleHorizontal"/>: a pixel darker than this is ink (default 236: a web page's
/// hairline between cards is grey 221–228 on white, too pale for <paramref name="DarkLevel"/>).</param>
public sealed record ImageRuleFinderOptions(
    int DarkLevel = 215,
    double MaxGap = 0.012,
    double MinPiece = 0.1,
    double MinLength = 0.25,
    double MaxThickness = 0.04,
    double Clearance = 0.02,
    double MaxInkBeside = 0.25,
    int PaleLevel = 236)
{
    public static ImageRuleFinderOptions Default { get; } = new();
}
