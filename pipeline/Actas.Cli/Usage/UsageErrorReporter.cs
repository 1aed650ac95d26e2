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
        var unknownCommand = UnknownCommand().Match(exception.Message) is { Success: true } unknown ? unknown.Groups["name"].Value : null;
        error.WriteLine(Localized.Format("SeeHelp", HelpCommand(unknownCommand)));
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

        // Spectre's own parse errors: worded in Spanish under es-MX (spectre.*, Spanish only), Spectre's English otherwise.
        foreach (var (pattern, key) in SpectreErrors)
        {
            if (pattern.Match(message) is { Success: true } match && Localized.TextOrNull(key) is { } wording)
            {
                return string.Format(System.Globalization.CultureInfo.CurrentCulture, wording,
                    [.. match.Groups.Cast<System.Text.RegularExpressions.Group>().Skip(1).Select(g => g.Value)]);
            }
        }

        return message.TrimEnd('.');
    }

    private static readonly (Regex Pattern, string Key)[] SpectreErrors =
    [
        (UnknownCommand(), "spectre.unknown-command"),
        (MissingArgument(), "spectre.missing-argument"),
        (CouldNotMatch(), "spectre.could-not-match"),
    ];

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
    /// <param name="unknownCommand">A command word Spectre did not know: the help of the commands before it.</param>
    private string HelpCommand(string? unknownCommand = null)
    {
        var words = arguments.TakeWhile(a => !a.StartsWith('-') && a != unknownCommand).ToList();
        var count = words.Count == 0 ? 0 : words[0] is "query" or "labels" ? 2 : 1;
        return string.Join(' ', new[] { "actas" }.Concat(words.Take(count)).Append("--help"));
    }

    [GeneratedRegex(@"^Unknown option '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownOption();

    [GeneratedRegex(@"^Failed to convert '(?<value>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex FailedConversion();

    [GeneratedRegex(@"^Unknown command '(?<name>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownCommand();

    [GeneratedRegex(@"^Command '(?<command>[^']*)' is missing required argument '(?<argument>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Could not match '(?<value>[^']*)' with an argument", RegexOptions.CultureInvariant)]
    private static partial Regex CouldNotMatch();
}
