using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Actas.Classification;
using Actas.Classification.Evaluation;
using Actas.Classification.Promotion;
using Actas.Cli.Commands;
using Actas.Cli.Commands.Labels;
using Actas.Cli.Output;
using Actas.Cli.Rendering;
using Actas.Cli.Usage;
using Spectre.Console.Cli;

namespace Actas.Cli.Tests;

/// <summary>The lines issue 14 left in English: option help, train --db, labels import's row errors — Spanish under es-MX,
/// unchanged English otherwise.</summary>
public sealed class SpanishMessagesTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly TempFolder _temp = new();

    public SpanishMessagesTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _temp.Dispose();
    }

    /// <summary>Every option and argument the user can see, with the help text Spectre shows for it.</summary>
    private static IEnumerable<(string Name, DescriptionAttribute? Description)> VisibleParameters() =>
        typeof(ActasApp).Assembly.GetTypes()
            .Where(t => typeof(CommandSettings).IsAssignableFrom(t) && t.DeclaringType != typeof(Isolation.WorkerCommand))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.GetCustomAttribute<CommandOptionAttribute>() is not null || p.GetCustomAttribute<CommandArgumentAttribute>() is not null)
            .Select(p => ($"{p.DeclaringType!.DeclaringType?.Name ?? p.DeclaringType.Name}.{p.Name}", p.GetCustomAttribute<DescriptionAttribute>()));

    [Fact]
    public void Every_option_and_argument_has_help_in_english_and_in_spanish()
    {
        var parameters = VisibleParameters().ToList();
        Assert.True(parameters.Count > 50, $"only {parameters.Count} options found");

        foreach (var (name, description) in parameters)
        {
            var localized = Assert.IsType<LocalizedDescriptionAttribute>(description, exactMatch: false);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            var english = localized.Description;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
            var spanish = localized.Description;

            Assert.True(english != localized.Key, $"{name}: no English text for {localized.Key}");
            Assert.True(spanish != english, $"{name}: {localized.Key} has no Spanish text");
        }
    }

    [Fact]
    public void Import_help_texts_read_in_the_users_language()
    {
        var database = typeof(ImportCommand.Settings).GetProperty(nameof(ImportCommand.Settings.Database))!.GetCustomAttribute<DescriptionAttribute>()!;
        var ocr = typeof(ImportCommand.Settings).GetProperty(nameof(ImportCommand.Settings.Ocr))!.GetCustomAttribute<DescriptionAttribute>()!;

        Assert.Equal("The SQLite database to write; created if missing", database.Description);
        Assert.StartsWith("Read scanned pages with OCR (Tesseract, spa)", ocr.Description, StringComparison.Ordinal);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
        Assert.Equal("La base de datos SQLite que se escribe; se crea si no existe", database.Description);
        Assert.StartsWith("Lee las páginas escaneadas con OCR (Tesseract, spa)", ocr.Description, StringComparison.Ordinal);
    }

    private static ClassificationMetrics Metrics(double macro, params (string Label, double F1)[] labels) =>
        new(macro, macro, labels.Select(l => new LabelMetrics(l.Label, 1, 1, l.F1, 30)).ToList(), new ConfusionMatrix([], []));

    public static TheoryData<string> GateCases() => ["first", "promoted", "refused"];

    private static PromotionDecision Case(string name) => name switch
    {
        "first" => PromotionGate.Decide(null, Metrics(0.9, ("avance", 0.9))),
        "promoted" => PromotionGate.Decide(Metrics(0.80, ("avance", 0.80), ("diseno_meta", 0.80)), Metrics(0.82, ("avance", 0.86), ("diseno_meta", 0.78))),
        _ => PromotionGate.Decide(Metrics(0.80, ("avance", 0.80), ("diseno_meta", 0.80)), Metrics(0.70, ("avance", 0.78), ("diseno_meta", 0.62))),
    };

    [Theory]
    [MemberData(nameof(GateCases))]
    public void Gate_verdict_in_english_is_the_reason_the_gate_records(string name)
    {
        var decision = Case(name);

        Assert.Equal(decision.Reason, PromotionWording.Verdict(decision));
    }

    [Fact]
    public void Gate_verdict_is_spanish_under_es_MX_with_the_labels_spanish_names()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");

        Assert.Equal("no promovido: el macro-F1 bajó 0.800 → 0.700 (−0.100); el F1 de diseño de la meta bajó 0.180 (0.800 → 0.620), más de 0.050; " +
            "bajas menores: avance −0.020", PromotionWording.Verdict(Case("refused")));
        Assert.Equal("promovido: macro-F1 0.800 → 0.820 (+0.020), ninguna etiqueta bajó más de 0.050; bajas menores: diseño de la meta −0.020",
            PromotionWording.Verdict(Case("promoted")));
        Assert.Equal("aún no hay un modelo promovido; macro-F1 del candidato 0.900", PromotionWording.Verdict(Case("first")));
    }

    [Fact]
    public void Train_db_prints_the_gate_and_force_in_spanish_under_es_MX()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
        var console = new TestConsole();

        var (promote, forced, reason, verdict) = CorrectionRetraining.Decide(console.Console, null,
            Metrics(0.80, ("avance", 0.80), ("diseno_meta", 0.80)), Metrics(0.70, ("avance", 0.78), ("diseno_meta", 0.62)), force: true);

        Assert.Equal((true, true), (promote, forced));
        Assert.StartsWith("not promoted: macro-F1 fell", reason, StringComparison.Ordinal);
        Assert.StartsWith("Compuerta: no promovido: el macro-F1 bajó", verdict, StringComparison.Ordinal);
        Assert.Contains(verdict, console.Text, StringComparison.Ordinal);
        Assert.Contains("--force: se promueve aunque la compuerta lo rechazó.", console.Text, StringComparison.Ordinal);
        Assert.Contains("actual", console.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_db_without_its_database_says_so_in_spanish()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
        var console = new TestConsole();
        var missing = _temp.PathOf("none.db");

        var exit = CorrectionRetraining.Run(new TrainCommand.Settings { Database = missing }, console.Console);

        Assert.Equal(1, exit);
        Assert.Equal($"{missing}: no existe esa base de datos; créela con 'actas import RUTA --db {missing}'", console.Text.Trim());
    }

    private (int Exit, string[] Lines) ImportLabels(string csv)
    {
        var acta = _temp.File("corpus/acta-23.txt", "VIGÉSIMA TERCERA REUNIÓN DE TRABAJO…");
        var db = _temp.PathOf("actas.db");
        Assert.Equal(0, ImportCommand.Run(new ImportCommand.Settings { Paths = [acta], Database = db },
            p => ReviewActas.With(p, "Se reportan datos duros.", "Falta informar el número de talleres."), classifier: null, new StringWriter(),
            progressConsole: null));
        var file = _temp.File("labels.csv", csv);
        var output = new StringWriter();
        var exit = LabelsImportCommand.Run(new LabelsImportCommand.Settings { File = file, Database = db, By = "ana" }, output, "usuario");
        return (exit, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Labels_import_row_errors_are_spanish_under_es_MX()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");

        var (exit, lines) = ImportLabels("item_id,text,corrected\n1,bien,avance\nuno,mal,proceso\n2,mal,datos\n99999,otro,proceso\n1,bien,exhorta\n");

        var file = _temp.PathOf("labels.csv");
        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{file}:3: item_id 'uno' no es un número; deje la columna item_id como se exportó",
                $"{file}:4: etiqueta desconocida 'datos'; se esperaba una de {string.Join(", ", FeedbackLabels.All)}",
                $"{file}:5: id de elemento desconocido 99999; este archivo no se exportó de esta base de datos",
                $"{file}:6: el elemento 1 se corrige aquí a 'exhorta' pero a 'avance' en la fila 2",
            ],
            lines[..4]);
    }

    [Theory]
    [InlineData("es-MX", ":1: se esperaban las columnas item_id y corrected")]
    [InlineData("en-US", ":1: expected the columns item_id and corrected")]
    public void Labels_import_names_a_wrong_header_in_the_users_language(string culture, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var (exit, lines) = ImportLabels("id,label\n1,avance\n");

        Assert.Equal(1, exit);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-MX", "aviso: no se encontró la fecha de la sesión", "Instancia ejecutora", "sin reporte", "sesión 23")]
    [InlineData("en-US", "warning: no session date found", "Executor", "NotReported", "session 23")]
    public void Extract_text_speaks_the_users_language_and_words_the_extractors_warnings(
        string culture, string warning, string executor, string status, string session)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var console = new TestConsole();
        var acta = ReviewActas.With("acta.txt", "Faltan datos duros.") with { Warnings = ["no session date found"] };

        ActaTextRenderer.Render(console.Console, acta);

        Assert.Contains(warning, console.Text, StringComparison.Ordinal);
        Assert.Contains(executor, console.Text, StringComparison.Ordinal);
        Assert.Contains(status, console.Text, StringComparison.Ordinal);
        Assert.Contains(session, console.Text, StringComparison.Ordinal);
    }

    private static async Task<string> UsageError(params string[] args)
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await ActasApp.RunAsync(args, error));
        return error.ToString();
    }

    [Theory]
    [InlineData("es-MX", "actas: comando desconocido 'informe'", "vea 'actas --help'")]
    [InlineData("en-US", "actas: Unknown command 'informe'", "see 'actas --help'")]
    public async Task An_unknown_command_is_named_and_the_help_to_read_is_its_parents(string culture, string first, string second)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var lines = (await UsageError("informe", "--db", _temp.PathOf("a.db"))).Split(Environment.NewLine);

        Assert.Equal([first, second], lines[..2]);
    }

    [Theory]
    [InlineData("es-MX", "actas: al comando 'search' le falta el argumento obligatorio TEXT")]
    [InlineData("en-US", "actas: Command 'search' is missing required argument 'TEXT'")]
    public async Task A_missing_argument_is_named_in_the_users_language(string culture, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        Assert.StartsWith(expected, await UsageError("query", "search", "--db", _temp.PathOf("a.db")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-MX", new[] { "import", "x", "--jobs", "0" }, "actas: --jobs debe ser 1 o más")]
    [InlineData("en-US", new[] { "import", "x", "--jobs", "0" }, "actas: --jobs must be 1 or more")]
    [InlineData("es-MX", new[] { "query", "strategy", "0" }, "actas: NUMBER: se esperaba un número de estrategia como 520; se encontró 0")]
    [InlineData("es-MX", new[] { "train", "--trainer", "x" }, "actas: --trainer x: se esperaba auto, sdca, lbfgs, lightgbm u ova")]
    [InlineData("es-MX", new[] { "extract", "a.docx", "--ocr", "a-veces" }, "actas: --ocr debe ser auto, always o never, no 'a-veces'")]
    public async Task Validation_errors_speak_the_users_language(string culture, string[] args, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        Assert.StartsWith(expected, await UsageError(args), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_titles_are_spelled_right_in_spanish()
    {
        var spanish = ChildActas.Run(_temp.Root, ["query", "--help"], TimeSpan.FromMinutes(2), language: "es_MX.UTF-8");
        var english = ChildActas.Run(_temp.Root, ["query", "--help"], TimeSpan.FromMinutes(2));

        Assert.Contains("DESCRIPCIÓN:", spanish.Output, StringComparison.Ordinal);
        Assert.Contains("COMANDOS:", spanish.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("COMMANDOS", spanish.Output, StringComparison.Ordinal);
        Assert.Contains("Preguntas sobre todas las sesiones guardadas", spanish.Output, StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION:", english.Output, StringComparison.Ordinal);
        Assert.Contains("COMMANDS:", english.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-MX", "2 reprocesados, 1 al día, 0 no encontrados, 0 modificados, 1 con error, 3 sin intentar", "1 corrección conservada en los elementos releídos",
        "detenido antes del final: interrupted. Cada archivo listado arriba")]
    [InlineData("en-US", "2 reprocessed, 1 up to date, 0 missing, 0 changed, 1 failed, 3 not attempted", "1 correction kept on the re-read items",
        "stopped before the end: interrupted. Every file listed above")]
    public void Reprocess_counts_and_a_stopped_run_speak_the_users_language(string culture, string summary, string corrections, string stopped)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var stop = new Actas.Import.RunStop("interrupted", Interrupted: true);
        var counts = new Actas.Import.ReprocessSummary(1, 2, 1, 0, 0, 1, 1, 2, [], stop, NotAttempted: 3);

        Assert.Equal(summary, ImportLines.Summary(counts));
        Assert.Equal(corrections, ImportLines.CorrectionLines(counts).First());
        Assert.StartsWith(stopped, ImportLines.Stopped(stop, 3), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-MX", "la retroalimentación queda sin etiquetar: no se encuentra el archivo de modelo ")]
    [InlineData("en-US", "feedback left unlabelled: model file ")]
    public void A_missing_model_is_noticed_in_the_users_language(string culture, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var missing = _temp.PathOf("nada.zip");

        var (classifier, notice) = Composition.ClassifierLoader.Load(missing, disabled: false);

        Assert.Null(classifier);
        Assert.Equal(expected + missing + (culture == "en-US" ? " not found" : ""), notice);
    }
}
