using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes in a legal outline: points numbered by ordinal words ("PRIMERO. Lista de asistencia…", "QUINTO. Acuerdos."),
/// one point per strategy ("TERCERO. Seguimiento de la Estrategia 318: …"), each goal's fields as lettered sub-items
/// ("a)⇥Indicador:", "d)⇥Retroalimentación de la Secretaría Ejecutiva:"), empty remarks written out ("Sin comentarios.").
/// </summary>
public sealed class LegalOutlineTests
{
    private static Acta Outline(string secondGoalReport = "Se instalaron 12 cruces seguros en la alcaldía Iztapalapa.") => Extract(
        P("ACTA DE LA QUINTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA MOVILIDAD", ParagraphRole.Heading),
        P("En la Ciudad de México, siendo las diez horas del martes tres de mayo de dos mil veintidós, se reunieron las personas integrantes del Espacio."),
        P("PRIMERO. Lista de asistencia y declaración de quórum.", ParagraphRole.Heading),
        P("Secretaría de Movilidad"),
        P("– Ing. Rodrigo Salas Montiel"),
        P("Sociedad civil"),
        P("Caminantes Urbanos, A.C."),
        P("– C. Itzel Morales Peña"),
        P("SEGUNDO. Seguimiento de la Estrategia 318: Reducir los siniestros viales que afectan a personas peatonas.", ParagraphRole.Heading),
        P("I. Meta 318.1. Auditar la seguridad vial de las intersecciones con más siniestros."),
        P("a)\tIndicador:"),
        P("Número de intersecciones auditadas"),
        P("b)\tInstancia ejecutora:"),
        P("Secretaría de Movilidad"),
        P("c)\tInforme:"),
        P("Se auditaron 40 intersecciones de la red vial primaria."),
        P("d)\tRetroalimentación de la Secretaría Ejecutiva:"),
        P("Es necesario conocer cuántas intersecciones fueron intervenidas después de la auditoría."),
        P("e)\tObservaciones de las personas integrantes:"),
        P("Sin observaciones."),
        P("TERCERO. Seguimiento de la Estrategia 320: Ampliar los cruces seguros cerca de escuelas.", ParagraphRole.Heading),
        P("I. Meta 320.1. Construir cruces seguros en los entornos escolares."),
        P("a)\tIndicador:"),
        P("Número de cruces seguros construidos"),
        P("b)\tInstancia ejecutora:"),
        P("Secretaría de Obras y Servicios"),
        P("c)\tInforme:"),
        P(secondGoalReport),
        P("d)\tRetroalimentación de la Secretaría Ejecutiva:"),
        P("Sin comentarios."),
        P("CUARTO. Acuerdos.", ParagraphRole.Heading),
        P("ACUERDO 5/01. La Secretaría de Obras y Servicios enviará el calendario de obra de la meta 320.1."),
        P("ACUERDO 5/02. La Sexta Sesión Ordinaria se celebrará el martes siete de junio de dos mil veintidós a las diez horas."));

    [Fact]
    public void Ordinal_word_points_open_the_attendance_and_the_agreements()
    {
        var acta = Outline();

        Assert.Equal(
            [("Ing. Rodrigo Salas Montiel", "Secretaría de Movilidad"), ("C. Itzel Morales Peña", "Caminantes Urbanos, A.C.")],
            acta.Attendance.Select(a => (a.Name, a.Institution)));
        Assert.Equal(2, acta.Agreements.Count);
        Assert.Equal("2022-06-07", acta.NextSession?.Date);
    }

    [Fact]
    public void Lettered_sub_items_are_labels_and_written_out_empty_remarks_are_no_remarks()
    {
        var acta = Outline();

        var first = acta.Strategies.Single(s => s.Number == 318);
        Assert.Equal("Se auditaron 40 intersecciones de la red vial primaria.", first.Goals.Single().Report);
        // The next point's lead-in ("TERCERO. Seguimiento de la") is no remark on 318, and "Sin observaciones." none either.
        Assert.Equal(["Es necesario conocer cuántas intersecciones fueron intervenidas después de la auditoría."], first.Feedback.Select(f => f.Text));
        Assert.Empty(acta.Strategies.Single(s => s.Number == 320).Feedback);
    }

    [Fact]
    public void The_body_as_the_subject_of_no_report_says_the_goal_was_not_reported()
    {
        var acta = Outline("La instancia no presentó informe.");

        var goal = acta.Strategies.Single(s => s.Number == 320).Goals.Single();
        Assert.Equal((ReportStatus.NotReported, (string?)null), (goal.ReportStatus, goal.Report));
    }
}
