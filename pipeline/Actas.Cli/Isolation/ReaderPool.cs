using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Actas.Import;

namespace Actas.Cli.Isolation;

/// <summary>
/// Reads and extracts files in <c>actas worker</c> processes, as Apache Tika's forked parser does: a file that
/// overflows the stack, exhausts the memory cap or outlives the timeout kills its worker, not the import. That file
/// fails with one <see cref="ActaReadException"/> naming the reader and the cause; files queued behind it in the same
/// worker are sent again, and the worker is replaced. Thread-safe: callers on several threads share
/// <see cref="IsolationOptions.Workers"/> processes, each request going to the least busy one.
/// </summary>
public sealed class ReaderPool : IDisposable
{
    private readonly WorkerLaunch _launch;
    private readonly ReadOptions _read;
    private readonly IsolationOptions _options;
    private readonly Task<ReaderProcess>?[] _slots;
    private readonly int[] _reserved;
    private readonly Lock _gate = new();
    private long _nextId;
    private bool _disposed;

    public ReaderPool(WorkerLaunch launch, ReadOptions? read = null, IsolationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(launch);
        _launch = launch;
        _read = read ?? ReadOptions.Default;
        _options = options ?? IsolationOptions.Default;
        _slots = new Task<ReaderProcess>?[Math.Max(1, _options.Workers)];
        _reserved = new int[_slots.Length];
    }

    /// <summary>
    /// Starts every worker in the background, so their start (about 1–2 s of runtime start and JIT each) overlaps
    /// with the caller's own (database migration, classifier load) instead of delaying the first files.
    /// </summary>
    public void Prestart()
    {
        lock (_gate)
        {
            for (var i = 0; i < _slots.Length; i++)
            {
                _slots[i] ??= StartWorker();
            }
        }
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

        var answer = Exchange(paths, cancellationToken);
        if (answer.Reply is not { } reply)
        {
            return paths.Count == 1
                ? [new BatchReadResult(paths[0], null, Failure(paths[0], answer.Death!))]
                : [.. paths.SelectMany(p => ReadMany([p], cancellationToken))];
        }

        return [.. reply.Results.Select((r, i) => paths.Count > 1 && r.Code == "timeout"
            ? ReadMany([paths[i]], cancellationToken)[0]
            : ToResult(paths[i], r))];
    }

    /// <summary>Sends the request until a worker answers it or dies on it (a bystander's request is sent again).</summary>
    private WorkerAnswer Exchange(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var request = new WorkerRequest(0, [.. paths.Select(Path.GetFullPath)],
            _read.MaxBytes, _read.MaxPages, _read.MaxUncompressedBytes, _read.EffectiveTimeout.TotalSeconds, _read.Ocr,
            _read.EffectiveOcrPageAllowance.TotalSeconds, [.. paths.Select(FileFingerprint.Assumed)]);
        var limit = _read.EffectiveTimeout * paths.Count + _options.EffectiveGrace;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slot = Reserve();
            Task<WorkerAnswer> sent;
            try
            {
                var worker = _slots[slot]!.GetAwaiter().GetResult();
                sent = worker.Send(request with { Id = Interlocked.Increment(ref _nextId) }, limit);
            }
            finally
            {
                Interlocked.Decrement(ref _reserved[slot]);
            }

            sent.Wait(cancellationToken);
            if (!sent.Result.Bystander)
            {
                return sent.Result;
            }
        }
    }

    /// <summary>The least busy worker's slot, replacing dead workers; reserved until the request is sent.</summary>
    private int Reserve()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var best = -1;
            var bestLoad = int.MaxValue;
            for (var i = 0; i < _slots.Length; i++)
            {
                if (_slots[i] is { IsCompleted: true } done && (!done.IsCompletedSuccessfully || done.Result.Death is not null))
                {
                    if (done.IsCompletedSuccessfully)
                    {
                        var dead = done.Result;
                        _ = Task.Run(dead.Dispose);
                    }

                    _slots[i] = null;
                }

                _slots[i] ??= StartWorker();
                var load = Volatile.Read(ref _reserved[i]) + (_slots[i]!.IsCompletedSuccessfully ? _slots[i]!.Result.Load : 0);
                if (load < bestLoad)
                {
                    (best, bestLoad) = (i, load);
                }
            }

            Interlocked.Increment(ref _reserved[best]);
            return best;
        }
    }

    /// <summary>Called for each page any worker has read by OCR (a long scan's progress).</summary>
    public Action? OcrPageDone { get; set; }

    private Task<ReaderProcess> StartWorker() => Task.Run(() =>
    {
        var worker = ReaderProcess.Start(_launch, _options);
        worker.OcrPageDone = () => OcrPageDone?.Invoke();
        return worker;
    });

    private BatchReadResult ToResult(string path, WorkerResult result) => result switch
    {
        // The worker reads full paths; the caller's spelling of each path is what the import reports.
        { Acta: { } acta } => new BatchReadResult(path, acta, null),
        { Code: "out-of-memory" } => new BatchReadResult(path, null,
            ActaReadException.OutOfMemory(Name(path), ReaderName(path), _options.MemoryMegabytes)),
        { Code: "crashed" } => new BatchReadResult(path, null,
            ActaReadException.Crashed(Name(path), ReaderName(path), result.Reason ?? "unknown cause")),
        _ => new BatchReadResult(path, null,
            ActaReadException.Relayed(Name(path), result.Code ?? "internal", result.Reason ?? "no reason given; please report it with this file",
                result.Template, result.Arguments)),
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
        Task<ReaderProcess>?[] slots;
        lock (_gate)
        {
            _disposed = true;
            slots = [.. _slots];
        }

        foreach (var slot in slots.OfType<Task<ReaderProcess>>())
        {
            try
            {
                slot.Wait();
                slot.Result.Dispose();
            }
            catch (AggregateException)
            {
                // It never started; nothing to stop.
            }
        }
    }
}
