namespace Actas.Pipeline.Reading.Ocr;

/// <summary>Which pages of a document were read by OCR, and how sure Tesseract was of their words.</summary>
/// <param name="Pages">1-based page numbers read from their image, in order.</param>
/// <param name="MeanConfidence">Mean word confidence over those pages, 0–100.</param>
public sealed record OcrSummary(IReadOnlyList<int> Pages, double MeanConfidence);
