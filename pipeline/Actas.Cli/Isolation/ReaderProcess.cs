using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Actas.Cli.Isolation;

/// <summary>
/// One <c>actas worker</c> child process: requests go to its stdin, replies come from its stdout, one JSON line
/// each. A worker that does not answer within the limit is killed; one that dies is reported as a
/// <see cref="WorkerDeath"/>. Used by one thread at a time (the <see cref="ReaderPool"/> lends it out).
/// </summary>
internal sealed class ReaderProcess : IDisposable
{
    private const int StderrLinesKept = 20;
    private readonly Process _process;
    private readonly List<string> _stderr = [];
    private bool _dead;

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
        start.Environment["DOTNET_GCHeapHardLimit"] = (options.MemoryMegabytes * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture);
        var worker = new ReaderProcess(new Process { StartInfo = start });
        worker._process.ErrorDataReceived += (_, e) => worker.KeepStderr(e.Data);
        worker._process.Start();
        worker._process.BeginErrorReadLine();
        var ready = worker.Receive(options.EffectiveStartTimeout, CancellationToken.None);
        if (ready is not { Id: 0 })
        {
            var death = worker.Death;
            worker.Dispose();
            throw new InvalidOperationException(
                $"could not start the reader process '{launch.FileName} {string.Join(' ', launch.Arguments)}' ({death?.Cause() ?? "no ready line"})");
        }

        return worker;
    }

    /// <summary>Set once the worker is dead or killed; it must then be replaced.</summary>
    public WorkerDeath? Death { get; private set; }

    /// <summary>Sends <paramref name="request"/> and waits at most <paramref name="limit"/> for its reply.</summary>
    /// <returns>The reply, or null with <see cref="Death"/> set.</returns>
    /// <exception cref="OperationCanceledException">The caller cancelled; the worker was killed.</exception>
    public WorkerReply? Send(WorkerRequest request, TimeSpan limit, CancellationToken cancellationToken)
    {
        lock (_stderr)
        {
            _stderr.Clear();
        }

        try
        {
            _process.StandardInput.WriteLine(WorkerJson.Write(request));
            _process.StandardInput.Flush();
        }
        catch (IOException)
        {
            // The pipe broke: the worker is already dead; Receive reads its end of file and says how it died.
        }

        var reply = Receive(limit, cancellationToken);
        return reply?.Id == request.Id ? reply : null;
    }

    private WorkerReply? Receive(TimeSpan limit, CancellationToken cancellationToken)
    {
        var line = _process.StandardOutput.ReadLineAsync(CancellationToken.None).AsTask();
        bool finished;
        try
        {
            finished = Task.WaitAny([line], (int)Math.Min(int.MaxValue, limit.TotalMilliseconds), cancellationToken) == 0;
        }
        catch (OperationCanceledException)
        {
            Kill();
            Died(timedOut: true);
            throw;
        }

        if (!finished)
        {
            Kill();
            Died(timedOut: true);
            return null;
        }

        if (line.Result is not { } text)
        {
            Died(timedOut: false);
            return null;
        }

        return WorkerJson.Read<WorkerReply>(text);
    }

    private void Died(bool timedOut)
    {
        _dead = true;
        _process.WaitForExit();
        string stderr;
        lock (_stderr)
        {
            stderr = string.Join('\n', _stderr);
        }

        Death = new WorkerDeath(timedOut, timedOut ? null : _process.ExitCode, stderr);
    }

    private void KeepStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderr)
        {
            if (_stderr.Count < StderrLinesKept)
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
        if (!_dead)
        {
            try
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(TimeSpan.FromSeconds(2)))
                {
                    Kill();
                }
            }
            catch (IOException)
            {
                Kill();
            }
        }

        _process.Dispose();
    }
}
