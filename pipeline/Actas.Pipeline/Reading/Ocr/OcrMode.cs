namespace Actas.Pipeline.Reading.Ocr;

/// <summary>When a page is read with OCR (<c>--ocr</c>).</summary>
public enum OcrMode
{
    /// <summary>Pages with no text layer (an image only) or a garbage one; the default.</summary>
    Auto,

    /// <summary>Every page, whatever its text layer says.</summary>
    Always,

    /// <summary>Never: a PDF with no text layer is refused as scanned, image files are refused.</summary>
    Never,
}
