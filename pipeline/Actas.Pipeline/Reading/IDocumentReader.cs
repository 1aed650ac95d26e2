using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading;

/// <summary>Reads one file format into the layout model. A new format is a new reader, never a change to extraction.</summary>
public interface IDocumentReader
{
    /// <summary>Lower-case extensions with the dot, e.g. ".docx".</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>
    /// Reads the file at <paramref name="path"/>. Throws <see cref="Diagnostics.ActaReadException"/>
    /// for a file it cannot read; recoverable oddities go to <see cref="LayoutDocument.Issues"/>.
    /// </summary>
    LayoutDocument Read(string path, ReadOptions options, CancellationToken cancellationToken = default);
}
