using System.Globalization;

namespace Actas.Pipeline.Diagnostics;

/// <summary>
/// The one exception for a document that cannot be read or is not an acta. The message
/// names the file, says what was found and what to do; the batch reports it and goes on.
/// Besides the English <see cref="Reason"/>, it carries what the reason was built from
/// (<see cref="Template"/> and <see cref="Arguments"/>), so a front end can word it in the user's language.
/// </summary>
public sealed class ActaReadException : Exception
{
    private ActaReadException(string file, string reason, string code, Exception? inner = null, string? template = null, params string[] arguments)
        : base($"{file}: {reason}", inner)
    {
        File = file;
        Reason = reason;
        Code = code;
        Template = template ?? code;
        Arguments = arguments;
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

    /// <summary>Which wording of <see cref="Code"/> the reason is: the code itself, or a variant of it ("image-without-ocr",
    /// "too-many-pages"). With <see cref="Arguments"/>, enough to word the reason in another language.</summary>
    public string Template { get; }

    /// <summary>The values in the reason, in order, as shown (numbers formatted, invariant): e.g. the page count of a scan.
    /// Free text given by a reader (a detail, a tool's output) is passed on as it is, in English.</summary>
    public IReadOnlyList<string> Arguments { get; }

    public static ActaReadException NotFound(string file) =>
        new(file, "no such file or folder", "not-found");

    public static ActaReadException Empty(string file) =>
        new(file, "the file is empty (0 bytes)", "empty");

    public static ActaReadException Corrupt(string file, string what, Exception? inner = null) =>
        new(file, $"corrupt or truncated {what}; open it in its program and save it again", "corrupt", inner, null, what);

    public static ActaReadException Encrypted(string file) =>
        new(file, "encrypted PDF, cannot read it without its password; save an unprotected copy", "encrypted");

    public static ActaReadException Scanned(string file, int pages) =>
        new(file, $"PDF has no text layer ({pages} page{(pages == 1 ? "" : "s")}): it looks scanned and needs OCR first (e.g. ocrmypdf -l spa)", "scanned",
            null, null, pages.ToString(CultureInfo.InvariantCulture));

    public static ActaReadException Unsupported(string file, string extension) =>
        new(file, $"unsupported file type '{extension}'; expected .docx, .pdf, .txt, .doc, .odt, .rtf or a scan (.png, .jpg, .tif)", "unsupported",
            null, null, extension);

    public static ActaReadException WrongContent(string file, string extension, string actual) =>
        new(file, $"named {extension} but the content is {actual}; rename it or convert it", "wrong-extension", null, null, extension, actual);

    public static ActaReadException NotAnActa(string file, string why) =>
        new(file, $"not an acta: {why}", "not-an-acta", null, null, why);

    /// <summary>Not an acta: none of its parts was found. The same words as <see cref="NotAnActa"/> with that reason, and a
    /// template of its own so a front end can word the reason too.</summary>
    public static ActaReadException NoActaParts(string file) =>
        new(file, "not an acta: found no attendance list, no strategy (\"Estrategia NNN\") and no agreements (ACUERDOS)", "not-an-acta",
            null, "not-an-acta-no-parts");

    /// <summary>Not an acta: no session date and no session number. As <see cref="NoActaParts"/>.</summary>
    public static ActaReadException NoSessionIdentity(string file) =>
        new(file, "not an acta: found no session date and no session number (\"VIGÉSIMA TERCERA REUNIÓN\", \"Fecha: …\")", "not-an-acta",
            null, "not-an-acta-no-session");

    public static ActaReadException ConverterMissing(string file, string extension) =>
        new(file, $"{extension} files need LibreOffice to convert them; install it with 'sudo apt-get install libreoffice-writer-nogui' and run again", "converter-missing",
            null, null, extension);

    public static ActaReadException ConversionFailed(string file, string detail) =>
        new(file, $"LibreOffice could not convert it: {detail}", "conversion-failed", null, null, detail);

    public static ActaReadException TooLarge(string file, string what) =>
        new(file, $"too large: {what}; raise the limit with --max-size/--max-pages if this file is genuine", "too-large", null, null, what);

    /// <summary>A file over the size limit: "too large: 12,345 bytes, the limit is 1,000; …".</summary>
    public static ActaReadException TooManyBytes(string file, long bytes, long limit) =>
        Limit(file, bytes, "bytes", limit, "too-many-bytes");

    /// <summary>A document over the page limit: "too large: 900 pages, the limit is 500; …".</summary>
    public static ActaReadException TooManyPages(string file, int pages, int limit) =>
        Limit(file, pages, "pages", limit, "too-many-pages");

    private static ActaReadException Limit(string file, long count, string unit, long limit, string template)
    {
        var (shown, max) = (count.ToString("N0", CultureInfo.InvariantCulture), limit.ToString("N0", CultureInfo.InvariantCulture));
        return new(file, $"too large: {shown} {unit}, the limit is {max}; raise the limit with --max-size/--max-pages if this file is genuine",
            "too-large", null, template, shown, max);
    }

    public static ActaReadException Timeout(string file, TimeSpan limit) =>
        new(file, $"reading took longer than {limit.TotalSeconds:0} s and was stopped; raise --timeout if this file is genuine", "timeout",
            null, null, limit.TotalSeconds.ToString("0", CultureInfo.InvariantCulture));

    /// <summary>A scanned page (or an image file) and no OCR engine: say how to install it, or how to skip OCR.</summary>
    public static ActaReadException OcrMissing(string file, string what, string tool) =>
        new(file, $"{what} needs OCR, and '{tool}' is not installed; install it with 'sudo apt-get install tesseract-ocr tesseract-ocr-spa poppler-utils imagemagick' and run again (or --ocr never to refuse scans)", "ocr-missing",
            null, null, what, tool);

    public static ActaReadException OcrFailed(string file, string detail) =>
        new(file, $"OCR failed: {detail}", "ocr-failed", null, null, detail);

    public static ActaReadException ImageWithoutOcr(string file) =>
        new(file, "an image can only be read by OCR, and --ocr never turns it off; run with --ocr auto", "scanned", null, "image-without-ocr");

    /// <summary>The reader process died on the file (stack overflow, abort, signal): the file cost itself alone.</summary>
    /// <param name="reader">Which reader, e.g. "the PDF reader".</param>
    /// <param name="cause">What killed it, e.g. "stack overflow".</param>
    public static ActaReadException Crashed(string file, string reader, string cause) =>
        new(file, $"{reader} crashed: {cause}; the file is probably malformed: open it in its program and save it again, or report it with this file", "crashed",
            null, null, reader, cause);

    public static ActaReadException OutOfMemory(string file, string reader, long limitMegabytes) =>
        new(file, $"{reader} ran out of memory (the limit is {limitMegabytes:N0} MB per document) and was stopped; raise --max-memory if this file is genuine", "out-of-memory",
            null, null, reader, limitMegabytes.ToString("N0", CultureInfo.InvariantCulture));

    public static ActaReadException NotRegularFile(string file, string kind) =>
        new(file, $"not a regular file ({kind}); give the acta file itself", "not-a-regular-file", null, null, kind);

    /// <summary>A failure reported by a reader in another process, rebuilt with its code, reason, template and arguments.</summary>
    public static ActaReadException Relayed(string file, string code, string reason, string? template = null, IReadOnlyList<string>? arguments = null) =>
        new(file, reason, code, null, template, [.. arguments ?? []]);
}
