using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A session held in a chat group, its export pasted into the minutes one line a paragraph: the stamp and the sender
/// open each message, a report is the line after its label, the roll call is the attendance.
/// </summary>
public sealed class ChatTranscriptTests
{
    private static readonly LayoutBlock[] Chat =
    [
        P("MINUTA DE LA 2a. SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
        P("Fecha: martes 3 de marzo de 2021"),
        P("Horario: 17:00 a 18:30 h"),
        P("3/3/21 16:58 - Marta Coordina: Buenas tardes a todas y todos"),
        P("3/3/21 17:01 - Marta Coordina: Iniciamos. Pasen lista, por favor."),
        P("3/3/21 17:02 - Iván SACMEX: Presente. Ing. Iván Rosas Cano, Sistema de Aguas de la Ciudad de México"),
        P("3/3/21 17:03 - +52 55 1234 5678: Buenas tardes, Elena Ruiz Tapia, Agua para Todos, A.C., presente"),
        P("3/3/21 17:04 - Raúl SE: Presente, Raúl Soto Vega por la Secretaría Ejecutiva. Tomo nota."),
        P("3/3/21 17:06 - Marta Coordina: Vamos con la estrategia 220 «Garantizar el acceso al agua potable»."),
        P("3/3/21 17:07 - Marta Coordina: Meta 220.1: «Abastecer a las colonias sin red». Indicador: «Número de colonias abastecidas». Responsable: Sistema de Aguas de la Ciudad de México. Adelante @Iván SACMEX con su informe."),
        P("3/3/21 17:10 - Iván SACMEX: Informe meta 220.1:"),
        P("En febrero se repartieron 40 pipas en 12 colonias de Tlalpan."),
        P("3/3/21 17:11 - Iván SACMEX: <Multimedia omitido>"),
        P("3/3/21 17:13 - Raúl SE: Retroalimentación 220.1: Falta decir cuántas personas recibieron el agua."),
        P("3/3/21 17:15 - +52 55 1234 5678: En nuestra colonia la pipa llega una vez al mes y no alcanza."),
        P("3/3/21 17:16 - Marta Coordina: Gracias, queda anotado 👍"),
        P("3/3/21 17:20 - Marta Coordina: Acuerdos de la sesión:"),
        P("1. SACMEX enviará el desglose por colonia antes del 20 de marzo."),
        P("2. La 3a. sesión ordinaria será el martes 7 de abril a las 17:00 horas, por este grupo."),
        P("¿Están de acuerdo?"),
        P("3/3/21 17:21 - Iván SACMEX: De acuerdo 👍"),
        P("3/3/21 17:22 - +52 55 1234 5678: De acuerdo, muchas gracias a todas"),
        P("3/3/21 18:30 - Marta Coordina: Siendo las 18:30 damos por concluida la sesión."),
        P("Elaboró: Raúl Soto Vega, Secretaría Ejecutiva"),
    ];

    [Fact]
    public void The_chat_roll_call_is_the_attendance_with_the_body_each_person_names()
    {
        var acta = Extract(Chat);

        Assert.Equal(
            [("Iván Rosas Cano", "Sistema de Aguas de la Ciudad de México"),
             ("Elena Ruiz Tapia", "Agua para Todos, A.C."),
             ("Raúl Soto Vega", "Secretaría Ejecutiva")],
            acta.Attendance.Select(a => (a.Name, a.Institution)));
    }

    [Fact]
    public void A_goal_posted_in_one_message_gets_the_report_under_its_label_and_the_remarks_after_it()
    {
        var strategy = Assert.Single(Extract(Chat).Strategies);
        var goal = Assert.Single(strategy.Goals);

        Assert.Equal((220, "220.1", "Abastecer a las colonias sin red"), (strategy.Number, goal.Id, goal.Text?.TrimEnd('.')));
        Assert.Equal("En febrero se repartieron 40 pipas en 12 colonias de Tlalpan.", goal.Report);
        Assert.Equal(
            [(FeedbackSection.Retroalimentacion, "Falta decir cuántas personas recibieron el agua."),
             (FeedbackSection.Observacion, "En nuestra colonia la pipa llega una vez al mes y no alcanza.")],
            strategy.Feedback.Select(f => (f.Section, f.Text)));
    }

    [Fact]
    public void The_agreements_are_the_lines_of_their_message_and_the_replies_are_none()
    {
        var acta = Extract(Chat);

        Assert.Equal(2, acta.Agreements.Count);
        Assert.Equal("2021-04-07", acta.NextSession?.Date);
        Assert.Equal("17:00", acta.NextSession?.StartTime);
    }
}
