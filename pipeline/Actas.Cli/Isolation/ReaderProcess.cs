using System.Diagnostics;
using System.Globalization;
using System.Text;
using Actas.Pipeline.Reading.Legacy;

namespace Actas.Cli.Isolation;

/// <summary>
/// One <c>actas worker</c> child process: requests go to its stdin, replies come from its stdout, one JSON line
/// each, in order. Requests are pipelined (several may wait in the worker's stdin) so a busy machine's scheduling
/// delay between processes is not paid once per document; the worker still reads one document at a time, so when it
/// dies the request it was on (the oldest unanswered) is the culprit and the ones behind it are bystanders. The
/// oldest unanswered request is killed at its limit, counted from the moment the worker could start on it.
/// </summary>
internal sealed class ReaderProcess : IDisposable
{
    private const int StderrLinesKept = 20;
    private readonly Process _process;
    private readonly List<string> _stderr = [];
    private readonly Queue<Pending> _pending = new();
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private Timer? _watchdog;
    private Thread? _replies;
    private bool _killedAtLimit;
    private bool _exiting;

    private sealed class Pending(long id, TimeSpan limit, TimeSpan perOcrPage)
    {
        public long Id { get; } = id;

        public TimeSpan Limit { get; set; } = limit;

        public TimeSpan PerOcrPage { get; } = perOcrPage;

        public TimeSpan StartedAt { get; set; }

        public TaskCompletionSource<WorkerAnswer> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private ReaderProcess(Process process)
    {
        _process = process;
    }

    public static ReaderProcess Start(WorkerLaunch launch, IsolationOptions options)
    {
        var start = new ProcessStartInfo(launch.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in launch.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--max-data-mb");
        start.ArgumentList.Add((options.MemoryMegabytes + options.NativeHeadroomMegabytes).ToString(CultureInfo.InvariantCulture));
        // Measured: without dynamic PGO's instrumented tier a worker starts and warms up with about 0.25 s less CPU.
        start.Environment["DOTNET_TieredPGO"] = "0";
        // Measured on 100 .docx per worker (process CPU, two runs each): tier-1 re-compilation 1 s after the last new
        // method instead of 0.1 s saves a worker about 0.35 s of 2.5 s (it re-compiles ~700 fewer methods), and a 32 MB
        // gen0 budget runs 7 collections instead of 70-90 (GC pauses 0.2 s instead of 0.6 s), within the heap cap below.
        start.Environment["DOTNET_TC_CallCountingDelayMs"] = "1000";
        start.Environment["DOTNET_GCgen0size"] = "0x2000000";
        // W^X (on by default since .NET 7) stays on: off, an import of 16 scanned actas took 0.6-1.5 CPU s less (session 13),
        // but a worker reads untrusted files, and a hardening of the process that reads them is worth more than that.
        start.Environment["DOTNET_GCHeapHardLimit"] = (options.MemoryMegabytes * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture);
        var worker = new ReaderProcess(new Process { StartInfo = start });
        worker._process.ErrorDataReceived += (_, e) => worker.KeepStderr(e.Data);
        worker._process.Start();
        worker._process.BeginErrorReadLine();
        var ready = worker._process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(options.EffectiveStartTimeout) || ready.Result is null)
        {
            worker.Kill();
            worker._process.WaitForExit();
            var stderr = worker.StderrText();
            worker._process.Dispose();
            throw new InvalidOperationException(
                $"could not start the reader process '{launch.FileName} {string.Join(' ', launch.Arguments)}'{(stderr.Length > 0 ? $" ({stderr.Split('\n')[0]})" : "")}");
        }

        worker._replies = new Thread(worker.ReadReplies) { IsBackground = true, Name = "actas worker replies" };
        worker._replies.Start();
        worker._watchdog = new Timer(_ => worker.KillOverdue(), null, 100, 100);
        return worker;
    }

    /// <summary>Set once the worker is dead or killed; it must then be replaced.</summary>
    public WorkerDeath? Death { get; private set; }

