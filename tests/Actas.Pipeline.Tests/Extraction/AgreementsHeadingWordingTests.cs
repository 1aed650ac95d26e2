using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The agreements, however a writer heads them: how they came about ("Acuerdos generados", "Compromisos asumidos"), a list of
/// them ("Síntesis de acuerdos", "Puntos de acuerdo"), or paired with what else was decided ("Conclusiones y acuerdos",
/// "Acuerdos y próximos pasos", "Decisiones tomadas").
/// </summary>
public sealed class AgreementsHeadingWordingTests
{
    private static SectionKind? Kind(string heading) =>
        SectionDetector.Classify(new Row([new RowCell(0, 1, [heading])], At(), null, true, ParagraphRole.Heading));

    [Theory]
    [InlineData("Acuerdos generados")]
    [InlineData("5. COMPROMISOS ASUMIDOS")]
    [InlineData("Acuerdos de esta reunión")]
    [InlineData("Síntesis de acuerdos")]
    [InlineData("IV. Registro de compromisos y acuerdos")]
    [InlineData("Puntos de acuerdo")]
    [InlineData("Conclusiones y acuerdos")]
    [InlineData("Acuerdos y próximos pasos")]
    [InlineData("Decisiones tomadas")]
    public void The_heading_opens_the_agreements(string heading) =>
        Assert.Equal(SectionKind.Agreements, Kind(heading));

    [Theory]
    [InlineData("Seguimiento de acuerdos anteriores")]
    [InlineData("Lista de asistencia")]
    public void Other_headings_do_not(string heading) =>
        Assert.NotEqual(SectionKind.Agreements, Kind(heading));

    [Fact]
    public void A_typed_rule_under_the_heading_does_not_close_the_agreements()
    {
        var acta = Extract(
            P("Cuarta sesión ordinaria del Espacio de Participación de Derechos Culturales", ParagraphRole.Heading),
            P("4. ACUERDOS"),
            P("------------"),
            P("a) La Alcaldía Tláhuac entregará el padrón de personas beneficiarias."),
            P("b) La Secretaría Ejecutiva enviará el calendario de visitas."));

        Assert.Equal(2, acta.Agreements.Count);
    }
}
