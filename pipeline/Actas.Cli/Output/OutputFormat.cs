namespace Actas.Cli.Output;

/// <summary>How a command prints rows: a Spectre table for people, JSON (snake_case arrays) or CSV (with a header) for tools.</summary>
public enum OutputFormat
{
    Table,
    Json,
    Csv,
}
