namespace Actas.Cli.Output;

/// <summary>
/// How a command prints rows: a Spectre table at the terminal's width for people; TSV (whole values, one row a line)
/// for pipes and files; JSON (snake_case arrays), CSV (UTF-8 with BOM, RFC 4180) or a Markdown table on request.
/// </summary>
public enum OutputFormat
{
    Table,
    Json,
    Csv,
    Tsv,
    Markdown,
}
