using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// An official letter that sends a session's summary: each goal's progress is a small two-column table of activities and
/// quantities under its label, and the remarks are typed as dashed items naming who made them.
/// </summary>
public sealed class OficioSummaryTests
{
    private static Acta ProgressTable() => Extract(
        P("Cuarta Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
        P("Fecha: 30 de septiembre de 2022"),
        P("Estrategia 410. Ampliar el acceso al agua potable en colonias sin red"),
        P("Meta 410.1: Instalar sistemas de captación de lluvia en escuelas."),
        P("Instancia responsable: SACMEX."),
        P("Avance informado:"),
        T(["Acción", "Cantidad"],
          ["Cisternas rehabilitadas en primarias", "215"],
          ["Inversión del trimestre (pesos)", "2,480,000"],
          ["Planteles con agua todo el día (por ciento)", "64"]),
        P("ACUERDOS", ParagraphRole.Heading),
        P("El organismo enviará su padrón a la Secretaría Ejecutiva."));

    [Fact]
    public void A_number_alone_in_a_progress_table_counts_what_the_cell_beside_it_names()
    {
        var figures = ProgressTable().Strategies.Single().Figures;

        Assert.Contains(figures, f => f is { Value: 215, Unit: "cisternas", Goal: "410.1" });
    }

    [Fact]
    public void A_unit_in_parentheses_at_the_end_of_the_label_cell_is_the_unit()
    {
        var figures = ProgressTable().Strategies.Single().Figures;

        Assert.Contains(figures, f => f is { Value: 2_480_000, Unit: "pesos" });
        Assert.Contains(figures, f => f is { Value: 64, Unit: "%" });
    }

    [Fact]
    public void A_dashed_remark_by_anyone_loses_its_label()
    {
        var acta = Extract(
            P("Cuarta Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 30 de septiembre de 2022"),
            P("Estrategia 410. Ampliar el acceso al agua potable en colonias sin red"),
            P("Meta 410.1: Instalar sistemas de captación de lluvia en escuelas."),
            P("Avance informado: Se rehabilitaron 215 cisternas."),
            P("– Observación de Red Vecinal Agua Para Todas: Las cisternas no llegan a las escuelas de la sierra."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El organismo enviará su padrón a la Secretaría Ejecutiva."));

        var remark = Assert.Single(acta.Strategies.Single().Feedback);
        Assert.Equal(("Las cisternas no llegan a las escuelas de la sierra.", FeedbackSection.Observacion), (remark.Text, remark.Section));
    }

    [Fact]
    public void A_report_that_only_promises_to_send_the_progress_later_is_no_report()
    {
        var acta = Extract(
            P("Cuarta Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 30 de septiembre de 2022"),
            P("Estrategia 410. Ampliar el acceso al agua potable en colonias sin red"),
            P("Meta 410.1: Instalar sistemas de captación de lluvia en escuelas."),
            P("Instancia responsable: Alcaldía Tlalpan."),
            P("Avance informado: La alcaldía indicó que remitirá su informe por correo, ya que nadie del área pudo acudir."),
            P("– Retroalimentación de la Secretaría Ejecutiva: Se pide a la alcaldía enviar el informe antes de la próxima sesión."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El organismo enviará su padrón a la Secretaría Ejecutiva."));

        Assert.Equal(ReportStatus.NotReported, acta.Strategies.Single().Goals.Single().ReportStatus);
    }

    [Fact]
    public void A_report_that_promises_the_data_for_the_next_session_is_no_report()
    {
        var acta = Extract(
            P("Cuarta Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 30 de septiembre de 2022"),
            P("Estrategia 410. Ampliar el acceso al agua potable en colonias sin red"),
            P("Meta 410.1: Instalar sistemas de captación de lluvia en escuelas."),
            P("Instancia responsable: Alcaldía Tlalpan."),
            P("Avance informado: La alcaldía entregará las cifras de escuelas atendidas cuando cierre el trimestre."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El organismo enviará su padrón a la Secretaría Ejecutiva."));

        Assert.Equal(ReportStatus.NotReported, acta.Strategies.Single().Goals.Single().ReportStatus);
    }

    [Fact]
    public void A_letter_dateline_joined_with_the_lines_under_it_still_gives_way_to_the_day_the_session_was_held()
    {
        var acta = ExtractPdf(
            P("Toluca, a 9 de octubre de 2022 Oficio No. OA/DG/0412/2022 Asunto: Resumen de la Segunda Sesión Ordinaria"),
            P("Le informo sobre la Segunda Sesión Ordinaria del Espacio de Participación del Derecho al Agua, celebrada el viernes 30 de septiembre de 2022 en la sala del organismo."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El organismo enviará su padrón a la Secretaría Ejecutiva."));

        Assert.Equal("2022-09-30", acta.Session.Date);
    }
}
