namespace Actas.Web.Hosting;

/// <summary>What a retraining printed and how it ended.</summary>
/// <param name="ExitCode">As <c>actas train --db</c>: 0 promoted, 2 kept the current model (the gate refused), 1 error.</param>
/// <param name="Output">Everything it printed: the side-by-side metrics, per-label changes and the gate's reason.</param>
/// <param name="Verdict">The gate's verdict line as printed ("Compuerta: …"); null to find the "Gate:" line in <paramref name="Output"/>.</param>
public sealed record RetrainResult(int ExitCode, string Output, string? Verdict = null)
{
    public bool Promoted => ExitCode == 0;

    /// <summary>The gate's verdict line ("Compuerta: …", "Gate: …"), null when it printed none.</summary>
    public string? GateLine => Verdict ?? Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("Gate:", StringComparison.Ordinal));
}
