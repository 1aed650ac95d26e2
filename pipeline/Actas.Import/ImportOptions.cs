namespace Actas.Import;

/// <summary>How <see cref="ActaImporter"/> spreads a batch over threads.</summary>
/// <param name="Jobs">Documents read and extracted at once; 0 means <see cref="Environment.ProcessorCount"/>.</param>
/// <param name="ReadAhead">
/// Documents extracted but not yet stored, at most; 0 means twice <see cref="Jobs"/>. Bounds memory: results are
/// stored and reported in input order, so a slow document holds back at most this many finished ones.
/// </param>
/// <param name="BatchReader">
/// Reads formats that are cheaper in bulk (legacy Office files through one LibreOffice launch); null reads every
/// file one by one.
/// </param>
/// <param name="MaxBytes">Largest file hashed and read, in bytes (default 50 MiB, as <c>ReadOptions.MaxBytes</c>); checked before reading a byte.</param>
public sealed record ImportOptions(int Jobs = 0, int ReadAhead = 0, BatchReader? BatchReader = null, long MaxBytes = 50L * 1024 * 1024)
{
    public static ImportOptions Default { get; } = new();

    public int EffectiveJobs => Jobs > 0 ? Jobs : Environment.ProcessorCount;

    public int EffectiveReadAhead => Math.Max(ReadAhead > 0 ? ReadAhead : 2 * EffectiveJobs, EffectiveJobs);
}
