using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes kept in a meeting app or a workspace page and printed or pasted into Word (blind batch P, P4 and P5): the
/// meeting's title over its date line and the app's own headings, comment cards with an initial avatar and a head line
/// "who · time · goal", a board of goal cards beside the attendance, to-do items with a mention of who does them, and a
/// callout with the next meeting under them.
/// </summary>
public sealed class MeetingAppNotesTests
{
    [Fact]
    public void A_heading_below_the_meetings_date_line_is_no_part_of_its_title()
    {
        var acta = Extract(
            P("Calendario del equipo"),
            P("7a. Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("mié 12/06/2024 11:00 – 13:00 · Sala de juntas de SACMEX"),
            P("Notas de la reunión", ParagraphRole.Heading),
            P("ACUERDOS", ParagraphRole.Heading),
            P("SACMEX enviará el padrón de tomas a la Secretaría Ejecutiva."));

        Assert.Equal("Derecho al Agua", acta.Session.Body);
    }

    private static Acta Commented() => ExtractPdf(
        P("2a. Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
        P("Fecha: 12 de junio de 2024"),
        P("Estrategia 412 · Garantizar el abasto de agua potable"),
        T(["Meta", "Indicador", "Responsable", "Avance informado"],
          ["Meta 412.1 Instalar sistemas de captación", "Sistemas instalados", "SACMEX", "Se instalaron 38 sistemas."],
          ["Meta 412.2 Reparar fugas en la red", "Fugas reparadas", "SACMEX", "Se repararon 120 fugas."]),
        P("Comentarios", ParagraphRole.Heading),
        T(["S", "Secretaría Ejecutiva · 11:20 · Meta 412.1\nConviene informar cuántos litros se captaron por plantel."],
          ["R", "Rosa Quintana Vela · 11:32 · Meta 412.1\nVarias escuelas dicen que los sistemas no tienen mantenimiento."]),
        P("Secretaría Ejecutiva · 11:40 ·"),
        P("Meta 412.2 Las reparaciones abonan a la meta."));

    [Fact]
    public void A_comment_cards_head_line_names_the_goal_and_who_commented_and_is_no_remark()
    {
        var feedback = Assert.Single(Commented().Strategies).Feedback;

        Assert.Equal(
            [("Conviene informar cuántos litros se captaron por plantel.", FeedbackSection.Retroalimentacion, "412.1"),
             ("Varias escuelas dicen que los sistemas no tienen mantenimiento.", FeedbackSection.Observacion, "412.1"),
             ("Las reparaciones abonan a la meta.", FeedbackSection.Retroalimentacion, "412.2")],
            feedback.Select(f => (f.Text, f.Section, f.Goal)));
    }

    [Theory]
    [InlineData("Secretaría Ejecutiva · 10:20 · Meta 631.1", "Secretaría Ejecutiva", "631.1")]
    [InlineData("Saúl Cárdenas Mejía | 15/02 10:30 | meta 631.2", "Saúl Cárdenas Mejía", "631.2")]
    [InlineData("Secretaría Ejecutiva · 10:42 ·", "Secretaría Ejecutiva", null)]
    [InlineData("Se reportan 10 casos · 3 alcaldías · Meta 631.1", null, null)]
    [InlineData("Paulina Ceja Robledo · Retroalimentación SE", null, null)]
    public void A_comment_head_is_who_then_a_time_then_the_goal(string line, string? who, string? goal) =>
        Assert.Equal(who is null ? null : (who, goal), SpeakerTag.CommentHead(line));

    [Fact]
    public void A_board_of_goal_cards_after_the_attendance_table_lists_nobody()
    {
        var acta = Extract(
            P("Sesión 4 · Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 12 de junio de 2024"),
            P("Asistencia", ParagraphRole.Heading),
            T(["Nombre", "Institución", "Sector"],
              ["Rosa Quintana Vela", "SACMEX", "Instancia ejecutora"],
              ["Luis Ortega Paz", "Colectivo Agua Viva", "Sociedad civil"]),
            P("Tablero de metas", ParagraphRole.Heading),
            T(["Con informe (2)", "Sin informe (1)"],
              ["Meta 412.1 · SACMEX", "Meta 415.1 · SEDEMA"]),
            P("Estrategia 412 · Garantizar el abasto de agua potable"),
            P("Meta 412.1 — Instalar sistemas de captación"),
            P("Informe: Se instalaron 38 sistemas."));

        Assert.Equal(["Rosa Quintana Vela", "Luis Ortega Paz"], acta.Attendance.Select(a => a.Name));
    }

    private static Acta ToDoList(bool pdf)
    {
        LayoutBlock[] blocks =
        [
            P("Sesión 4 · Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 12 de junio de 2024"),
            P("Acuerdos", ParagraphRole.Heading),
            P("☐ El C5 enviará el registro de llamadas a la Secretaría Ejecutiva."),
            P(pdf ? "@C5 · \u0000 28 de junio de 2024" : "@C5 · 📅 28 de junio de 2024"),
            P("☐ La Secretaría Ejecutiva circulará la minuta entre las personas integrantes."),
            P("@Secretaría Ejecutiva"),
            pdf ? P("\u0000 Próxima sesión: miércoles 10 de julio de 2024, 11:00 h, por Zoom.")
                : T(["📅 Próxima sesión: miércoles 10 de julio de 2024, 11:00 h, por Zoom."]),
        ];
        return pdf ? ExtractPdf(blocks) : Extract(blocks);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_to_do_items_mention_line_gives_its_responsible_and_due_date(bool pdf) =>
        Assert.Equal(
            [("El C5 enviará el registro de llamadas a la Secretaría Ejecutiva.", "C5", "2024-06-28"),
             ("La Secretaría Ejecutiva circulará la minuta entre las personas integrantes.", "Secretaría Ejecutiva", "")],
            ToDoList(pdf).Agreements.Select(a => (a.Text, a.Responsible, string.Join(',', a.Dates))));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_next_meeting_callout_under_the_to_do_list_is_no_agreement_but_gives_the_next_session(bool pdf)
    {
        var acta = ToDoList(pdf);

        Assert.Equal(2, acta.Agreements.Count);
        Assert.Equal(("2024-07-10", "11:00"), (acta.NextSession?.Date, acta.NextSession?.StartTime));
    }
}
