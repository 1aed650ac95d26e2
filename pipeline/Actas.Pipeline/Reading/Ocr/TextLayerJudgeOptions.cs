namespace Actas.Pipeline.Reading.Ocr;

/// <summary>Thresholds of <see cref="TextLayerJudge"/>.</summary>
/// <param name="FewWords">A page with fewer words than this under an image covering most of it is a scan with a stamp or page number on top (default 20).</param>
/// <param name="PageCover">…"most of it": the image covers this share of the page (default 0.5).</param>
/// <param name="MaxOddCharacters">Share of control, replacement or private-use characters over which the text is garbage (default 0.1).</param>
/// <param name="MinPlausibleWords">Share of word-like tokens (vowels in proportion) under which the text is garbage, judged on 10 tokens or more (default 0.5).</param>
/// <param name="OutlinedGlyphs">A page with no text and no image holding this many glyph-sized filled shapes is outlined text, read by OCR (default 150; a page of text has thousands, a logo or a form's boxes a few dozen).</param>
/// <param name="GlyphSize">…"glyph-sized": neither side longer than this, in points (default 30).</param>
/// <param name="InvisibleShare">Share of invisible letters (rendering mode 3) over which a page under a page-covering image is a scan with an OCR layer, read again by our OCR (default 0.9).</param>
/// <param name="MinFunctionWords">Share of "de", "la", "y"… under which text whose word-like share is also under 0.7 is garbage (default 0.06; Spanish prose has about 0.35).</param>
public sealed record TextLayerJudgeOptions(int FewWords = 20, double PageCover = 0.5, double MaxOddCharacters = 0.1, double MinPlausibleWords = 0.5, double MinFunctionWords = 0.06, int OutlinedGlyphs = 150, double GlyphSize = 30, double InvisibleShare = 0.9)
{
    public static TextLayerJudgeOptions Default { get; } = new();
}
