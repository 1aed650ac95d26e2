namespace Actas.Pipeline.Reading;

/// <summary>The readers Actas ships with.</summary>
public static class DocumentReaders
{
    public static DocumentReaderRegistry CreateDefault() => new(
    [
        new TextDumpReader(),
        new DocxReader(),
        new PdfReader(),
        new LegacyOfficeReader(),
    ]);
}
