using System.Collections;
using System.Globalization;
using System.Resources;
using Actas.Cli.Commands;
using Actas.Cli.Output;
using Actas.Cli.Rendering;
using Actas.Pipeline;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Extraction;
using Actas.Storage;
using Dapper;

namespace Actas.Cli.Tests;

/// <summary>
/// The English left under es-MX after session 6 (issue 14): the extractor's warnings, --reprocess-outdated's lines, lines
/// not caused by a file, passed-through SQLite/I/O texts, eval's failure lines, train's progress line — Spanish under
/// es-MX, the same English as before otherwise.
/// </summary>
public sealed class SpanishLineWordingTests : IDisposable
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-MX");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly TempFolder _temp = new();

    public SpanishLineWordingTests() => CultureInfo.CurrentUICulture = English;

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _temp.Dispose();
    }

    /// <summary>Every shape of a resource file filled with made-up arguments, as the code that writes it would fill it.</summary>
    private static IEnumerable<(string Key, string English)> Filled(string baseName, Type anchor, string prefix) =>
        new ResourceManager(baseName, anchor.Assembly).GetResourceSet(CultureInfo.InvariantCulture, true, false)!
            .Cast<DictionaryEntry>()
            .Where(e => ((string)e.Key).StartsWith(prefix, StringComparison.Ordinal))
            .Select(e => ((string)e.Key, string.Format(CultureInfo.InvariantCulture, (string)e.Value!, "x0", "x1", "x2", "x3")));

    [Fact]
    public void Every_warning_shape_has_a_code_stays_english_in_english_and_reads_spanish_under_es_MX()
    {
        var shapes = Filled("Actas.Pipeline.Diagnostics.WarningWords", typeof(WarningWording), "warning.").ToList();
        Assert.True(shapes.Count >= 20, $"only {shapes.Count} warning shapes");

        foreach (var (key, english) in shapes.Where(s => s.Key != "warning.ocr-turned"))
        {
            Assert.Equal(key["warning.".Length..], WarningWording.CodeOf(english));
            Assert.Equal(english, WarningWording.Word(english, English));
            var spanish = WarningWording.Word(english, Spanish);
            Assert.NotEqual(english, spanish);
            Assert.DoesNotContain('{', spanish);
        }
    }

    [Fact]
    public void A_warnings_location_and_nested_parts_are_worded_and_quoted_document_text_is_kept()
    {
        Assert.Equal("página 2, bloque 7, fila 3: la tabla continúa tras un salto de página; se unió",
            WarningWording.Word("page 2, block 7, row 3: table continues after a page break; merged", Spanish));
        Assert.Equal("página 4: leída por OCR: 310 palabras, confianza media 88 %, inclinación 0.4°, girada 90°",
            WarningWording.Word("page 4: read by OCR: 310 words, mean confidence 88%, skew 0.4°, turned 90°", Spanish));
        Assert.Equal("estrategia 520, bloque 12, fila 4: texto sin etiqueta (Meta, Informe, Retroalimentación…) no leído: \"page 3, block 1\"",
            WarningWording.Word("strategy 520, block 12, row 4: text under no label (Meta, Informe, Retroalimentación…) not read: \"page 3, block 1\"", Spanish));
        Assert.Equal("a shape nobody declared", WarningWording.Word("a shape nobody declared", Spanish));
        Assert.Null(WarningWording.CodeOf("a shape nobody declared"));
    }

    [Fact]
    public void A_list_of_institution_keys_is_joined_in_the_readers_words()
    {
        const string warning = "institution \"Secretaría de Desarrollo\" fits FIDEGAR, SEDECO and SEDU equally; no key given. Write the body's full name, or add the form to institutions.tsv under one key";

        Assert.Contains("FIDEGAR, SEDECO y SEDU", WarningWording.Word(warning, Spanish), StringComparison.Ordinal);
        Assert.DoesNotContain(" and ", WarningWording.Word(warning, Spanish), StringComparison.Ordinal);
        Assert.Equal(warning, WarningWording.Word(warning, English));
        // Quoted document text keeps its own words: "Agua and Drenaje" stays as written.
        Assert.Contains("\"Agua and Drenaje\"", WarningWording.Word("institution \"Agua and Drenaje\" fits SACMEX and SEDEMA equally; no key given. Write the body's full name, or add the form to institutions.tsv under one key", Spanish), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_warning_the_blind_documents_raise_has_a_spanish_shape()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Actas.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var files = Directory.GetFiles(Path.Combine(root.FullName, "corpus", "blind"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal)).ToArray();
        Assert.True(files.Length >= 100, $"only {files.Length} blind .docx and .pdf files");
        var pipeline = ActaPipeline.CreateDefault();
        // A document refused as no acta has no warnings to word (its refusal is an error of its own, worded elsewhere).
        IEnumerable<string> WarningsOf(string file)
        {
            try
            {
                return pipeline.Process(file).Warnings;
            }
            catch (ActaReadException)
            {
                return [];
            }
        }

        var warnings = files.SelectMany(f => WarningsOf(f).Select(w => (File: Path.GetFileName(f), Warning: w))).ToList();
        Assert.True(warnings.Select(w => WarningWording.CodeOf(w.Warning)).Distinct().Count() >= 8, "too few kinds of warning to check");
        var unworded = warnings
            .Where(w => WarningWording.CodeOf(w.Warning) is null || WarningWording.Word(w.Warning, Spanish) == w.Warning)
            .Select(w => $"{w.File}: {w.Warning}")
            .ToList();

        Assert.True(unworded.Count == 0, "warnings without a Spanish shape:\n" + string.Join('\n', unworded));
    }

    [Fact]
    public void The_seed_text_dumps_warnings_all_have_codes_and_extract_text_shows_them_in_spanish()
    {
        var seed = SeedCopies.Write(_temp.PathOf("seed"), 1)[0];
        var acta = ActaPipeline.CreateDefault().Process(seed);
        Assert.NotEmpty(acta.Warnings);
        Assert.All(acta.Warnings, w => Assert.NotNull(WarningWording.CodeOf(w)));

        var english = new TestConsole();
        ActaTextRenderer.Render(english.Console, acta);
        CultureInfo.CurrentUICulture = Spanish;
        var spanish = new TestConsole();
        ActaTextRenderer.Render(spanish.Console, acta);

        Assert.All(acta.Warnings, w => Assert.Contains("warning: " + w, english.Text.ReplaceLineEndings(" "), StringComparison.Ordinal));
        Assert.Contains("Agreements", english.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("warning:", spanish.Text, StringComparison.Ordinal);
        Assert.Contains("aviso: ", spanish.Text, StringComparison.Ordinal);
        Assert.Contains("Acuerdos", spanish.Text, StringComparison.Ordinal);
        foreach (var w in acta.Warnings)
        {
            Assert.DoesNotContain(w, spanish.Text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_line_shape_reads_spanish_under_es_MX_and_unchanged_in_english()
    {
        var shapes = Filled("Actas.Cli.Resources.Strings", typeof(ActasApp), "line.").ToList();
        Assert.True(shapes.Count >= 40, $"only {shapes.Count} line shapes");

        foreach (var (key, english) in shapes)
        {
            Assert.Equal(english, LineWording.Word(english));
            CultureInfo.CurrentUICulture = Spanish;
            var spanish = LineWording.Word(english);
            CultureInfo.CurrentUICulture = English;
            Assert.True(spanish != english, $"{key}: no Spanish words for '{english}'");
            Assert.DoesNotContain('{', spanish);
        }
    }

    [Fact]
    public void Reprocess_lines_are_spanish_under_es_MX()
    {
        var files = SeedCopies.Write(_temp.PathOf("lote"), 2);
        var database = _temp.PathOf("actas.db");
        Assert.Equal(0, Import(new ImportCommand.Settings { Paths = [_temp.PathOf("lote")], Database = database }).Exit);
        using (var store = SqliteActaStore.Open(database))
        {
            store.Connection.Execute("UPDATE documents SET extractor_version = '0.9.0'");
        }

        File.Delete(files[1]);
        CultureInfo.CurrentUICulture = Spanish;

        var (exit, lines) = Import(new ImportCommand.Settings { ReprocessOutdated = true, Database = database });

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{files[0]}: reprocesada (extractor 0.9.0 → {ActaExtractor.Version})",
                $"{files[1]}: no se encontró el archivo; el documento almacenado (leído por el extractor 0.9.0) se conserva como está",
                "1 reprocesados, 0 al día, 1 no encontrados, 0 modificados, 0 con error",
            ],
            lines);
    }

    [Fact]
    public void A_database_that_cannot_be_opened_is_said_in_spanish_with_sqlites_reason_worded()
    {
        var settings = new ImportCommand.Settings
        {
            Paths = [SeedCopies.Write(_temp.PathOf("lote"), 1)[0]], Database = _temp.PathOf("no-such-folder/actas.db"), NoClassify = true,
        };

        var (englishExit, english) = Import(settings);
        CultureInfo.CurrentUICulture = Spanish;
        var (spanishExit, spanish) = Import(settings);

        Assert.Equal((1, 1), (englishExit, spanishExit));
        Assert.Equal([$"{settings.Database}: cannot open the database (SQLite Error 14: 'unable to open database file'.)"], english);
        Assert.Equal([$"{settings.Database}: no se puede abrir la base de datos (SQLite, error 14: no se puede abrir el archivo de la base de datos)"],
            spanish);
    }

    [Fact]
    public void An_empty_database_file_is_refused_in_the_users_language()
    {
        var database = _temp.File("vacia.db", "");
        var english = new StringWriter();
        var spanish = new StringWriter();

        QueryRunner.Run(new Commands.Query.UnreportedCommand.Settings { Database = database },
            (q, _) => q.Unreported(new Actas.Storage.Queries.QueryFilter()), new StringWriter(), english, new TestConsole().Console);
        CultureInfo.CurrentUICulture = Spanish;
        QueryRunner.Run(new Commands.Query.UnreportedCommand.Settings { Database = database },
            (q, _) => q.Unreported(new Actas.Storage.Queries.QueryFilter()), new StringWriter(), spanish, new TestConsole().Console);

        Assert.Equal(ActaDatabaseException.Empty(database).Message, english.ToString().Trim());
        Assert.Equal($"{database}: un archivo vacío, no una base de datos de actas; cree una con 'actas import RUTA --db {database}'",
            spanish.ToString().Trim());
    }

    [Fact]
    public void Evals_failure_lines_are_spanish_under_es_MX_and_as_the_report_has_them_in_english()
    {
        var encrypted = ActaReadException.Encrypted("b.pdf");
        var englishRead = EvalCommand.FailureLine("b.pdf", $"ActaReadException: {encrypted.Message}", encrypted);
        var englishOther = EvalCommand.FailureLine("c.pdf", "IOException: Could not find file '/x/c.pdf'.", null);
        CultureInfo.CurrentUICulture = Spanish;

        Assert.Equal($"b.pdf: ActaReadException: {encrypted.Message}", englishRead);
        Assert.Equal("c.pdf: IOException: Could not find file '/x/c.pdf'.", englishOther);
        Assert.Equal("b.pdf: PDF cifrado: no se puede leer sin su contraseña; guarde una copia sin protección",
            EvalCommand.FailureLine("b.pdf", $"ActaReadException: {encrypted.Message}", encrypted));
        Assert.Equal("c.pdf: IOException: no se encontró el archivo '/x/c.pdf'",
            EvalCommand.FailureLine("c.pdf", "IOException: Could not find file '/x/c.pdf'.", null));
    }

    [Fact]
    public void Trains_per_trainer_line_follows_the_culture()
    {
        Assert.Equal("  lbfgs     macro-F1 0.842  (3.1 s)", TrainCommand.TrainerLine("lbfgs", 0.8421, TimeSpan.FromSeconds(3.14)));
        CultureInfo.CurrentUICulture = Spanish;
        Assert.Equal("  lbfgs     F1 macro 0.842  (3.1 s)", TrainCommand.TrainerLine("lbfgs", 0.8421, TimeSpan.FromSeconds(3.14)));
    }

    private (int Exit, string[] Lines) Import(ImportCommand.Settings settings)
    {
        var output = new StringWriter();
        var run = new ImportCommand.Settings
        {
            Paths = settings.Paths, ReprocessOutdated = settings.ReprocessOutdated, Database = settings.Database, NoClassify = true, Jobs = 1,
        };
        var pipeline = ActaPipeline.CreateDefault();
        var exit = ImportCommand.Run(run, path => pipeline.Process(path, run.ToReadOptions()), classifier: null, output, progressConsole: null);
        return (exit, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
