namespace Actas.Cli.Isolation;

/// <summary>
/// One line a <see cref="ReaderProcess"/> sends to <c>actas worker</c>: the files to read and extract, with the
/// per-document limits of <see cref="Pipeline.Reading.ReadOptions"/>. One path is read alone; several paths are a
/// legacy batch converted by one LibreOffice launch.
/// </summary>
/// <param name="TimeoutSeconds">Per document; the worker stops itself at this limit, the parent kills it a little later.</param>
/// <param name="Ocr">The import's <c>--ocr</c> mode, so a worker reads scanned pages as the command asked.</param>
/// <param name="Sha256s">Per path, its SHA-256 as the import hashed it before sending it (null: unknown), so the worker's
/// reader does not read the file again for it.</param>
/// <param name="OcrPageSeconds">Added to the document's time for each page read by OCR (<see cref="Pipeline.Reading.ReadOptions.OcrPageAllowance"/>).</param>
public sealed record WorkerRequest(
    long Id,
    IReadOnlyList<string> Paths,
    long MaxBytes,
    int MaxPages,
    long MaxUncompressedBytes,
    double TimeoutSeconds,
    Pipeline.Reading.Ocr.OcrMode Ocr = Pipeline.Reading.Ocr.OcrMode.Auto,
    double OcrPageSeconds = 30,
    IReadOnlyList<string?>? Sha256s = null)
{
    /// <summary>The hashes the import already took, by path, for the readers (<see cref="Pipeline.Reading.FileFingerprint.Assume"/>).</summary>
    public IEnumerable<KeyValuePair<string, string>> KnownHashes() =>
        Sha256s is null ? [] : Paths.Zip(Sha256s).Where(p => p.Second is not null).Select(p => KeyValuePair.Create(p.First, p.Second!));
}
