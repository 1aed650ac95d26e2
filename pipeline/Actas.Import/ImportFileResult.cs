namespace Actas.Import;

/// <summary>One file's result; <see cref="Line"/> is what the user sees: "{path}: {message}".</summary>
/// <param name="Other">The stored file this one was recognised as (duplicate, same session, corrected or earlier copy), for a
/// front end that words the line itself (in the user's language).</param>
/// <param name="ReadError">Why a failed file could not be read (its code, template and arguments), for the same purpose; null for
/// other outcomes and for failures that are not the file's (the database, an internal error).</param>
public sealed record ImportFileResult(
    string Path, ImportFileOutcome Outcome, string Message, string? Other = null, Pipeline.Diagnostics.ActaReadException? ReadError = null)
{
    /// <summary>The path as shown on one line.</summary>
    public string ShownPath => Shown(Path);

    /// <summary>One line per file even for a name with a line break or another control character: written as \n, \t, \u001b.</summary>
    public string Line => $"{ShownPath}: {Message}";

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
