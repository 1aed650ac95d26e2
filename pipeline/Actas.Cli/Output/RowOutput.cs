using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
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
            default:
                WriteTable(rows, columns, console);
                break;
        }
    }

    public static string ColumnName(string propertyName) => JsonNamingPolicy.SnakeCaseLower.ConvertName(propertyName);

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

    private static void WriteCsv<T>(IReadOnlyList<T> rows, PropertyInfo[] columns, TextWriter output)
    {
        // RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; records end in CRLF.
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

    private static void WriteTable<T>(IReadOnlyList<T> rows, PropertyInfo[] columns, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(ColumnName(column.Name))));
        }

        foreach (var row in rows)
        {
            table.AddRow(columns.Select(c => Markup.Escape(Cell(c.GetValue(row)))).ToArray());
        }

        console.Write(table);
        console.MarkupLine(rows.Count == 1 ? "1 row" : $"{rows.Count} rows");
    }
}
