namespace Actas.Cli.Output;

/// <summary>Reads <c>--format</c>: one of <see cref="OutputFormat"/>, or <c>auto</c> (the default): a table when stdout is a
/// terminal, TSV when it goes to a pipe or a file (an 80-column box table wraps dates mid-number in a pipe).</summary>
public static class OutputFormatChoice
{
    public const string Auto = "auto";

    public const string Names = "auto, table, tsv, csv, json or markdown";

    /// <summary>The format named, or null when the name is not one.</summary>
    public static OutputFormat? Parse(string? name, bool toTerminal)
    {
        if (name is null || name.Equals(Auto, StringComparison.OrdinalIgnoreCase))
        {
            return toTerminal ? OutputFormat.Table : OutputFormat.Tsv;
        }

        if (name.Equals("md", StringComparison.OrdinalIgnoreCase))
        {
            return OutputFormat.Markdown;
        }

        return !int.TryParse(name, out _) && Enum.TryParse<OutputFormat>(name, ignoreCase: true, out var format) ? format : null;
    }
}
