using System.Globalization;
using Actas.Cli.Output;

namespace Actas.Cli.Tests;

/// <summary>Labels by their Spanish names in tables and Markdown under es-MX; codes in TSV and under English (issue 14, item 6).</summary>
public sealed class LabelNameTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    public void Dispose() => CultureInfo.CurrentUICulture = _culture;

    private sealed record Mix(int Strategy, IReadOnlyDictionary<string, int> Labels, IReadOnlyList<string> FeedbackLabels, string? Label, string Kind);

    private static readonly Mix[] Rows =
    [
        new(516, new Dictionary<string, int> { ["diseno_meta"] = 1, ["solicita_datos"] = 6 }, ["instancia: 2"], "solicita_datos", "diseno_meta"),
    ];

    private static (string Markdown, string Table, string Tsv) Write()
    {
        var markdown = new StringWriter();
        var tsv = new StringWriter();
        var console = new TestConsole();
        RowOutput.Write(Rows, OutputFormat.Markdown, markdown, console.Console);
        RowOutput.Write(Rows, OutputFormat.Table, new StringWriter(), console.Console);
        RowOutput.Write(Rows, OutputFormat.Tsv, tsv, console.Console);
        return (markdown.ToString(), console.Text, tsv.ToString());
    }

    [Fact]
    public void Spanish_tables_and_markdown_name_the_labels_and_tsv_keeps_the_codes()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");

        var (markdown, table, tsv) = Write();

        Assert.Equal("| 516 | diseño de la meta: 1; solicita datos: 6 | comentario de la instancia: 2 | solicita datos | diseno_meta |",
            markdown.Split('\n')[2].TrimEnd('\r'));
        Assert.Contains("diseño de la meta: 1; solicita datos: 6", table, StringComparison.Ordinal);
        Assert.Equal("516\tdiseno_meta: 1; solicita_datos: 6\tinstancia: 2\tsolicita_datos\tdiseno_meta", tsv.Split('\n')[1]);
    }

    [Fact]
    public void English_shows_the_codes()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        var (markdown, _, _) = Write();

        Assert.Equal("| 516 | diseno_meta: 1; solicita_datos: 6 | instancia: 2 | solicita_datos | diseno_meta |", markdown.Split('\n')[2].TrimEnd('\r'));
    }

    [Fact]
    public void Every_label_has_a_spanish_name_and_an_unknown_code_is_shown_as_given()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");

        Assert.All(Actas.Classification.FeedbackLabels.All,
            code => Assert.False(string.IsNullOrWhiteSpace(Actas.Cli.Usage.Localized.TextOrNull("label." + code)), code));
        Assert.Equal("diseño de la meta", LabelNames.Shown("diseno_meta"));
        Assert.Equal("otra_cosa", LabelNames.Shown("otra_cosa"));
    }
}
