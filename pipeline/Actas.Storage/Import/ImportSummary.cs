namespace Actas.Storage.Import;

/// <summary>The counts of one import run; <see cref="Unchanged"/> includes renamed duplicates and second formats of a stored session.</summary>
public sealed record ImportSummary(long ImportRunId, int Stored, int Unchanged, int Failed, IReadOnlyList<ImportFileResult> Files)
{
    public override string ToString() => $"{Stored} stored, {Unchanged} unchanged, {Failed} failed";
}
