using Actas.Cli.Output;
using System.Text;
using Actas.Cli.Commands;
using Actas.Cli.Commands.Labels;
using Actas.Storage;
using Actas.Storage.Labels;
using Dapper;

namespace Actas.Cli.Tests;

public sealed class LabelsCsvTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public LabelsCsvTests()
    {
        var acta = _temp.File("corpus/acta-23.txt", "VIGÉSIMA TERCERA REUNIÓN DE TRABAJO…");
        var settings = new ImportCommand.Settings { Paths = [acta], Database = Db };
        Assert.Equal(0, ImportCommand.Run(settings, p => ReviewActas.With(p,
            "Se reportan datos duros, lo que permite conocer el avance.",
            "=SUMA(A1:A2) aparece al inicio, y \"comillas\", y\nsalto de línea",
            "-Falta informar el número de talleres"), classifier: null, new StringWriter(), progressConsole: null));
    }

    private string Db => _temp.PathOf("actas.db");

    public void Dispose() => _temp.Dispose();

    private (int Exit, string[] Lines) Import(string file, string? by = "analista")
    {
        var output = new StringWriter();
        var exit = LabelsImportCommand.Run(new LabelsImportCommand.Settings { File = file, Database = Db, By = by }, output, "usuario");
        return (exit, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private string Export(int? uncertain = null)
    {
        var path = _temp.PathOf("labels.csv");
        Assert.Equal(0, LabelsExportCommand.Run(new LabelsExportCommand.Settings { Database = Db, Out = path, Uncertain = uncertain }, new StringWriter()));
        return path;
    }

    private long[] ItemIds()
    {
        using var connection = ActaDatabase.Open(Db);
        return new SqliteLabelStore(connection).Items().Select(i => i.Id).ToArray();
    }

    private long CorrectionCount()
    {
        using var connection = ActaDatabase.Open(Db);
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM label_corrections");
    }

    [Fact]
    public void Export_is_utf8_with_bom_and_the_review_header()
    {
        var bytes = File.ReadAllBytes(Export());

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("item_id,body,session_date,strategy,goal,institution,section,text,predicted,confidence,corrected\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Víctimas", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Formula_like_text_gets_a_quote_on_export_and_loses_it_on_import()
    {
        var path = Export();
        var text = File.ReadAllText(path);
        Assert.Contains("\"'=SUMA(A1:A2) aparece al inicio, y \"\"comillas\"\", y\nsalto de línea\"", text, StringComparison.Ordinal);
        Assert.Contains(",'-Falta informar", text, StringComparison.Ordinal);

        File.WriteAllText(path, text.Replace(",0.5000,\r\n", ",0.5000,desalineado\r\n", StringComparison.Ordinal), new UTF8Encoding(true));
        var entries = LabelReviewCsvReader.Read(path).Entries;

        Assert.Equal(
            ["Se reportan datos duros, lo que permite conocer el avance.", "=SUMA(A1:A2) aparece al inicio, y \"comillas\", y\nsalto de línea", "-Falta informar el número de talleres"],
            entries.Select(e => e.Text));
    }

    [Theory]
    [InlineData("=1+2")]
    [InlineData("'=1+2")]
    [InlineData("''@x")]
    [InlineData("'hola")]
    [InlineData("+52 55")]
    [InlineData("normal")]
    [InlineData("")]
    public void Formula_guard_round_trips(string text) =>
        Assert.Equal(text, SpreadsheetFormulaGuard.Unprotect(SpreadsheetFormulaGuard.Protect(text)));

    [Fact]
    public void An_unterminated_quote_is_an_error_at_its_line_not_zero_stored_with_exit_0()
    {
        var ids = ItemIds();
        var file = _temp.File("labels.csv",
            "item_id,text,corrected\n" +
            $"{ids[0]},\"bien, \"\"dijo\"\"\nen dos líneas\",avance\n" +
            $"{ids[1]},\"sin cerrar,desalineado\n" +
            $"{ids[2]},otro,proceso\n");

        var (exit, lines) = Import(file);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{file}:4: a quoted field starts here and is never closed (a \" is missing); fix that cell (a \" inside a cell is written \"\") and import the file again",
                $"{file}: nothing stored, 1 error; fix the file and import it again",
            ],
            lines);
        Assert.Equal(0, CorrectionCount());
    }

    [Fact]
    public void Quoted_cells_with_separators_doubled_quotes_and_line_breaks_still_import()
    {
        var ids = ItemIds();
        var file = _temp.File("labels.csv",
            "item_id,text,corrected\r\n" +
            $"{ids[0]},\"bien, \"\"dijo\"\"\r\nen dos líneas\",avance\r\n" +
            $"\"{ids[1]}\",\"\",desalineado\r\n");

        var (exit, lines) = Import(file);

        Assert.Equal(0, exit);
        var counts = System.Text.RegularExpressions.Regex.Match(Assert.Single(lines), @": (\d+) corrections stored, (\d+) unchanged");
        Assert.Equal(2, int.Parse(counts.Groups[1].Value) + int.Parse(counts.Groups[2].Value));
    }

    [Fact]
    public void Unknown_label_and_unknown_item_are_reported_with_their_line_and_nothing_is_stored()
    {
        var ids = ItemIds();
        var file = _temp.File("labels.csv",
            "item_id,text,corrected\n" +
            $"{ids[0]},bien,avance\n" +
            $"{ids[1]},mal,datos\n" +
            "99999,otro,proceso\n");

        var (exit, lines) = Import(file);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{file}:3: unknown label 'datos'; expected one of avance, desalineado, insuficiente, solicita_datos, diseno_meta, reasignar, cuestiona, exhorta, instancia, proceso",
                $"{file}:4: unknown item id 99999; this file was not exported from this database",
                $"{file}: nothing stored, 2 errors; fix the file and import it again",
            ],
            lines);
        Assert.Equal(0, CorrectionCount());
    }

    [Fact]
    public void A_row_whose_acta_was_read_again_since_the_export_goes_to_the_item_with_the_same_strategy_and_text()
    {
        var exported = File.ReadAllLines(Export());
        var before = ItemIds();
        using (var store = SqliteActaStore.Open(Db))
        {
            // Read again (as --reprocess-outdated does), now in another order: SQLite hands out the freed ids
            // again, so the exported id of "-Falta informar…" now belongs to another item.
            var (documentId, sha) = store.Connection.QuerySingle<(long, string)>("SELECT id, sha256 FROM documents");
            var reread = ReviewActas.With(_temp.PathOf("corpus/acta-23.txt"),
                "-Falta informar el número de talleres",
                "Se reportan datos duros, lo que permite conocer el avance.",
                "=SUMA(A1:A2) aparece al inicio, y \"comillas\", y\nsalto de línea");
            Assert.Equal(
                ReplaceOutcome.Replaced,
                store.Replace(documentId, reread with { Source = reread.Source with { Sha256 = sha } }).Outcome);
        }

        Assert.Equal(before.Order(), ItemIds().Order());
        var row = Array.FindIndex(exported, l => l.Contains("Falta informar", StringComparison.Ordinal));
        Assert.EndsWith(",", exported[row], StringComparison.Ordinal); // the corrected cell is last and empty
        exported[row] += "solicita_datos";
        var file = _temp.PathOf("filled.csv");
        File.WriteAllLines(file, exported, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var (exit, lines) = Import(file);

        Assert.Equal(0, exit);
        var staleId = long.Parse(exported[row].Split(',')[0].TrimStart('\uFEFF'), System.Globalization.CultureInfo.InvariantCulture);
        using var connection = ActaDatabase.Open(Db);
        var newId = connection.ExecuteScalar<long>("SELECT id FROM feedback_items WHERE text LIKE '-Falta informar%'");
        Assert.NotEqual(staleId, newId);
        Assert.Equal($"{file}:{row + 1}: item {staleId} changed since the export (its acta was read again); its correction goes to item {newId}, same strategy and text", lines[0]);
        Assert.Equal([newId], connection.Query<long>("SELECT feedback_item_id FROM label_corrections WHERE new_label = 'solicita_datos'"));
    }

    [Fact]
    public void Semicolon_csv_without_bom_in_windows_1252_is_accepted()
    {
        var ids = ItemIds();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var content = "item_id;body;text;predicted;corrected\r\n" +
                      $"{ids[0]};Víctimas de Trata;Se reportan datos duros, lo que permite;avance;Solicita_Datos \r\n" +
                      $"{ids[1]};Víctimas de Trata;otro;avance;\r\n";
        var file = _temp.PathOf("excel.csv");
        File.WriteAllBytes(file, Encoding.GetEncoding(1252).GetBytes(content));

        var (exit, lines) = Import(file);

        Assert.Equal(0, exit);
        Assert.Equal([$"{file}: 1 corrections stored, 0 unchanged (same as the current label), by analista"], lines);
        using var connection = ActaDatabase.Open(Db);
        var item = new SqliteLabelStore(connection).Items().Single(i => i.Id == ids[0]);
        Assert.Equal(("solicita_datos", "avance", true), (item.Label, item.ModelLabel, item.Corrected));
    }

    [Fact]
    public void Importing_the_same_file_again_changes_nothing_and_a_new_export_shows_the_decisions()
    {
        var ids = ItemIds();
        // ids[2] keeps the model's label: stored once as a confirmation (old = new), as the workbench's review queue does.
        var file = _temp.File("labels.csv", $"item_id,corrected\n{ids[1]},reasignar\n{ids[2]},avance\n");

        Assert.Equal([$"{file}: 2 corrections stored, 0 unchanged (same as the current label), by usuario"], Import(file, by: null).Lines);
        Assert.Equal([$"{file}: 0 corrections stored, 2 unchanged (same as the current label), by usuario"], Import(file, by: null).Lines);
        Assert.Equal(2, CorrectionCount());

        var exported = LabelReviewCsvReader.Read(Export()).Entries;
        Assert.Equal([(ids[1], "reasignar"), (ids[2], "avance")], exported.Select(e => (e.ItemId, e.Corrected)).OrderBy(e => e.ItemId));
        Assert.Equal(2, File.ReadAllLines(Export(uncertain: 5)).Length); // header + the one item nobody decided
    }
}
