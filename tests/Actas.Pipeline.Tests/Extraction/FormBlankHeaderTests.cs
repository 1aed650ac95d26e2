using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A printed form filled in on the computer: the typed values keep the underscores of the blanks around them, and the
/// session's number, date, hour, place and next meeting are read through them.
/// </summary>
public sealed class FormBlankHeaderTests
{
    private static Table T(params string[][] rows) =>
        new(rows.Select(r => new TableRow(r.Select((text, i) => new TableCell(i, 1, [text])).ToList())).ToList(), rows.Max(r => r.Length), true, At());

    [Fact]
    public void Values_typed_over_blanks_give_the_session()
    {
        var acta = Extract(
            P("FICHA DE REGISTRO DE LA SESIÓN"),
            P("1. DATOS GENERALES", ParagraphRole.Heading),
            P("Sesión número: ___7___Tipo de sesión: ☐ Ordinaria ☒ Extraordinaria"),
            P("Fecha (dd/mm/aaaa): ___03/04/2024___Hora de inicio: ___16:30___"),
            P("Sede / plataforma: Aula magna del Museo del Agua, Calzada de Tlalpan 120"),
            P("2. ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."),
            P("3. PRÓXIMA SESIÓN", ParagraphRole.Heading),
            P("Fecha: ___08/05/2024___ Hora: ___16:30___"));

        Assert.Equal((7, "2024-04-03", "16:30", "Aula magna del Museo del Agua, Calzada de Tlalpan 120"),
            (acta.Session.Number, acta.Session.Date, acta.Session.StartTime, acta.Session.Place));
        Assert.Equal("2024-05-08", acta.NextSession?.Date);
    }

    [Fact]
    public void The_due_date_of_an_agreement_about_the_next_meeting_is_not_the_meeting()
    {
        var acta = Extract(
            P("Reunión de trabajo 4 del Espacio de Participación de Derechos Culturales", ParagraphRole.Heading),
            P("Fecha: 02/04/2024"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El Museo presentará su informe en la próxima sesión. Responsable: Museo Fecha compromiso: 19/04/2024"));

        Assert.Null(acta.NextSession);
    }

    [Fact]
    public void The_date_of_a_memo_routing_block_is_not_the_session()
    {
        var acta = Extract(
            P("NOTA INFORMATIVA"),
            T(["PARA:", "Mtro. Julián Serrano Ortiz"], ["DE:", "Lic. Paula Reyes Cano"], ["FECHA:", "4 de marzo de 2021"], ["ASUNTO:", "Reunión de trabajo 6"]),
            P("Le informo que el lunes 1 de marzo de 2021, a las 11:00 horas, se celebró la sexta reunión de trabajo del Espacio de Participación de Derechos Culturales, en la que se revisaron las metas."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal("2021-03-01", acta.Session.Date);
    }

    [Theory]
    [InlineData("Hora: __10:00__Sede:", "Hora: 10:00 Sede:")]
    [InlineData("______________", "")]
    [InlineData("mi_archivo", "mi_archivo")]
    public void A_blank_reads_as_a_space(string text, string expected) => Assert.Equal(expected, FormBlanks.Clear(text));
}
