namespace Actas.Cli.Isolation;

/// <summary>How a worker ended without answering: killed at the deadline, or dead by itself with this exit code.</summary>
/// <param name="ExitCode">128 + the signal for a signal (134: abort, as .NET ends on a stack overflow; 137: SIGKILL).</param>
/// <param name="Stderr">The first lines it wrote to stderr ("Stack overflow.", an out-of-memory message…).</param>
public sealed record WorkerDeath(bool TimedOut, int? ExitCode, string Stderr)
{
    /// <summary>True when the memory cap (GC or OS) or the kernel's OOM killer ended it.</summary>
    public bool OutOfMemory =>
        !TimedOut && (ExitCode == 137
            || Stderr.Contains("OutOfMemory", StringComparison.Ordinal)
            || Stderr.Contains("Out of memory", StringComparison.OrdinalIgnoreCase)
            || Stderr.Contains("Cannot allocate memory", StringComparison.Ordinal));

    /// <summary>The cause in words, for "the PDF reader crashed: {cause}".</summary>
    public string Cause()
    {
        if (Stderr.Contains("Stack overflow", StringComparison.Ordinal))
        {
            return "stack overflow (something in the file nests or refers to itself without end)";
        }

        var first = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var code = ExitCode is { } c ? c > 128 && c < 160 ? $"signal {c - 128}, exit {c}" : $"exit {c}" : "no exit code";
        return first is null ? $"the reader process ended ({code})" : $"the reader process ended ({code}: {Truncate(first)})";
    }

    private static string Truncate(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
