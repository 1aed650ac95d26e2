using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A note dictated into a phone and pasted into Word: every block one paragraph of sentences split by soft line breaks,
/// no headings and no labels on lines of their own (blind batch O, O1).
/// </summary>
public sealed class DictatedNoteTests
{
    private static Paragraph Soft(params string[] lines) =>
        new(string.Join(' ', lines), ParagraphRole.Body, At(), Lines: lines);

    private static readonly LayoutBlock[] Note =
    [
        P("Apuntes reunión 3 grupo de vivienda 14/06/23", ParagraphRole.Heading),
        Soft("Tercera sesión ordinaria del Espacio de Participación del Derecho a la Vivienda, miércoles 14 de junio de 2023.",
             "Arrancamos a las 9:40 en el salón azul del Instituto de Vivienda, con algunas personas conectadas en línea."),
        Soft("Por gobierno llegaron Rosa Ortiz Campos y Luis Peña Mora de la Secretaría de Obras y Servicios, Marta Gil Soto del INVI.",
             "Además vino Omar Ruiz Lara del IMSS.",
             "De sociedad civil estuvieron Ana Vela Ríos de la Asamblea de Barrios.",
             "Por la Secretaría Ejecutiva, Iván Solís Paz, que escribe la nota."),
        Soft("Estrategia 312, Mejorar las viviendas en riesgo.",
             "Meta 312.1: Rehabilitar viviendas dañadas. El indicador es Número de viviendas rehabilitadas y le toca al INVI.",
             "Informaron: Se rehabilitaron 240 viviendas en Iztapalapa.",
             "La Secretaría Ejecutiva les dijo: Falta desagregar por alcaldía.",
             "Ana, de la Asamblea, comentó: Los créditos tardan demasiado.",
             "Meta 312.2: Censar las viviendas en riesgo. El indicador es Censo publicado y le corresponde a la Secretaría de Obras y Servicios.",
             "Esta vez la Secretaría no mandó nada.",
             "Luis, de la Secretaría, dijo: El censo sale en agosto."),
        Soft("Acuerdos:",
             "Uno. El INVI enviará el desglose por alcaldía de la meta 312.1.",
             "Dos. La próxima sesión será el miércoles 12 de julio a las 9:30 en el mismo lugar."),
        Soft("Se terminó a las 11:50."),
    ];

    [Fact]
    public void Spoken_goal_sentences_give_indicator_executor_report_and_remarks()
    {
        var strategy = Assert.Single(Extract(Note).Strategies);

        Assert.Equal(
            [
                ("312.1", "Número de viviendas rehabilitadas", "INVI", ReportStatus.Reported, "Se rehabilitaron 240 viviendas en Iztapalapa."),
                ("312.2", "Censo publicado", "Secretaría de Obras y Servicios", ReportStatus.NotReported, null),
            ],
            strategy.Goals.Select(g => (g.Id, g.Indicator, g.Executor, g.ReportStatus, g.Report)));
        Assert.Equal(
            [
                ("Falta desagregar por alcaldía.", FeedbackSection.Retroalimentacion, "312.1"),
                ("Los créditos tardan demasiado.", FeedbackSection.Observacion, "312.1"),
                ("El censo sale en agosto.", FeedbackSection.Observacion, "312.2"),
            ],
            strategy.Feedback.Select(f => (f.Text, f.Section, f.Goal)));
        Assert.Contains(strategy.Figures, f => f.Value == 240 && f.Unit == "viviendas");
    }

    [Fact]
    public void A_heading_on_the_first_soft_line_opens_its_section_and_spelled_numbers_and_the_end_time_are_no_agreement_text()
    {
        var acta = Extract(Note);

        Assert.Equal(
            ["El INVI enviará el desglose por alcaldía de la meta 312.1.", "La próxima sesión será el miércoles 12 de julio a las 9:30 en el mismo lugar."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2023-07-12", acta.NextSession?.Date);
    }

    [Fact]
    public void The_venue_after_a_clock_time_in_lower_case_is_the_place()
    {
        Assert.Equal("salón azul del Instituto de Vivienda", Extract(Note).Session.Place);
    }

    [Fact]
    public void People_told_in_sentences_by_sector_are_the_attendance()
    {
        var acta = Extract(Note);

        Assert.Equal(
            [
                ("Rosa Ortiz Campos", "Secretaría de Obras y Servicios", Sector.InstanciaEjecutora),
                ("Luis Peña Mora", "Secretaría de Obras y Servicios", Sector.InstanciaEjecutora),
                ("Marta Gil Soto", "INVI", Sector.InstanciaEjecutora),
                ("Omar Ruiz Lara", "IMSS", Sector.Otro),
                ("Ana Vela Ríos", "Asamblea de Barrios", Sector.SociedadCivil),
                ("Iván Solís Paz", "Secretaría Ejecutiva", Sector.SecretariaEjecutiva),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }
}
