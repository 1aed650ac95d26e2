using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A session header printed from an online questionnaire: a Pregunta | Respuesta table whose questions carry a code in
/// front and the answer's format in brackets, and whose session number is asked for on its own.
/// </summary>
public sealed class SessionHeaderFormQuestionTests
{
    private static Table Answers(params (string Question, string Answer)[] rows) =>
        new(rows.Select(r => new TableRow([new TableCell(0, 1, [r.Question]), new TableCell(1, 1, [r.Answer])])).ToList(), 2, true, At());

    [Fact]
    public void A_question_code_and_a_format_hint_do_not_hide_the_label()
    {
        Assert.Equal("Fecha de la reunión", FormQuestion.Label("P2Q07 Fecha de la reunión (aaaa-mm-dd):"));
        Assert.Equal("Sede o plataforma:", FormQuestion.Label("B1Q3_SQ2 Sede o plataforma:"));
        Assert.Equal("Lugar", FormQuestion.Label("Lugar"));
    }

    [Fact]
    public void The_answers_of_a_questionnaire_give_the_session_header()
    {
        var acta = Extract(
            P("Cuestionario de relatoría", ParagraphRole.Heading),
            P("Enviado 2023-02-10 09:12:40"),
            Answers(
                ("A1Q1 Espacio de Participación:", "Derecho al Agua y al Saneamiento"),
                ("A1Q2 Número de sesión (sólo número):", "4"),
                ("A1Q3 Fecha de la sesión (dd/mm/aaaa):", "07/02/2023"),
                ("A1Q4 Hora de inicio (hh:mm):", "16:30"),
                ("A1Q5 Sede o plataforma:", "Sala de juntas del SACMEX")),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(
            ("Derecho al Agua y al Saneamiento", (int?)4, "2023-02-07", "16:30", "Sala de juntas del SACMEX"),
            (acta.Session.Body, acta.Session.Number, acta.Session.Date, acta.Session.StartTime, acta.Session.Place));
    }
}
