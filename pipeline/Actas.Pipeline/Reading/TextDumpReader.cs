using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading;

/// <summary>Reads .txt dumps of Word files like the seed acta.</summary>
public sealed class TextDumpReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public LayoutDocument Read(string path, ReadOptions options, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
