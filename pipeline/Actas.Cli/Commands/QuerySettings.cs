using System.ComponentModel;
using System.Globalization;
using Actas.Cli.Output;
using Actas.Storage.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

/// <summary>Options every reading command shares: which database, which sessions, which format.</summary>
public class QuerySettings : CommandSettings
{
    [CommandOption("--db <FILE>")]
    [Description("The SQLite database written by 'actas import'")]
    [DefaultValue("actas.db")]
    public string Database { get; init; } = "actas.db";

    [CommandOption("--body <TEXT>")]
    [Description("Only sessions of bodies whose name contains TEXT (accents and case ignored), e.g. \"trata\"")]
    public string? Body { get; init; }

    [CommandOption("--since <DATE>")]
    [Description("Only sessions on or after DATE (YYYY-MM-DD)")]
    public string? Since { get; init; }

    [CommandOption("--until <DATE>")]
    [Description("Only sessions on or before DATE (YYYY-MM-DD)")]
    public string? Until { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table, json or csv")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    public QueryFilter Filter => new(Body, Since, Until);

    public OutputFormat OutputFormat => Enum.Parse<OutputFormat>(Format, ignoreCase: true);

    public override ValidationResult Validate()
    {
        if (!Enum.TryParse<OutputFormat>(Format, ignoreCase: true, out _) || int.TryParse(Format, out _))
        {
            return ValidationResult.Error($"--format: expected table, json or csv, found '{Format}'");
        }

        foreach (var (option, value) in new[] { ("--since", Since), ("--until", Until) })
        {
            if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return ValidationResult.Error($"{option}: expected a date as YYYY-MM-DD (e.g. 2018-09-11), found '{value}'");
            }
        }

        return ValidationResult.Success();
    }
}
