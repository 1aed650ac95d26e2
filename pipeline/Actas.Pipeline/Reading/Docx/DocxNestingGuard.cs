using Actas.Pipeline.Diagnostics;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Stops the recursive walks (tables in cells, text boxes, content controls, run wrappers) at
/// <see cref="DocxReaderOptions.MaxNesting"/> levels with an <see cref="ActaReadException"/>
/// instead of a stack overflow.
/// </summary>
public sealed class DocxNestingGuard(string fileName, int maxNesting)
{
    /// <summary>Throws when <paramref name="depth"/> passes the limit; <paramref name="what"/> names what nests ("tables").</summary>
    public void Check(int depth, string what)
    {
        if (depth > maxNesting)
        {
            throw ActaReadException.Corrupt(fileName, $"Word document ({what} nested more than {maxNesting} levels deep; Word itself never writes that many)");
        }
    }
}
