namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// A word as Tesseract's TSV gives it: text, box in image pixels (origin top-left), confidence
/// 0–100, and the block/paragraph/line it put the word in (its own layout analysis).
/// </summary>
public sealed record OcrWord(string Text, double Left, double Top, double Width, double Height, double Confidence, int Block, int Paragraph, int Line)
{
    public double CentreX => Left + (Width / 2);

    public double CentreY => Top + (Height / 2);

    /// <summary>Tesseract's line this word is on, unique within the page.</summary>
    public (int Block, int Paragraph, int Line) LineKey => (Block, Paragraph, Line);
}
