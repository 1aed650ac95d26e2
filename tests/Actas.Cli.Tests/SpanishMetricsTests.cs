using System.Globalization;
using Actas.Classification.Evaluation;
using Actas.Cli.Commands;

namespace Actas.Cli.Tests;

/// <summary>What eval, train and score print, in Spanish under es_MX and in English otherwise (issue 14, item 6).</summary>
public sealed class SpanishMetricsTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _temp.Dispose();
    }

    private static ClassificationMetrics Metrics() =>
        MetricsCalculator.Compute(["avance", "diseno_meta"], ["avance", "diseno_meta", "diseno_meta"], ["avance", "diseno_meta", "avance"]);

    [Theory]
    [InlineData("es-MX", "Por etiqueta", "cobertura", "diseño de la meta", "Matriz de confusión")]
    [InlineData("en-US", "Per label", "recall", "diseno_meta", "Confusion matrix")]
    public void Train_and_score_tables_speak_the_users_language(string culture, string title, string recall, string label, string confusion)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var console = new TestConsole();

        console.Console.Write(MetricsTables.PerLabel(Metrics()));
        console.Console.Write(MetricsTables.Confusion(Metrics().Confusion));

        Assert.Contains(title, console.Text, StringComparison.Ordinal);
        Assert.Contains(recall, console.Text, StringComparison.Ordinal);
        Assert.Contains($"│ {label} ", console.Text, StringComparison.Ordinal);
        Assert.Contains(confusion, console.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es_MX.UTF-8", "En conjunto, 1 documentos (promedio micro)", "F1 por formato")]
    [InlineData("en_US.UTF-8", "Overall, 1 documents (micro-averaged)", "F1 by format")]
    public void Eval_tables_speak_the_users_language_and_fit_a_pipe(string language, string title, string byFormat)
    {
        foreach (var extension in new[] { ".docx", ".gold.json" })
        {
            File.Copy(RepositoryPaths.Seed(extension), _temp.PathOf(RepositoryPaths.SeedStem + extension));
        }

        var result = ChildActas.Run(_temp.Root, ["eval", "."], TimeSpan.FromMinutes(3), language: language);

        Assert.Equal(0, result.Exit);
        Assert.Contains(title, result.Output, StringComparison.Ordinal);
        Assert.Contains(byFormat, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('…', result.Output);
        Assert.Contains("│ session.body ", result.Output, StringComparison.Ordinal);
    }
}
