using Actas.Cli.Commands;
using Actas.Pipeline;
using Actas.Pipeline.Tests.Reading;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Cli.Tests;

/// <summary>
/// Bad input through the real pipeline at the import level: each bad file is one "{file}: {reason}" line, the
/// batch goes on, the good files are stored, exit code 1, and importing the batch again stores nothing twice.
/// Bad files the readers already test alone (zip bomb, corrupt docx parts) are not repeated here.
/// </summary>
public sealed class ImportBadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Each_bad_file_is_one_line_the_good_files_are_stored_and_nothing_twice()
    {
        var folder = _temp.PathOf("lote");
        var good = SeedCopies.Write(folder, 2);
        var letter = _temp.File("lote/carta.txt", BadInputFixtures.Letter);
        var invoice = _temp.PathOf("lote/factura.docx");
        BadInputFixtures.WriteInvoice(invoice);
        var pdfAsDocx = _temp.PathOf("lote/pdf-renombrado.docx");
        File.Copy(RepositoryPaths.Seed(".pdf"), pdfAsDocx);
        var docxAsPdf = _temp.PathOf("lote/docx-renombrado.pdf");
        File.Copy(RepositoryPaths.Seed(".docx"), docxAsPdf);
        var windows = _temp.PathOf("lote/windows-1252.txt");
        BadInputFixtures.WriteWindows1252(windows, 7);
        var empty = _temp.File("lote/vacia.txt", "");
        var huge = _temp.PathOf("lote/tabla-enorme.docx");
        BadInputFixtures.WriteHugeTable(huge, 20_000);
        var truncated = _temp.PathOf("lote/cortada.docx");
        BadInputFixtures.WriteTruncatedDocx(truncated);
        var encrypted = _temp.PathOf("lote/cifrada.pdf");
        EncryptedPdfFixture.Write(encrypted);
        var scanned = _temp.PathOf("lote/escaneada.pdf");
        BadInputFixtures.WriteScannedPdf(scanned);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, lines) = Import(folder);
        var took = clock.Elapsed;

        Assert.Equal(1, exit);
        var notAnActa = "not an acta: found no attendance list, no strategy (\"Estrategia NNN\") and no agreements (ACUERDOS)";
        Assert.Equal(
            [
                $"{good[0]}: stored",
                $"{good[1]}: stored",
                $"{letter}: {notAnActa}",
                $"{encrypted}: encrypted PDF, cannot read it without its password; save an unprotected copy",
                $"{truncated}: corrupt or truncated Word document; open it in its program and save it again",
                $"{docxAsPdf}: named .pdf but the content is a zip package; rename it or convert it",
                $"{scanned}: PDF has no text layer (2 pages): it looks scanned and needs OCR first (e.g. ocrmypdf -l spa)",
                $"{invoice}: {notAnActa}",
                $"{pdfAsDocx}: named .docx but the content is a PDF; rename it or convert it",
                $"{huge}: {notAnActa}",
                $"{empty}: the file is empty (0 bytes)",
                $"{windows}: stored",
                "3 stored, 0 unchanged, 9 failed",
            ],
            lines);
        Assert.True(took < TimeSpan.FromSeconds(60), $"the batch took {took}");

        var (again, linesAgain) = Import(folder);
        Assert.Equal(1, again);
        Assert.Equal("0 stored, 3 unchanged, 9 failed", linesAgain[^1]);

        using var db = OpenDatabase();
        Assert.Equal(3, db.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"));
        Assert.Equal(3, db.ExecuteScalar<long>("SELECT COUNT(*) FROM sessions"));
        var windowsNames = db.Query<string>(
            """
            SELECT a.name_as_written FROM attendance a JOIN sessions s ON s.id = a.session_id
            JOIN documents d ON d.id = s.document_id WHERE d.file_name = 'windows-1252.txt'
            """).ToList();
        Assert.Contains("María del Refugio Martínez", windowsNames);
        Assert.Equal(
            "Derechos de las Personas Víctimas de Trata y Formas de Explotación",
            db.ExecuteScalar<string>("SELECT body FROM current_sessions WHERE file_name = 'windows-1252.txt'"));
    }

    private (int Exit, string[] Lines) Import(params string[] paths)
    {
        var output = new StringWriter();
        var pipeline = ActaPipeline.CreateDefault();
        var settings = new ImportCommand.Settings { Paths = paths, Database = _temp.PathOf("actas.db"), NoClassify = true, TimeoutSeconds = 30 };
        var options = settings.ToReadOptions();
        var exit = ImportCommand.Run(settings, path => pipeline.Process(path, options), classifier: null, output, progressConsole: null);
        return (exit, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={_temp.PathOf("actas.db")};Pooling=False");
        connection.Open();
        return connection;
    }
}
