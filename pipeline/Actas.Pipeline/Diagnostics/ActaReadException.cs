namespace Actas.Pipeline.Diagnostics;

/// <summary>
/// The one exception for a document that cannot be read or is not an acta. The message
/// names the file, says what was found and what to do; the batch reports it and goes on.
/// </summary>
public sealed class ActaReadException : Exception
{
    private ActaReadException(string file, string reason, string code, Exception? inner = null)
        : base($"{file}: {reason}", inner)
    {
        File = file;
        Reason = reason;
        Code = code;
    }

    /// <summary>The file as given by the user.</summary>
    public string File { get; }

    /// <summary>The reason without the file name.</summary>
    public string Reason { get; }

    /// <summary>
    /// Stable code: not-found, empty, corrupt, encrypted, scanned, unsupported, not-an-acta, converter-missing, too-large,
    /// timeout, crashed, out-of-memory, not-a-regular-file, ocr-missing, ocr-failed.
    /// </summary>
    public string Code { get; }

    public static ActaReadException NotFound(string file) =>
        new(file, "no such file or folder", "not-found");

    public static ActaReadException Empty(string file) =>
        new(file, "the file is empty (0 bytes)", "empty");

    public static ActaReadException Corrupt(string file, string what, Exception? inner = null) =>
        new(file, $"corrupt or truncated {what}; open it in its program and save it again", "corrupt", inner);

    public static ActaReadException Encrypted(string file) =>
        new(file, "encrypted PDF, cannot read it without its password; save an unprotected copy", "encrypted");

    public static ActaReadException Scanned(string file, int pages) =>
        new(file, $"PDF has no text layer ({pages} page{(pages == 1 ? "" : "s")}): it looks scanned and needs OCR first (e.g. ocrmypdf -l spa)", "scanned");

    public static ActaReadException Unsupported(string file, string extension) =>
        new(file, $"unsupported file type '{extension}'; expected .docx, .pdf, .txt, .doc, .odt, .rtf or a scan (.png, .jpg, .tif)", "unsupported");

    public static ActaReadException WrongContent(string file, string extension, string actual) =>
        new(file, $"named {extension} but the content is {actual}; rename it or convert it", "wrong-extension");

    public static ActaReadException NotAnActa(string file, string why) =>
        new(file, $"not an acta: {why}", "not-an-acta");

    public static ActaReadException ConverterMissing(string file, string extension) =>
        new(file, $"{extension} files need LibreOffice to convert them; install it with 'sudo apt-get install libreoffice-writer-nogui' and run again", "converter-missing");

    public static ActaReadException ConversionFailed(string file, string detail) =>
        new(file, $"LibreOffice could not convert it: {detail}", "conversion-failed");

    public static ActaReadException TooLarge(string file, string what) =>
        new(file, $"too large: {what}; raise the limit with --max-size/--max-pages if this file is genuine", "too-large");

    public static ActaReadException Timeout(string file, TimeSpan limit) =>
        new(file, $"reading took longer than {limit.TotalSeconds:0} s and was stopped; raise --timeout if this file is genuine", "timeout");

    /// <summary>A scanned page (or an image file) and no OCR engine: say how to install it, or how to skip OCR.</summary>
    public static ActaReadException OcrMissing(string file, string what, string tool) =>
        new(file, $"{what} needs OCR, and '{tool}' is not installed; install it with 'sudo apt-get install tesseract-ocr tesseract-ocr-spa poppler-utils imagemagick' and run again (or --ocr never to refuse scans)", "ocr-missing");

    public static ActaReadException OcrFailed(string file, string detail) =>
        new(file, $"OCR failed: {detail}", "ocr-failed");

    public static ActaReadException ImageWithoutOcr(string file) =>
        new(file, "an image can only be read by OCR, and --ocr never turns it off; run with --ocr auto", "scanned");

    /// <summary>The reader process died on the file (stack overflow, abort, signal): the file cost itself alone.</summary>
    /// <param name="reader">Which reader, e.g. "the PDF reader".</param>
    /// <param name="cause">What killed it, e.g. "stack overflow".</param>
    public static ActaReadException Crashed(string file, string reader, string cause) =>
        new(file, $"{reader} crashed: {cause}; the file is probably malformed: open it in its program and save it again, or report it with this file", "crashed");

    public static ActaReadException OutOfMemory(string file, string reader, long limitMegabytes) =>
        new(file, $"{reader} ran out of memory (the limit is {limitMegabytes:N0} MB per document) and was stopped; raise --max-memory if this file is genuine", "out-of-memory");

    public static ActaReadException NotRegularFile(string file, string kind) =>
        new(file, $"not a regular file ({kind}); give the acta file itself", "not-a-regular-file");

    /// <summary>A failure reported by a reader in another process, rebuilt with its code and reason.</summary>
    public static ActaReadException Relayed(string file, string code, string reason) =>
        new(file, reason, code);
}
