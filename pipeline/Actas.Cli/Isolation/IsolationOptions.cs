namespace Actas.Cli.Isolation;

/// <summary>How many reader worker processes, and the limits of each.</summary>
/// <param name="Workers">Worker processes; each reads one document at a time.</param>
/// <param name="MemoryMegabytes">
/// Managed heap per worker (<c>DOTNET_GCHeapHardLimit</c>); the OS limit on written memory (RLIMIT_DATA) is this
/// plus <paramref name="NativeHeadroomMegabytes"/>. Default 1,024 MB: the corpus actas need under 100 MB; a .docx that
/// inflates to 190 MB needed 3.6 GB in-process.
/// </param>
/// <param name="Grace">Added to the per-document timeout before the parent kills a worker that did not stop itself.</param>
/// <param name="StartTimeout">Longest a new worker may take to say it is ready.</param>
public sealed record IsolationOptions(
    int Workers = 2,
    long MemoryMegabytes = 1024,
    long NativeHeadroomMegabytes = 512,
    TimeSpan? Grace = null,
    TimeSpan? StartTimeout = null)
{
    public static IsolationOptions Default { get; } = new();

    public TimeSpan EffectiveGrace => Grace ?? TimeSpan.FromSeconds(2);

    public TimeSpan EffectiveStartTimeout => StartTimeout ?? TimeSpan.FromSeconds(30);
}
