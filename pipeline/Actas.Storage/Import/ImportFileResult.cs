namespace Actas.Storage.Import;

/// <summary>One file's result; <see cref="Line"/> is what the user sees: "{path}: {message}".</summary>
public sealed record ImportFileResult(string Path, ImportFileOutcome Outcome, string Message)
{
    /// <summary>One line per file even for a name with a line break or another control character: written as \n, \t, \u001b.</summary>
    public string Line => $"{Shown(Path)}: {Message}";

    private static string Shown(string path) => !path.Any(char.IsControl) ? path : string.Concat(path.Select(c => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ when char.IsControl(c) => $"\\u{(int)c:x4}",
        _ => c.ToString(),
    }));

    public bool Failed => Outcome == ImportFileOutcome.Failed;
}
