using System.Globalization;
using Actas.Cli.Usage;
using Actas.Pipeline.Diagnostics;

namespace Actas.Cli.Output;

/// <summary>
/// Why a file could not be read, in the user's language: the Spanish wording of each
/// <see cref="ActaReadException.Template"/> is <c>read.{template}</c> in Strings.es.resx (<c>read.{template}.one</c> when the
/// first argument is 1), filled with <see cref="ActaReadException.Arguments"/>. English has no entry: its words are the
/// exception's own <see cref="ActaReadException.Reason"/>, declared once in the factories. Free-text arguments (a reader's
/// detail, a tool's output) stay as the reader gave them.
/// </summary>
public static class ReadFailureWording
{
    public static string Reason(ActaReadException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var key = "read." + error.Template;
        var template = (error.Arguments is ["1", ..] ? Localized.TextOrNull(key + ".one") : null) ?? Localized.TextOrNull(key);
        return template is null ? error.Reason : string.Format(CultureInfo.CurrentCulture, template, [.. error.Arguments]);
    }

    /// <summary>"{file}: {reason}", as the exception's message but worded.</summary>
    public static string Line(ActaReadException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return $"{error.File}: {Reason(error)}";
    }
}
