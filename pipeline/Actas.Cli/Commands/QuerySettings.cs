using System.ComponentModel;
using System.Globalization;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Storage.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

/// <summary>Options every reading command shares: which database, which sessions, which format.</summary>
public class QuerySettings : CommandSettings
{
    [CommandOption("--db <FILE>")]
    [LocalizedDescription("opt.db")]
    [DefaultValue("actas.db")]
    public string Database { get; init; } = "actas.db";

    [CommandOption("--body <TEXT>")]
    [LocalizedDescription("opt.body")]
    public string? Body { get; init; }

    [CommandOption("--since <DATE>")]
    [LocalizedDescription("opt.since")]
    public string? Since { get; init; }

    [CommandOption("--until <DATE>")]
    [LocalizedDescription("opt.until")]
    public string? Until { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [LocalizedDescription("opt.format")]
    [DefaultValue(OutputFormatChoice.Auto)]
    public string Format { get; init; } = OutputFormatChoice.Auto;

    public QueryFilter Filter => new(Body, Since, Until);

    /// <summary>The format to print in; <paramref name="toTerminal"/> decides what <c>auto</c> means.</summary>
    public OutputFormat OutputFormatFor(bool toTerminal) =>
        OutputFormatChoice.Parse(Format, toTerminal) ?? throw new InvalidOperationException($"--format {Format} passed validation");

    public override ValidationResult Validate()
    {
        if (OutputFormatChoice.Parse(Format, toTerminal: false) is null)
        {
            return ValidationResult.Error(Localized.Format("val.query-format", OutputFormatChoice.Names, Format));
        }

        foreach (var (option, value) in new[] { ("--since", Since), ("--until", Until) })
        {
            if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return ValidationResult.Error(Localized.Format("val.date", option, value));
            }
        }

        return ValidationResult.Success();
    }
}
