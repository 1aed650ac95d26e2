using System.Text.Json;
using Actas.Cli.Commands;
using Actas.Cli.Commands.Query;
using Actas.Pipeline;
using Actas.Storage;
using Microsoft.Data.Sqlite;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Actas.Cli.Tests;

/// <summary>The seed, end to end with the real pipeline: read → extract → store → query, and bad files beside it.</summary>
public sealed class SeedEndToEndTests : IDisposable
{
    private const string Stem = "acta-trata-23-2018-09-11";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Corpus(string file) => Path.Combine(RepositoryPaths.Corpus, file);

    private (int Exit, string[] Lines) Import(params string[] paths)
    {
        var pipeline = ActaPipeline.CreateDefault();
        var output = new StringWriter();
        var settings = new ImportCommand.Settings { Paths = paths, Database = _temp.PathOf("actas.db") };
        var exit = ImportCommand.Run(settings, p => pipeline.Process(p), classifier: null, output, progressConsole: null);
        return (exit, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private Dictionary<string, long> RowCounts()
    {
        using var connection = new SqliteConnection($"Data Source={_temp.PathOf("actas.db")}");
        connection.Open();
        var counts = new Dictionary<string, long>();
        foreach (var table in new[] { "documents", "sessions", "attendance", "strategies", "goal_reports", "figures", "feedback_items", "agreements" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            counts[table] = (long)command.ExecuteScalar()!;
        }

        return counts;
    }

    [Fact]
    public void Importing_the_seed_in_three_formats_twice_leaves_the_same_rows_and_520_1_is_unreported_in_1_of_1_sessions()
    {
        var folder = _temp.PathOf("seed");
        Directory.CreateDirectory(folder);
        foreach (var extension in new[] { "txt", "docx", "pdf" })
        {
            File.Copy(Corpus($"{Stem}.{extension}"), Path.Combine(folder, $"{Stem}.{extension}"));
        }

        var first = Import(folder);
        var counts = RowCounts();
        var second = Import(folder);

        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        Assert.Equal(counts, RowCounts());
        Assert.Equal(1, counts["sessions"]); // one session, read from three formats
        Assert.Equal(28, counts["feedback_items"]);

        var output = new StringWriter();
        var settings = new QuerySettings { Database = _temp.PathOf("actas.db"), Format = "json" };
        Assert.Equal(0, QueryRunner.Run(settings, (q, _) => q.Unreported(settings.Filter), output, new StringWriter(), new TestConsole().Console));
        var row = Assert.Single(JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray());
        Assert.Equal("520.1", row.GetProperty("goal").GetString());
        Assert.Equal("Comisión Interinstitucional", row.GetProperty("executor").GetString());
        Assert.Equal(1, row.GetProperty("sessions_reviewed").GetInt32());
        Assert.Equal(1, row.GetProperty("sessions_unreported").GetInt32());
    }

    [Fact]
    public void Corrupt_docx_non_acta_pdf_empty_file_and_missing_path_each_get_one_line_and_the_seed_is_stored()
    {
        var seed = _temp.PathOf($"batch/{Stem}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(seed)!);
        File.Copy(Corpus($"{Stem}.txt"), seed);
        var docx = _temp.PathOf("batch/rota.docx");
        var original = File.ReadAllBytes(Corpus($"{Stem}.docx"));
        File.WriteAllBytes(docx, original[..(original.Length / 2)]);
        var letter = _temp.PathOf("batch/oficio.pdf");
        File.WriteAllBytes(letter, LetterPdf());
        var empty = _temp.File("batch/vacia.txt", "");
        var missing = _temp.PathOf("no-existe.docx");

        var (exit, lines) = Import(_temp.PathOf("batch"), missing);

        Assert.Equal(1, exit);
        Assert.Contains($"{seed}: stored", lines);
        Assert.Single(lines, l => l.StartsWith($"{docx}: corrupt or truncated", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith($"{letter}: not an acta", StringComparison.Ordinal));
        Assert.Contains($"{empty}: the file is empty (0 bytes)", lines);
        Assert.Contains($"{missing}: no such file or folder", lines);
        Assert.Equal("1 stored, 0 unchanged, 4 failed", lines[^1]);
        Assert.Equal(1, RowCounts()["sessions"]);
    }

    private static byte[] LetterPdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 780.0;
        foreach (var line in new[] { "Ciudad de Mexico, 3 de octubre de 2018", "Estimada Lic. Martinez:", "Por medio del presente le envio la informacion solicitada.", "Atentamente" })
        {
            page.AddText(line, 11, new UglyToad.PdfPig.Core.PdfPoint(60, y), font);
            y -= 20;
        }

        return builder.Build();
    }
}
