using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Chooses the reader for a file by extension, after the checks every format shares:
/// the file exists, is not empty, is not over the size limit, and its content matches
/// its extension (a .docx must be a zip, a .pdf must start with %PDF).
/// </summary>
public sealed class DocumentReaderRegistry
{
    private readonly Dictionary<string, IDocumentReader> _byExtension;

    public DocumentReaderRegistry(IEnumerable<IDocumentReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _byExtension = new Dictionary<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase);
        foreach (var reader in readers)
        {
            foreach (var extension in reader.Extensions)
            {
                _byExtension[extension] = reader;
            }
        }
    }

    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    public bool Handles(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    public LayoutDocument Read(string path, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var name = options.DisplayName ?? Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!File.Exists(path))
        {
            throw ActaReadException.NotFound(name);
        }

        if (!_byExtension.TryGetValue(extension, out var reader))
        {
            throw ActaReadException.Unsupported(name, extension.Length == 0 ? "(none)" : extension);
        }

        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            throw ActaReadException.Empty(name);
        }

        if (length > options.MaxBytes)
        {
            throw ActaReadException.TooManyBytes(name, length, options.MaxBytes);
        }

        CheckSignature(path, name, extension);
        return reader.Read(path, options with { DisplayName = name }, cancellationToken);
    }

    private static void CheckSignature(string path, string name, string extension)
    {
        Span<byte> head = stackalloc byte[8];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.Read(head);
        }

        var content = Sniff(head[..read]);
        var expected = extension switch
        {
            ".docx" or ".odt" => "a zip package",
            ".pdf" => "a PDF",
            ".doc" => "an OLE compound document",
            _ => null,
        };
        if (expected is null || content == expected)
        {
            return;
        }

        // A .doc saved as RTF or HTML by old Word versions still converts; only refuse clear mismatches.
        if (extension == ".doc" && content is "an RTF document" or "text")
        {
            return;
        }

        if (content == "text" && extension is ".docx" or ".odt" or ".pdf")
        {
            throw ActaReadException.Corrupt(name, extension.TrimStart('.').ToUpperInvariant() + " (the content is plain text, not " + expected + ")");
        }

        throw ActaReadException.WrongContent(name, extension, content);
    }

    private static string Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK"u8))
        {
            return "a zip package";
        }

        if (head.StartsWith("%PDF"u8))
        {
            return "a PDF";
        }

        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return "an OLE compound document";
        }

        if (head.StartsWith("{\\rtf"u8))
        {
            return "an RTF document";
        }

        return "text";
    }
}
