using Actas.Pipeline;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Reading;
using Actas.Import;

namespace Actas.Cli.Composition;

/// <summary>
/// The import's <see cref="BatchReader"/> for .doc, .odt and .rtf: one LibreOffice launch per batch
/// (<see cref="LegacyOfficeReader.ReadMany"/>; each launch costs about 4 s), then extraction file by file.
/// </summary>
public static class LegacyBatchReading
{
    public static BatchReader Create(ActaPipeline pipeline, ReadOptions options, CancellationToken cancellationToken, LegacyOfficeReader? reader = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        var legacy = reader ?? new LegacyOfficeReader();
        return new BatchReader(
            new HashSet<string>(legacy.Extensions, StringComparer.OrdinalIgnoreCase),
            paths => Read(paths, pipeline, legacy, options, cancellationToken));
    }

    private static BatchReadResult[] Read(IReadOnlyList<string> paths, ActaPipeline pipeline, LegacyOfficeReader reader, ReadOptions options, CancellationToken cancellationToken)
    {
        var results = new BatchReadResult?[paths.Count];
        var convert = new List<int>();
        for (var i = 0; i < paths.Count; i++)
        {
            var length = new FileInfo(paths[i]).Length;
            if (length > options.MaxBytes)
            {
                results[i] = new BatchReadResult(paths[i], null,
                    ActaReadException.TooManyBytes(Path.GetFileName(paths[i]), length, options.MaxBytes));
            }
            else
            {
                convert.Add(i);
            }
        }

        var converted = reader.ReadMany([.. convert.Select(i => paths[i])], options, cancellationToken);
        for (var k = 0; k < convert.Count; k++)
        {
            var (path, layout, error) = (converted[k].Path, converted[k].Document, converted[k].Error);
            try
            {
                results[convert[k]] = layout is null
                    ? new BatchReadResult(path, null, error)
                    : new BatchReadResult(path, pipeline.Extract(layout), null);
            }
            catch (ActaReadException ex)
            {
                results[convert[k]] = new BatchReadResult(path, null, ex);
            }
        }

        return [.. results.Select(r => r!)];
    }
}
