using System.Text.RegularExpressions;
using Actas.Classification.Runtime;
using Actas.Pipeline.Labelling;

namespace Actas.Classification.Tests;

public sealed partial class ClassifyOutputTests
{
    [Fact]
    public void Two_lines_in_give_two_label_tab_confidence_tab_text_lines_in_order()
    {
        var classifier = new FakeClassifier(t => t.StartsWith("Es necesario", StringComparison.Ordinal)
            ? new FeedbackPrediction("solicita_datos", 0.91234)
            : new FeedbackPrediction("reasignar", 0.5));
        var input = new StringReader("Es necesario se reporten datos duros.\n\nPueden estar enmarcadas en la estrategia 520, meta 520.2.\n");
        var output = new StringWriter();

        var code = FeedbackLineClassifier.Run(classifier, input, output);

        Assert.Equal(0, code);
        Assert.Equal(
            "solicita_datos\t0.9123\tEs necesario se reporten datos duros.\n" +
            "reasignar\t0.5000\tPueden estar enmarcadas en la estrategia 520, meta 520.2.\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Confidence_uses_a_point_whatever_the_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("es-MX");
            Assert.Equal("avance\t0.2500\tx", ClassificationLineFormatter.Format(new FeedbackPrediction("avance", 0.25), "x"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Shipped_model_output_lines_match_the_format()
    {
        var classifier = FeedbackClassifier.Load(RepositoryPaths.ShippedModel);
        var output = new StringWriter();

        FeedbackLineClassifier.Run(classifier, new StringReader("No hay correspondencia entre la meta y el indicador.\nSe exhorta a SEDESA a iniciar acciones."), output);

        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Matches(LinePattern(), l));
    }

    [GeneratedRegex(@"^[a-z_]+\t[01]\.\d{4}\t\S.*$")]
    private static partial Regex LinePattern();
}
