using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Actas.Cli.Usage;
using Spectre.Console;

namespace Actas.Cli.Output;

/// <summary>
/// Prints a list of row records in the chosen format. Columns are the record's public properties in
/// declaration order, named snake_case; lists become arrays in JSON and "a; b" in CSV and tables.
/// Document text goes through <see cref="Markup.Escape"/> before Spectre sees it ("[PGJ]" is not markup), and
/// through <see cref="SpreadsheetFormulaGuard"/> before a CSV cell (a spreadsheet must not run it as a formula).
/// </summary>
public static class RowOutput
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(IReadOnlyList<T> rows, OutputFormat format, TextWriter output, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(console);
        var columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(rows, Json));
                break;
            case OutputFormat.Csv:
                WriteCsv(rows, columns, output);
                break;
            case OutputFormat.Tsv:
                WriteTsv(rows, columns, output);
                break;
            case OutputFormat.Markdown:
                WriteMarkdown(rows, columns, output);
                break;
            default:
                WriteTable(rows, columns, console);
                break;
        }
    }

    /// <summary>The byte order mark CSV output starts with.</summary>
    public const char Utf8Bom = '\uFEFF';

    public static string ColumnName(string propertyName) => JsonNamingPolicy.SnakeCaseLower.ConvertName(propertyName);

    /// <summary>A column's header for people (table, Markdown): in Spanish under a Spanish culture ("sessions_held" →
    /// "sesiones_celebradas"); TSV, CSV and JSON keep <see cref="ColumnName"/>, which scripts rely on.</summary>
    public static string HeaderName(string propertyName) =>
        Localized.TextOrNull("col." + ColumnName(propertyName)) ?? ColumnName(propertyName);

    /// <summary>A cell as text: null → "", lists joined with "; ", maps as "key: value; …", numbers in invariant culture.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IDictionary map => string.Join("; ", map.Keys.Cast<object>().Select(k => $"{Cell(k)}: {Cell(map[k])}")),
        IEnumerable items => string.Join("; ", items.Cast<object?>().Select(Cell)),
        _ => value.ToString() ?? "",
    };

    /// <summary>A cell of a table or Markdown, for people: labels by their names (<see cref="LabelNames"/>).</summary>
    private static string PeopleCell<T>(PropertyInfo column, T row) =>
        Cell(LabelNames.IsLabelColumn(ColumnName(column.Name)) ? LabelNames.Name(column.GetValue(row)) : column.GetValue(row));

    private static void WriteCsv<T>(IReadOnlyList<T> rows, PropertyInfo[] columns, TextWriter output)
    {
        // RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; records end in CRLF.
        // The BOM tells Excel the file is UTF-8 (without it "Participación" opens as "ParticipaciÃ³n").
        output.Write(Utf8Bom);
        using var csv = CsvWriter.Create(output, null, leaveOpen: true);
        csv.WriteHeader(columns.Select(c => ColumnName(c.Name)).ToArray());
        foreach (var row in rows)
        {
            csv.WriteRecord(columns.Select(c => CsvCell(c.GetValue(row))).ToArray());
        }

        csv.Flush();
    }

    /// <summary>Text from the documents may start with = + - @ ("=HYPERLINK(…)"): guarded; numbers are left as numbers.</summary>
    private static string CsvCell(object? value) =>
        value is null or IFormattable ? Cell(value) : SpreadsheetFormulaGuard.Protect(Cell(value));

    /// <summary>One line per row, tab-separated, whole values: tabs and line breaks inside a value become spaces.</summary>
    private static void WriteTsv<T>(IReadOnlyList<T> rows, PropertyInfo[] columns, TextWriter output)
    {
        output.Write(string.Join('\t', columns.Select(c => ColumnName(c.Name))) + "\n");
        foreach (var row in rows)
        {
            output.Write(string.Join('\t', columns.Select(c => OneLine(Cell(c.GetValue(row))))) + "\n");
        }
    }

    /// <summary>A GitHub-flavoured Markdown table for pasting into reports; '|' in values escaped.</summary>
    private static void WriteMarkdown<T>(IReadOnlyList<T> rows, PropertyInfo[] columns, TextWriter output)
    {
        output.WriteLine("| " + string.Join(" | ", columns.Select(c => HeaderName(c.Name))) + " |");
        output.WriteLine("|" + string.Concat(columns.Select(_ => "---|")));
        foreach (var row in rows)
        {
            output.WriteLine("| " + string.Join(" | ", columns.Select(c => OneLine(PeopleCell(c, row)).Replace("|", "\\|", StringComparison.Ordinal))) + " |");
        }
    }

    private static string OneLine(string text) =>
        text.IndexOfAny(['\t', '\r', '\n']) < 0 ? text : string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static void WriteTable<T>(IReadOnlyList<T> rows, PropertyInfo[] columns, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(HeaderName(column.Name))));
        }

        foreach (var row in rows)
        {
            table.AddRow(columns.Select(c => Markup.Escape(PeopleCell(c, row))).ToArray());
        }

        console.Write(table);
        console.MarkupLine(rows.Count == 1 ? Localized.Text("OneRow") : Localized.Format("Rows", rows.Count));
    }
}
