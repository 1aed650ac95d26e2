using System.Collections.Concurrent;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Actas.Storage.Import;

namespace Actas.Cli.Isolation;

/// <summary>
/// Reads and extracts files in <c>actas worker</c> processes, as Apache Tika's forked parser does: a file that
/// overflows the stack, exhausts the memory cap or outlives the timeout kills its worker, not the import. That file
/// fails with one <see cref="ActaReadException"/> naming the reader and the cause; the worker is replaced on the next
/// request. Workers are started on demand and kept for the next file, so there are at most as many as threads
/// calling <see cref="Read"/> at once. Thread-safe.
/// </summary>
public sealed class ReaderPool : IDisposable
{
    private readonly ConcurrentBag<ReaderProcess> _idle = [];
    private readonly WorkerLaunch _launch;
    private readonly ReadOptions _read;
    private readonly IsolationOptions _options;
    private long _nextId;
    private bool _disposed;

    public ReaderPool(WorkerLaunch launch, ReadOptions? read = null, IsolationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(launch);
        _launch = launch;
        _read = read ?? ReadOptions.Default;
        _options = options ?? IsolationOptions.Default;
    }

    /// <summary>Reads and extracts one file in a worker; throws <see cref="ActaReadException"/> for a bad file, as the pipeline does.</summary>
    public Acta Read(string path, CancellationToken cancellationToken = default)
    {
        var result = ReadMany([path], cancellationToken)[0];
        return result.Acta ?? throw result.Error!;
    }

    /// <summary>
    /// Legacy Office files converted together by one LibreOffice launch in one worker. When the worker dies, or the
    /// batch ran out of time, the files without a result are read again one by one, so only the culprit fails.
    /// </summary>
    public IReadOnlyList<BatchReadResult> ReadMany(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            return [];
        }

        var (reply, death) = Exchange(paths, cancellationToken);
        if (reply is null)
        {
            return paths.Count == 1
                ? [new BatchReadResult(paths[0], null, Failure(paths[0], death!))]
                : [.. paths.SelectMany(p => ReadMany([p], cancellationToken))];
        }

        return [.. reply.Results.Select(r => paths.Count > 1 && r.Code == "timeout"
            ? ReadMany([r.Path], cancellationToken)[0]
            : ToResult(r))];
    }

    private (WorkerReply? Reply, WorkerDeath? Death) Exchange(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var worker = _idle.TryTake(out var idle) ? idle : ReaderProcess.Start(_launch, _options);
        var request = new WorkerRequest(Interlocked.Increment(ref _nextId), [.. paths.Select(Path.GetFullPath)],
            _read.MaxBytes, _read.MaxPages, _read.MaxUncompressedBytes, _read.EffectiveTimeout.TotalSeconds);
        var limit = _read.EffectiveTimeout * paths.Count + _options.EffectiveGrace;
        WorkerReply? reply;
        try
        {
            reply = worker.Send(request, limit, cancellationToken);
        }
        catch
        {
            worker.Dispose();
            throw;
        }

        if (reply is null || reply.Exiting)
        {
            var death = worker.Death;
            worker.Dispose();
            if (reply is null)
            {
                return (null, death);
            }
        }
        else
        {
            _idle.Add(worker);
        }

        // The worker reads full paths; the caller's spelling of each path is what the import reports.
        return (reply with { Results = [.. reply.Results.Select((r, i) => r with { Path = paths[i] })] }, null);
    }

    private BatchReadResult ToResult(WorkerResult result) => result switch
    {
        { Acta: { } acta } => new BatchReadResult(result.Path, acta, null),
        { Code: "out-of-memory" } => new BatchReadResult(result.Path, null,
            ActaReadException.OutOfMemory(Name(result.Path), ReaderName(result.Path), _options.MemoryMegabytes)),
        { Code: "crashed" } => new BatchReadResult(result.Path, null,
            ActaReadException.Crashed(Name(result.Path), ReaderName(result.Path), result.Reason ?? "unknown cause")),
        _ => new BatchReadResult(result.Path, null,
            ActaReadException.Relayed(Name(result.Path), result.Code ?? "internal", result.Reason ?? "no reason given; please report it with this file")),
    };

    private ActaReadException Failure(string path, WorkerDeath death) =>
        death.TimedOut ? ActaReadException.Timeout(Name(path), _read.EffectiveTimeout)
        : death.OutOfMemory ? ActaReadException.OutOfMemory(Name(path), ReaderName(path), _options.MemoryMegabytes)
        : ActaReadException.Crashed(Name(path), ReaderName(path), death.Cause());

    private static string Name(string path) => Path.GetFileName(path);

    /// <summary>"the PDF reader", "the Word reader"…: the part of Actas that died, for the user's line.</summary>
    public static string ReaderName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pdf" => "the PDF reader",
        ".docx" => "the Word (.docx) reader",
        ".doc" or ".odt" or ".rtf" => "the legacy Office reader (LibreOffice, then the Word reader)",
        ".txt" => "the text reader",
        _ => "the reader",
    };

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var worker))
        {
            worker.Dispose();
        }
    }
}
