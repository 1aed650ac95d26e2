using Actas.Cli.Output;
using System.Globalization;
using System.Text;
using Actas.Storage.Labels;
using CsvHelper;

namespace Actas.Cli.Commands.Labels;

/// <summary>
/// Writes the review file of <c>actas labels export</c>: UTF-8 with a BOM (so Excel reads the accents), RFC 4180
/// quoting by CsvHelper, free-text cells guarded by <see cref="SpreadsheetFormulaGuard"/>.
/// </summary>
public static class LabelReviewCsvWriter
{
    public static IReadOnlyList<string> Header { get; } =
        ["item_id", "body", "session_date", "strategy", "goal", "institution", "section", "text", "predicted", "confidence", "corrected"];

    public static void Write(string path, IEnumerable<LabelReviewRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = CsvWriter.Create(writer, null, leaveOpen: true);
        csv.WriteHeader(Header.ToArray());
        foreach (var r in rows)
        {
            csv.WriteRecord(
            [
                r.ItemId.ToString(CultureInfo.InvariantCulture),
                Guard(r.Body),
                r.SessionDate ?? "",
                r.Strategy.ToString(CultureInfo.InvariantCulture),
                r.Goal ?? "",
                Guard(r.Institution),
                r.Section,
                Guard(r.Text),
                r.Predicted ?? "",
                r.Confidence?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "",
                r.Corrected ?? "",
            ]);
        }

        csv.Flush();
    }

    private static string Guard(string? text) => text is null ? "" : SpreadsheetFormulaGuard.Protect(text);
}
