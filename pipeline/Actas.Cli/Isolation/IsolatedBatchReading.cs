using Actas.Pipeline.Reading;
using Actas.Import;

namespace Actas.Cli.Isolation;

/// <summary>The import's <see cref="BatchReader"/> for .doc, .odt and .rtf when reading runs in worker processes.</summary>
public static class IsolatedBatchReading
{
    public static BatchReader Create(ReaderPool workers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workers);
        return new BatchReader(
            new HashSet<string>(new LegacyOfficeReader().Extensions, StringComparer.OrdinalIgnoreCase),
            paths => workers.ReadMany(paths, cancellationToken));
    }
}
