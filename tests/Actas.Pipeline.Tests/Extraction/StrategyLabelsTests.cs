using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

public sealed class StrategyLabelsTests
{
    [Theory]
    [InlineData("Meta 516.1 Se investigan todos los casos", "516.1", "Se investigan todos los casos")]
    [InlineData("Meta: 520.3. Se evalúa, permanentemente", "520.3", "Se evalúa, permanentemente")]
    [InlineData("Meta: Incremento en un 50% del procesamiento", null, "Incremento en un 50% del procesamiento")]
    [InlineData("META 523.2.- Se garantiza", "523.2", "Se garantiza")]
    public void Goal_labels_give_id_and_text(string cell, string? id, string rest)
    {
        var found = StrategyLabels.Read(cell);
        Assert.NotNull(found);
        Assert.Equal(StrategyField.Goal, found.Field);
        Assert.Equal(id, found.GoalId);
        Assert.Equal(rest, found.Rest);
    }

    [Theory]
    [InlineData("INFORME", StrategyField.Report)]
    [InlineData("Informe: Se capacitó a 20 personas", StrategyField.Report)]
    [InlineData("Retroalimentación", StrategyField.Feedback)]
    [InlineData("Observaciones de las Instancias", StrategyField.Observation)]
    [InlineData("Instancia Ejecutora: PGJCDMX", StrategyField.Executor)]
    [InlineData("Indicador: Porcentaje del número", StrategyField.Indicator)]
    [InlineData("Comentarios durante la reunión:", StrategyField.Feedback)]
    [InlineData("Intervenciones", StrategyField.Feedback)]
    public void Row_labels_are_recognised(string cell, StrategyField field)
    {
        Assert.Equal(field, StrategyLabels.Read(cell)?.Field);
    }

    [Theory]
    [InlineData("Comentarios de la Secretaría Ejecutiva (retroalimentación):", StrategyField.Feedback)]
    [InlineData("Comentarios de las instancias y de la sociedad civil (observaciones):", StrategyField.Observation)]
    [InlineData("Comentarios (observaciones)", StrategyField.Observation)]
    [InlineData("Observaciones de la sociedad civil (retroalimentación)", StrategyField.Feedback)]
    [InlineData("Observaciones del Espacio (ver anexo):", StrategyField.Observation)]
    public void A_field_named_in_parentheses_after_a_label_is_the_field(string cell, StrategyField field)
    {
        var found = StrategyLabels.Read(cell);
        Assert.NotNull(found);
        Assert.Equal(field, found.Field);
        Assert.Equal("", found.Rest);
    }

    [Theory]
    [InlineData("INDICADOR.- Número de visitas de verificación", StrategyField.Indicator, "Número de visitas de verificación")]
    [InlineData("INSTANCIA EJECUTORA.- Instituto de Verificación Administrativa.", StrategyField.Executor, "Instituto de Verificación Administrativa.")]
    [InlineData("INFORME.- No se presentó.", StrategyField.Report, "No se presentó.")]
    [InlineData("Retroalimentación.– Es necesario que la instancia informe", StrategyField.Feedback, "Es necesario que la instancia informe")]
    public void A_legal_period_and_dash_closes_a_label_before_its_text(string cell, StrategyField field, string rest)
    {
        var found = StrategyLabels.Read(cell);
        Assert.NotNull(found);
        Assert.Equal(field, found.Field);
        Assert.Equal(rest, found.Rest);
    }

    [Theory]
    [InlineData("Informe. Se realizaron 20 talleres en la alcaldía")]
    [InlineData("El informe de la difusión que se realiza también debe contener")]
    [InlineData("Informe detallado de las acciones realizadas en el periodo")]
    [InlineData("Metas e indicadores no coinciden con lo reportado")]
    [InlineData("Observaciones que hace sociedad civil sobre el reporte")]
    public void Prose_that_starts_with_a_label_word_is_not_a_label(string cell)
    {
        Assert.Null(StrategyLabels.Read(cell));
    }
}
