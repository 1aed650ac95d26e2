using System.IO.Compression;
using Actas.Pipeline.Diagnostics;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Inspects a .docx as a plain zip before the Open XML SDK inflates anything: refuses zip bombs
/// (total declared size over <see cref="ReadOptions.MaxUncompressedBytes"/>, or one entry with an
/// absurd compression ratio) and packages without <c>word/document.xml</c>.
/// </summary>
public sealed class DocxPackageGuard(DocxPackageGuardOptions options)
{
    private const string MainPart = "word/document.xml";

    public DocxPackageGuard()
        : this(DocxPackageGuardOptions.Default)
    {
    }

    /// <summary>Throws <see cref="ActaReadException"/> (too-large or corrupt) when the package must not be opened.</summary>
    public void Check(string path, string name, ReadOptions readOptions)
    {
        ArgumentNullException.ThrowIfNull(readOptions);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            long total = 0;
            var hasMainPart = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > readOptions.MaxUncompressedBytes)
                {
                    throw ActaReadException.TooLarge(name, $"the Word package inflates to more than {readOptions.MaxUncompressedBytes:N0} bytes (possible zip bomb)");
                }

                var ratio = entry.Length / (double)Math.Max(entry.CompressedLength, 1);
                if (entry.Length >= options.RatioCheckMinBytes && ratio > options.MaxCompressionRatio)
                {
                    throw ActaReadException.TooLarge(name, $"entry '{entry.FullName}' inflates {ratio:N0}× to {entry.Length:N0} bytes (zip bomb)");
                }

                hasMainPart |= string.Equals(entry.FullName.TrimStart('/'), MainPart, StringComparison.OrdinalIgnoreCase);
            }

            if (!hasMainPart)
            {
                throw ActaReadException.Corrupt(name, $"Word document (the package has no {MainPart})");
            }
        }
        catch (InvalidDataException ex)
        {
            throw ActaReadException.Corrupt(name, "Word document", ex);
        }
    }
}
