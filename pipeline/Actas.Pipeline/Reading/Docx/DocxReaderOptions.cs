namespace Actas.Pipeline.Reading.Docx;

/// <summary>The limits of <see cref="DocxReader"/>, frozen once the reader is built.</summary>
/// <param name="MaxNesting">
/// Deepest nesting of tables in cells, text boxes in text boxes and content controls the reader
/// follows (default 32). Real actas nest two or three levels; a deeper file is damaged or hostile,
/// and reading it would overflow the stack.
/// </param>
public sealed record DocxReaderOptions(int MaxNesting = 32)
{
    public static DocxReaderOptions Default { get; } = new();
}
