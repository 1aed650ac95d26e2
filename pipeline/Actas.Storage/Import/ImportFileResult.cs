namespace Actas.Storage.Import;

/// <summary>One file's result; <see cref="Line"/> is what the user sees: "{path}: {message}".</summary>
public sealed record ImportFileResult(string Path, ImportFileOutcome Outcome, string Message)
{
    public string Line => $"{Path}: {Message}";

    public bool Failed => Outcome == ImportFileOutcome.Failed;
}
