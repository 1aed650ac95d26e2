namespace Actas.Cli.Output;

/// <summary>
/// Keeps a spreadsheet from running a text cell as a formula (CSV injection, OWASP): a text starting with
/// <c>= + - @</c> gets a leading <c>'</c> on export, and import takes it off again. A text that already starts
/// with <c>'</c> before such a character gets one more, so <see cref="Unprotect"/> ∘ <see cref="Protect"/> is the identity.
/// The one guard of every CSV Actas writes (<see cref="RowOutput"/>, the label review file).
/// </summary>
public static class SpreadsheetFormulaGuard
{
    private const char Escape = '\'';

    public static string Protect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NeedsGuard(text) ? Escape + text : text;
    }

    public static string Unprotect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 1 && text[0] == Escape && NeedsGuard(text[1..]) ? text[1..] : text;
    }

    private static bool NeedsGuard(string text)
    {
        var rest = text.TrimStart(Escape);
        return rest.Length > 0 && rest[0] is '=' or '+' or '-' or '@';
    }
}
