using System.Runtime.InteropServices;

namespace Actas.Cli.Isolation;

/// <summary>
/// The OS side of a worker's memory cap: <c>setrlimit(RLIMIT_DATA)</c> on the worker itself. Measured with .NET 10
/// on Linux: RLIMIT_AS is useless (the runtime reserves about 1 GB of address space before running anything, plus the
/// GC's region range, and fails to start under 2.5 GB), while RLIMIT_DATA counts only memory the process writes to,
/// so an ordinary acta reads fine under 128 MB and a 190 MB .docx is stopped at the limit instead of taking 3 GB.
/// The GC heap hard limit (<c>DOTNET_GCHeapHardLimit</c>) sits below it so managed allocations fail first, as a
/// catchable <see cref="OutOfMemoryException"/>; this limit catches native allocations.
/// </summary>
internal static class ResourceLimit
{
    private const int RlimitData = 2;

    /// <returns>False where the limit cannot be set (not Linux, or refused); the GC limit still holds.</returns>
    public static bool LimitData(long bytes)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var limit = new RLimit { Current = (ulong)bytes, Maximum = (ulong)bytes };
        return SetRLimit(RlimitData, ref limit) == 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [DllImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static extern int SetRLimit(int resource, ref RLimit limit);
}
