using System.Text.RegularExpressions;
using Spectre.Console.Cli;

namespace Actas.Cli.Usage;

/// <summary>
/// Turns what the command-line parser throws into one line in the user's words on stderr and an exit code:
/// "unknown flag --sinse; did you mean --since?", "--jobs: expected a whole number, got 'abc'" (not "Failed to convert
/// 'abc' to Nullable`1"), 64 for every usage error, 70 for a bug.
/// </summary>
/// <param name="catalog">Builds the option catalog (reflection over every command): called only when there is an error to
/// describe, so a worker process's start does not pay for it.</param>
public sealed partial class UsageErrorReporter(Func<OptionCatalog> catalog, IReadOnlyList<string> arguments, TextWriter error)
{
    private OptionCatalog? _options;

    private OptionCatalog Options => _options ??= catalog();

    public int Report(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is not CommandAppException)
        {
            var cause = exception.GetBaseException();
            error.WriteLine(Localized.Format("UnexpectedError", cause.GetType().Name, cause.Message));
            error.WriteLine(cause.StackTrace);
            return ExitCodes.Internal;
        }

        error.WriteLine("actas: " + Describe(exception.Message));
        error.WriteLine(Localized.Format("SeeHelp", HelpCommand()));
        return ExitCodes.Usage;
    }

    private string Describe(string message)
    {
        if (UnknownOption().Match(message) is { Success: true } unknown)
        {
            var name = unknown.Groups["name"].Value;
            var typed = arguments.FirstOrDefault(a => a.TrimStart('-').Split('=')[0] == name && a.StartsWith('-'))?.Split('=')[0]
                ?? (name.Length == 1 ? "-" : "--") + name;
            return Options.Nearest(typed) is { } nearest && nearest != typed
                ? Localized.Format("UnknownFlagSuggest", typed, nearest)
                : Localized.Format("UnknownFlag", typed);
        }

        if (FailedConversion().Match(message) is { Success: true } conversion)
        {
            var value = conversion.Groups["value"].Value;
            var option = OptionBefore(value);
            var kind = Kind(option is null ? null : Options.ValueType(option));
            return option is null ? Localized.Format("BadValue", kind, value) : Localized.Format("BadOptionValue", option, kind, value);
        }

        return message.TrimEnd('.');
    }

    /// <summary>The flag whose value <paramref name="value"/> is: "--jobs abc" or "--jobs=abc".</summary>
    private string? OptionBefore(string value)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == value && i > 0 && arguments[i - 1].StartsWith('-'))
            {
                return arguments[i - 1];
            }

            if (arguments[i].StartsWith('-') && arguments[i].EndsWith("=" + value, StringComparison.Ordinal))
            {
                return arguments[i].Split('=')[0];
            }
        }

        return null;
    }

    private static string Kind(Type? type) => (Nullable.GetUnderlyingType(type ?? typeof(string)) ?? type) switch
    {
        { } t when t == typeof(int) || t == typeof(long) => Localized.Text("KindWholeNumber"),
        { } t when t == typeof(double) || t == typeof(decimal) || t == typeof(float) => Localized.Text("KindNumber"),
        { } t when t == typeof(bool) => Localized.Text("KindBoolean"),
        _ => Localized.Text("KindValue"),
    };

    /// <summary>"actas query figures --help" for the command the user typed (its leading words).</summary>
    private string HelpCommand()
    {
        var words = arguments.TakeWhile(a => !a.StartsWith('-')).ToList();
        var count = words.Count == 0 ? 0 : words[0] is "query" or "labels" ? 2 : 1;
        return string.Join(' ', new[] { "actas" }.Concat(words.Take(count)).Append("--help"));
    }

    [GeneratedRegex(@"^Unknown option '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownOption();

    [GeneratedRegex(@"^Failed to convert '(?<value>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex FailedConversion();
}
