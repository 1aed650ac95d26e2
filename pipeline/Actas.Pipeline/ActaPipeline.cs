using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline;

/// <summary>read → layout → extract, for one file. Built once, used for many files.</summary>
public sealed class ActaPipeline
{
    private readonly DocumentReaderRegistry _readers;
    private readonly ActaExtractor _extractor;
    private readonly PageBreakCellJoiner _joiner = new();

    public ActaPipeline(DocumentReaderRegistry readers, ActaExtractor extractor)
    {
        _readers = readers;
        _extractor = extractor;
    }

    public static ActaPipeline CreateDefault() => new(DocumentReaders.CreateDefault(), new ActaExtractor());

    public DocumentReaderRegistry Readers => _readers;

    public Acta Process(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var layout = _readers.Read(path, options ?? ReadOptions.Default, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return _extractor.Extract(_joiner.Join(layout));
    }
}
