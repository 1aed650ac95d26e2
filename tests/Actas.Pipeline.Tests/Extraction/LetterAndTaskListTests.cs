using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A letter that remits a session's summary (its dateline is not the session's day; its points have run-in heads) and a
/// meeting app's notes (follow-up tasks with an assignee and a due date; a card for the meeting scheduled next).
/// </summary>
public sealed class LetterAndTaskListTests
{
    [Fact]
    public void The_day_a_letter_says_the_session_was_held_beats_its_dateline()
    {
        var acta = Extract(
            P("Toluca, a 9 de octubre de 2022"),
            P("Asunto: Resumen de la Segunda Sesión Ordinaria"),
            P("Le informo sobre la Segunda Sesión Ordinaria del Espacio de Participación del Derecho al Agua, celebrada el viernes 30 de septiembre de 2022 en la sala del organismo."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El organismo enviará su padrón a la Secretaría Ejecutiva."));

        Assert.Equal("2022-09-30", acta.Session.Date);
    }

    [Fact]
    public void A_numbered_point_with_a_run_in_head_opens_its_section_and_the_next_meeting_point_ends_it()
    {
        var acta = Extract(
            P("Segunda Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 30 de septiembre de 2022"),
            P("5. Acuerdos. Quienes integran el Espacio aprobaron lo siguiente:"),
            P("a) El organismo enviará su padrón a la Secretaría Ejecutiva. (Responsable: SACMEX)."),
            P("b) La Secretaría Ejecutiva circulará la minuta antes del 14 de octubre de 2022. (Responsable: SE)."),
            P("6. Próxima sesión. Se acordó reunirse de nuevo el viernes 28 de octubre de 2022 a las 11:00 horas."));

        Assert.Equal(
            ["El organismo enviará su padrón a la Secretaría Ejecutiva.", "La Secretaría Ejecutiva circulará la minuta antes del 14 de octubre de 2022."],
            acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void Follow_up_tasks_are_the_agreements_with_their_assignee_and_due_date()
    {
        var acta = Extract(
            P("3a. Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 30/09/2022"),
            P("Tareas de seguimiento (2)"),
            P("☐ Enviar el padrón de tomas a la Secretaría Ejecutiva."),
            P("Asignada a: Rosa Elena Ibarra (SACMEX) · Vence: 14/10/2022"),
            P("☐ Circular la minuta entre las personas integrantes."),
            P("Asignado a: Pedro Luna Díaz (SE) · Sin fecha de vencimiento"));

        Assert.Equal(
            [("Enviar el padrón de tomas a la Secretaría Ejecutiva.", "Rosa Elena Ibarra (SACMEX)", "2022-10-14"), ("Circular la minuta entre las personas integrantes.", "Pedro Luna Díaz (SE)", "")],
            acta.Agreements.Select(a => (a.Text, a.Responsible, string.Join(',', a.Dates))));
    }

    [Fact]
    public void A_scheduled_follow_up_meeting_card_gives_the_next_session()
    {
        var acta = Extract(
            P("3a. Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 30/09/2022"),
            P("Tareas de seguimiento (1)"),
            P("☐ Enviar el padrón de tomas a la Secretaría Ejecutiva."),
            P("Reunión de seguimiento programada"),
            P("viernes, 28 de octubre de 2022 · 11:00 – 13:00"),
            P("4a. Sesión Ordinaria · Sala de juntas"));

        Assert.Equal(("2022-10-28", "11:00"), (acta.NextSession?.Date, acta.NextSession?.StartTime));
        Assert.Single(acta.Agreements);
    }
}
