using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Turns under "Intervenciones", each speaker in small capitals closed by a period and an em dash: Word keeps the speaker in mixed
/// case ("Secretaría Ejecutiva.— …"), a PDF prints it in capitals and may wrap it inside its parenthesis. The remark is what
/// follows the dash.
/// </summary>
public sealed class SmallCapsTurnTests
{
    [Theory]
    [InlineData("Secretaría Ejecutiva.— Falta desagregar por alcaldía.", "Falta desagregar por alcaldía.")]
    [InlineData("Tomás Vela Ibarra (Colectivo \"Voces Mayores\", A.C.).— Los talleres empiezan tarde.", "Los talleres empiezan tarde.")]
    [InlineData("TOMÁS VELA IBARRA (COLECTIVO \"VOCES MAYORES\").— Los talleres empiezan tarde.", "Los talleres empiezan tarde.")]
    public void The_speaker_before_the_period_and_dash_is_no_part_of_the_remark(string turn, string remark) =>
        Assert.Equal(remark, SpeakerTag.Strip(turn));

    [Fact]
    public void Remarks_under_intervenciones_are_the_goals_feedback()
    {
        var acta = Extract(
            P("MINUTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA CULTURA", ParagraphRole.Heading),
            P("Fecha: 5 de junio de 2019"),
            P("Estrategia 540 · Acercar la cultura a las personas mayores", ParagraphRole.Heading),
            P("Meta 540.1 — Abrir talleres de lectura"),
            P("Informe: Se abrieron 12 talleres en cuatro alcaldías."),
            P("Intervenciones"),
            P("Secretaría Ejecutiva.— Falta desagregar por alcaldía."),
            P("TOMÁS VELA IBARRA (COLECTIVO \"VOCES MAYORES\" DE SANTA"),
            P("CRUZ).— Los talleres empiezan tarde para quienes trabajan."),
            P("Acuerdos", ParagraphRole.Heading),
            P("La Secretaría de Cultura enviará el calendario de talleres."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal("Se abrieron 12 talleres en cuatro alcaldías.", strategy.Goals.Single().Report);
        Assert.Equal(["Falta desagregar por alcaldía.", "Los talleres empiezan tarde para quienes trabajan."], strategy.Feedback.Select(f => f.Text));
    }
}
