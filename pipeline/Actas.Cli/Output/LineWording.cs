using System.Globalization;
using Actas.Cli.Usage;
using Actas.Pipeline.Diagnostics;

namespace Actas.Cli.Output;

/// <summary>
/// Lines whose English words come from elsewhere — Actas.Import's per-file lines and run stops, and the .NET and SQLite
/// error texts inside them or passed through by a command — in the user's language: each sentence is a <c>line.*</c>
/// shape in Strings.resx, worded from Strings.es.resx (<see cref="PatternWording"/>); English and unknown sentences are
/// shown as they are.
/// </summary>
public static class LineWording
{
    private static readonly PatternWording Shapes = new(Localized.Resources, "line.");

    /// <summary><paramref name="text"/> in the current UI culture's words.</summary>
    /// <param name="reason">Words a read failure's English reason found inside the line (its code and arguments); null for none.</param>
    public static string Word(string text, Func<string, string?>? reason = null) =>
        Shapes.Word(text, CultureInfo.CurrentUICulture, reason);

    /// <summary>An exception's message in the user's words (SQLite and I/O texts have shapes; others stay as they are).</summary>
    public static string Word(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Word(exception.Message.ReplaceLineEndings(" "));
    }

    /// <summary>The keys of the shapes (for tests).</summary>
    public static IEnumerable<string> Keys => Shapes.Keys;
}
