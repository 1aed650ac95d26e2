namespace Actas.Pipeline.Reading.Docx;

/// <summary>Limits <see cref="DocxPackageGuard"/> applies before a package is opened.</summary>
/// <param name="MaxCompressionRatio">
/// Largest uncompressed/compressed ratio accepted for one entry. Word XML compresses about
/// 5–20×; a zip bomb of zeros reaches 1,000× and more (default 200).
/// </param>
/// <param name="RatioCheckMinBytes">Entries smaller than this (uncompressed bytes) are not ratio-checked (default 1 MiB).</param>
public sealed record DocxPackageGuardOptions(double MaxCompressionRatio = 200, long RatioCheckMinBytes = 1024 * 1024)
{
    public static DocxPackageGuardOptions Default { get; } = new();
}
