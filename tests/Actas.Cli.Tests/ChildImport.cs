using System.Diagnostics;

namespace Actas.Cli.Tests;

/// <summary>Runs <c>dotnet actas.dll import …</c> as a child process, the way a user or a cron job would.</summary>
internal sealed class ChildImport : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();
    private readonly System.Text.StringBuilder _standardOutput = new();
    private int _stored;

    public ChildImport(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.ActasDll);
        start.ArgumentList.Add("import");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Received(e.Data, countStored: true);
        _process.ErrorDataReceived += (_, e) => Received(e.Data, countStored: false);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Result lines saying "stored" so far.</summary>
    public int Stored => Volatile.Read(ref _stored);

    /// <summary>Waits until <paramref name="count"/> files were reported stored, the process ended, or the limit passed.</summary>
    public void WaitForStored(int count, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (Stored < count && !_process.HasExited && clock.Elapsed < limit)
        {
            Thread.Sleep(5);
        }
    }

    private void Received(string? line, bool countStored)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            if (countStored)
            {
                _standardOutput.AppendLine(line);
            }
        }

        if (countStored && line.EndsWith(": stored", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _stored);
        }
    }

    /// <summary>SIGKILL, no chance to clean up: what a power cut or the OOM killer does.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as a service manager or <c>kill</c> stops a job: the import may finish its summary.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public int ProcessId => _process.Id;

    public (int Exit, string Output) Wait(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            Kill();
            throw new TimeoutException($"actas import did not finish within {limit.TotalSeconds} s");
        }

        _process.WaitForExit();
        lock (_output)
        {
            return (_process.ExitCode, _output.ToString());
        }
    }

    /// <summary>
    /// Standard output alone, in its own order. <see cref="Wait"/>'s output interleaves both streams as their lines arrive, so a
    /// line on standard error (the stop message) may land after the summary printed last on standard output.
    /// </summary>
    public string StandardOutput
    {
        get
        {
            lock (_output)
            {
                return _standardOutput.ToString();
            }
        }
    }

    public void Dispose() => _process.Dispose();
}