    /// <summary>Called (on the reply thread) for each page a worker has read by OCR, for a progress display.</summary>
    public Action? OcrPageDone { get; set; }

    /// <summary>Requests sent and not answered yet.</summary>
    public int Load
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Sends <paramref name="request"/>; the answer comes when the worker replies or dies.</summary>
    /// <param name="limit">From the moment the worker can start on it (the requests before it answered).</param>
    public Task<WorkerAnswer> Send(WorkerRequest request, TimeSpan limit)
    {
        var pending = new Pending(request.Id, limit, TimeSpan.FromSeconds(request.OcrPageSeconds));
        lock (_gate)
        {
            if (Death is not null)
            {
                return Task.FromResult(new WorkerAnswer(null, Death, Bystander: true));
            }

            if (_pending.Count == 0)
            {
                pending.StartedAt = _clock.Elapsed;
            }

            _pending.Enqueue(pending);
            try
            {
                _process.StandardInput.WriteLine(WorkerJson.Write(request));
                _process.StandardInput.Flush();
            }
            catch (IOException)
            {
                // The pipe broke: the worker is dead; the reply thread reads its end of file and answers.
            }
        }

        return pending.Answer.Task;
    }

    private void ReadReplies()
    {
        try
        {
            while (_process.StandardOutput.ReadLine() is { } line)
            {
                var reply = WorkerJson.Read<WorkerReply>(line);
                lock (_gate)
                {
                    if (reply.IsProgress)
                    {
                        // A long scan: each page read by OCR earns the request one more page allowance.
                        if (_pending.TryPeek(out var running) && running.Id == reply.Id)
                        {
                            running.Limit += running.PerOcrPage;
                            OcrPageDone?.Invoke();
                        }

                        continue;
                    }

                    _exiting |= reply.Exiting;
                    var head = _pending.Dequeue();
                    if (_pending.TryPeek(out var next))
                    {
                        next.StartedAt = _clock.Elapsed;
                    }

                    head.Answer.SetResult(head.Id == reply.Id
                        ? new WorkerAnswer(reply, null, false)
                        : throw new InvalidOperationException($"worker replied to request {reply.Id}, expected {head.Id}"));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Text.Json.JsonException)
        {
            Kill();
        }

        Died();
    }

    private void Died()
    {
        _process.WaitForExit();
        _watchdog?.Dispose();
        // A killed worker could not remove its conversion copies and LibreOffice profile; its exit makes them ours to delete.
        ConversionTempFolders.RemoveOf(_process.Id);
        lock (_gate)
        {
            Death = new WorkerDeath(_killedAtLimit, _killedAtLimit ? null : _process.ExitCode, StderrText());
            var first = !_exiting; // after a reply saying it stops, nothing left was its culprit
            while (_pending.TryDequeue(out var pending))
            {
                pending.Answer.SetResult(new WorkerAnswer(null, Death, Bystander: !first));
                first = false;
            }
        }
    }

    private void KillOverdue()
    {
        lock (_gate)
        {
            if (Death is null && _pending.TryPeek(out var head) && _clock.Elapsed - head.StartedAt > head.Limit)
            {
                _killedAtLimit = true;
                Kill();
            }
        }
    }

    private string StderrText()
    {
        lock (_stderr)
        {
            return string.Join('\n', _stderr);
        }
    }

    private void KeepStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderr)
        {
            // The first lines say what happened; a marker further down (after a library's warnings) is kept too.
            if (_stderr.Count < StderrLinesKept || line.StartsWith("Stack overflow", StringComparison.Ordinal)
                || line.Contains("OutOfMemory", StringComparison.Ordinal))
            {
                _stderr.Add(line);
            }
        }
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Already dead.
        }

        if (!_replies!.Join(TimeSpan.FromSeconds(5)))
        {
            Kill();
            _replies.Join();
        }

        _process.Dispose();
    }
}
