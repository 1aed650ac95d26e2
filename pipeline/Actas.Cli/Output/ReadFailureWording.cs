using System.Globalization;
using Actas.Cli.Usage;
using Actas.Pipeline.Diagnostics;

namespace Actas.Cli.Output;

/// <summary>
/// Why a file could not be read, in the user's language: the Spanish wording of each
/// <see cref="ActaReadException.Template"/> is <c>read.{template}</c> in Strings.es.resx (<c>read.{template}.one</c> when the
/// first argument is 1), filled with <see cref="ActaReadException.Arguments"/>. English has no entry: its words are the
/// exception's own <see cref="ActaReadException.Reason"/>, declared once in the factories. What a reader names inside a
/// reason ("Word document (no document body)") has Spanish words of its own (<c>what.*</c>); free text (a tool's output)
/// stays as the tool gave it.
/// </summary>
public static class ReadFailureWording
{
    /// <summary>What a reader names inside a reason ("Word document (no document body)", "a zip package"): <c>what.*</c>.</summary>
    private static readonly PatternWording Details = new(Localized.Resources, "what.");

    public static string Reason(ActaReadException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var key = "read." + error.Template;
        var template = (error.Arguments is ["1", ..] ? Localized.TextOrNull(key + ".one") : null) ?? Localized.TextOrNull(key);
        return template is null
            ? error.Reason
            : string.Format(CultureInfo.CurrentCulture, template, [.. error.Arguments.Select(a => Details.Word(a, CultureInfo.CurrentUICulture))]);
    }

    /// <summary>"{file}: {reason}", as the exception's message but worded.</summary>
    public static string Line(ActaReadException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return $"{error.File}: {Reason(error)}";
    }
}
