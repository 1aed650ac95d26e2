using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Session headers as other hands write them: a secretary's abbreviated labels and session line, a mail's subject over its
/// sender in one paragraph, a greeting that names the Espacio, a name broken over two lines or run into a typed rule, an
/// infobox whose labels have no colon (its hour's colon is no label's), and a band of cells each holding a field's name over its value.
/// </summary>
public sealed class SessionHeaderShorthandTests
{
    private static Acta WithOpening(params LayoutBlock[] opening) =>
        Extract(
            [
                .. opening,
                P("ACUERDOS", ParagraphRole.Heading),
                P("Se enviará la información a la Secretaría Ejecutiva."),
            ]);

    private static Paragraph Soft(params string[] lines) => new(string.Join(' ', lines), ParagraphRole.Body, At(), Lines: lines);

    [Fact]
    public void A_whole_hour_after_a_middle_dot_or_a_bar_is_a_clock_time()
    {
        Assert.Equal(["16:00"], ClockTime.FindAll("martes 4 de octubre · 16 h").Select(t => t.Time));
        Assert.Equal(["08:00"], ClockTime.FindAll("Aula 3 | 8 horas").Select(t => t.Time));
    }

    [Theory]
    [InlineData("Núm. de sesión")]
    [InlineData("Número de la reunión")]
    public void An_abbreviated_session_number_field_gives_the_number(string label)
    {
        var acta = WithOpening(
            P("MINUTA DE SESIÓN", ParagraphRole.Heading),
            T(["Espacio de participación", "Derechos de las Personas Jóvenes"], [label, "7"], ["Fecha", "14/02/2019"]));

        Assert.Equal(7, acta.Session.Number);
    }

    [Fact]
    public void An_abbreviated_espacio_label_names_the_body()
    {
        var acta = WithOpening(
            P("MINUTA DE REUNIÓN DE TRABAJO", ParagraphRole.Heading),
            P("Esp. de Part.: Derechos de las Personas Adultas Mayores"),
            P("Fecha: 4 de octubre de 2022"));

        Assert.Equal("Derechos de las Personas Adultas Mayores", acta.Session.Body);
    }

    [Fact]
    public void A_line_that_opens_with_the_abbreviated_meeting_and_its_number_gives_the_number_and_a_bare_hour_after_a_dot_the_start()
    {
        var acta = WithOpening(
            P("APUNTES DE REUNIÓN EXTRAORDINARIA", ParagraphRole.Heading),
            P("Reun. extraord. No. 12 · 04/10/22 · 9 hrs. a 11:30 hrs."));

        Assert.Equal((12, "2022-10-04", "09:00"), (acta.Session.Number, acta.Session.Date, acta.Session.StartTime));
    }

    [Fact]
    public void A_greeting_that_names_the_espacio_before_a_colon_gives_no_body()
    {
        var acta = WithOpening(
            P("Queridas personas integrantes del Espacio: adjunto la relatoría de"),
            P("la reunión de ayer, quedo atenta a sus comentarios."),
            P("RELATORÍA DE LA CUARTA REUNIÓN DE TRABAJO", ParagraphRole.Heading),
            P("ESPACIO DE PARTICIPACIÓN", ParagraphRole.Heading),
            P("Derecho a la Movilidad", ParagraphRole.Heading),
            P("Fecha: lunes 3 de octubre de 2022"));

        Assert.Equal("Derecho a la Movilidad", acta.Session.Body);
    }

    [Fact]
    public void A_labelled_body_that_stops_on_a_conjunction_goes_on_with_the_next_line()
    {
        var acta = WithOpening(
            P("Relatoría de la Quinta Reunión de Trabajo", ParagraphRole.Heading),
            P("Espacio de Participación: Derechos Económicos: Vivienda y"),
            P("Servicios Básicos"),
            P("Fecha: lunes 3 de octubre de 2022"));

        Assert.Equal("Derechos Económicos: Vivienda y Servicios Básicos", acta.Session.Body);
    }

    [Fact]
    public void A_typed_rule_run_into_the_name_s_line_is_no_part_of_the_body()
    {
        var acta = WithOpening(
            P("RELATORÍA DE LA TERCERA SESIÓN ORDINARIA"),
            P("ESPACIO DE PARTICIPACION"),
            P("Derechos de las Personas Mayores ----------------------------------------"),
            P("Fecha: lunes 3 de octubre de 2022"));

        Assert.Equal("Derechos de las Personas Mayores", acta.Session.Body);
    }

    [Fact]
    public void A_mail_subject_over_its_sender_in_one_paragraph_is_the_title_line_not_the_sender()
    {
        var acta = WithOpening(
            P("Buzón compartido · Recibidos · mensaje 2 de 2"),
            Soft("RV: Relatoría 4a reunión de trabajo – Espacio de Participación",
                "Remitente: Lucía Pardo Ríos <lpardo@example.org>",
                "Para: lista.movilidad@example.org",
                "Fecha: lun, 3 oct 2022 19:05"),
            P("Les reenvío la relatoría con los cambios acordados."),
            Soft("RELATORÍA DE LA CUARTA REUNIÓN DE TRABAJO",
                "Espacio de Participación del Derecho a la Movilidad",
                "Fecha: lunes 3 de octubre de 2022",
                "Hora: 16:00 a 18:00 horas"));

        Assert.Equal(("Derecho a la Movilidad", 4), (acta.Session.Body, acta.Session.Number));
    }

    [Fact]
    public void An_infobox_cell_with_labels_but_no_colons_gives_the_hour_of_a_span()
    {
        var acta = WithOpening(
            P("EP Movilidad/Reunión 5", ParagraphRole.Heading),
            T(["Reunión de trabajo n.º 5\nEspacio Derecho a la Movilidad Segura\nFecha martes 4 de octubre de 2022\nHora 16:30 – 18:00 h\nSede Sala 1 del Instituto"]));

        Assert.Equal("16:30", acta.Session.StartTime);
    }

    [Fact]
    public void A_band_of_cells_each_a_field_name_over_its_value_gives_the_hour()
    {
        var acta = WithOpening(
            P("RELATORÍA DE LA 5a. REUNIÓN DE TRABAJO", ParagraphRole.Heading),
            P("Espacio de Participación del Derecho a la Movilidad", ParagraphRole.Heading),
            T(["Clave\nEP-MOV/05/2022", "Fecha\n04.10.2022", "Horario\n16:30 a 18:00 h", "Sede\nSala 1 del Instituto"]));

        Assert.Equal(("16:30", "2022-10-04"), (acta.Session.StartTime, acta.Session.Date));
    }
}
