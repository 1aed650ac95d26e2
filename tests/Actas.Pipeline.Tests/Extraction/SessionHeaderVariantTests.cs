using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Session headers written by other secretariats: several labels on one tabbed line, label and value pairs side by
/// side in one table row, the hours as a span in the opening sentence, the venue after the hour with no venue noun.
/// </summary>
public sealed class SessionHeaderVariantTests
{
    private static Acta WithHeader(params LayoutBlock[] header) =>
        Extract(
            [
                P("MINUTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
                .. header,
                P("ACUERDOS", ParagraphRole.Heading),
                P("Se enviará la información a la Secretaría Ejecutiva."),
            ]);

    [Theory]
    [InlineData("Fecha: 4-mar-21\tHora de inicio: 11:00 h\tLugar: Videoconferencia por la plataforma Zoom", "2021-03-04", "11:00", "Videoconferencia por la plataforma Zoom")]
    [InlineData("Fecha: 04/12/2019\tHorario: 9:30 – 12:00 hrs.", "2019-12-04", "09:30", null)]
    [InlineData("Lugar: Sala de juntas de la SEDUVI\tFecha: 17-11-2022\tHora: 12:00 a 14:00 horas", "2022-11-17", "12:00", "Sala de juntas de la SEDUVI")]
    public void Several_labels_on_one_tabbed_line_each_give_their_value(string line, string date, string time, string? place)
    {
        var acta = WithHeader(P(line));

        Assert.Equal((date, time, place), (acta.Session.Date, acta.Session.StartTime, acta.Session.Place));
    }

    [Fact]
    public void A_nested_label_value_table_whose_labels_keep_their_colon_gives_bare_values()
    {
        // A shaded one-cell frame holding a borderless "Label: | value" table: the reader flattens each nested row to
        // "Sede: | Sala…"; the bar is the nested table's, not part of the place.
        var acta = WithHeader(new Table(
            [new TableRow([new TableCell(0, 1, ["Fecha: | 9 de junio de 2022", "Hora: | 10:00 horas", "Sede: | Auditorio del Instituto de Vivienda, Canela 660", "Tema: | Créditos de vivienda en conjunto"])])],
            1, true, At()));

        Assert.Equal(("2022-06-09", "10:00", "Auditorio del Instituto de Vivienda, Canela 660", "Créditos de vivienda en conjunto"),
            (acta.Session.Date, acta.Session.StartTime, acta.Session.Place, acta.Session.Topic));
    }

    [Fact]
    public void Label_and_value_pairs_side_by_side_in_a_table_row_are_read_pair_by_pair()
    {
        var acta = WithHeader(
            new Table(
                [
                    new TableRow([new TableCell(0, 1, ["Fecha"]), new TableCell(1, 1, ["08-abr-2021"]), new TableCell(2, 1, ["Hora"]), new TableCell(3, 1, ["11:00"])]),
                    new TableRow([new TableCell(0, 1, ["Plataforma"]), new TableCell(1, 3, ["Videoconferencia por Zoom"])]),
                ],
                4, true, At()));

        Assert.Equal(("2021-04-08", "11:00", "Videoconferencia por Zoom"), (acta.Session.Date, acta.Session.StartTime, acta.Session.Place));
    }

    [Theory]
    [InlineData(
        "La reunión se celebró el 22 de abril de 2021, de 10:00 a 12:45 horas, en la Sala de usos múltiples de la Consejería Jurídica, Dr. Río de la Loza 156, colonia Doctores.",
        "10:00", "Sala de usos múltiples de la Consejería Jurídica, Dr. Río de la Loza 156, colonia Doctores")]
    [InlineData(
        "La sesión tuvo lugar el 22 de abril de 2021, de las 9:30 a las 12:00 horas, en modalidad mixta: en el Auditorio del INVI, Canela 660, colonia Granjas México y por videoconferencia.",
        "09:30", "Auditorio del INVI, Canela 660, colonia Granjas México")]
    [InlineData(
        "En la Ciudad de México, el jueves 22 de abril de 2021, siendo las 9:30 horas, en Comedor Comunitario Central, Calle Fernando de Alva 185, col. Tránsito, se reunieron las personas integrantes del Espacio.",
        "09:30", "Comedor Comunitario Central, Calle Fernando de Alva 185, col. Tránsito")]
    [InlineData(
        "En la Ciudad de México, el 22 de abril de 2021, a las 10:30 hrs., en Instalaciones del IASIS, Calle Ameyalco 30, se reunieron las personas integrantes.",
        "10:30", "Instalaciones del IASIS, Calle Ameyalco 30")]
    [InlineData(
        "La reunión se celebró el 22 de abril de 2021, de 11:00 a 13:30 horas, en el Auditorio de la Alcaldía Coyoacán, Jardín Hidalgo 1, bajo la conducción de Ramiro Lugo Estrada, Secretario Técnico.",
        "11:00", "Auditorio de la Alcaldía Coyoacán, Jardín Hidalgo 1")]
    [InlineData(
        "El 22 de abril de 2021, a las 16:00 horas, en la Sala Digna Ochoa, Av. Universidad 1449, presidida por la Mtra. Luz Arreola, dio inicio la sesión.",
        "16:00", "Sala Digna Ochoa, Av. Universidad 1449")]
    [InlineData(
        "El 22 de abril de 2021, de las 10:00 a las 12:30 horas, en el Salón de Cabildos de la Alcaldía Tlalpan, Plaza de la Constitución 1, colonia Centro, sesionaron las personas integrantes con la moderación de Rosa Ibarra Téllez, y la presencia de quienes se enlistan:",
        "10:00", "Salón de Cabildos de la Alcaldía Tlalpan, Plaza de la Constitución 1, colonia Centro")]
    [InlineData(
        "El 22 de abril de 2021, a las 17:00 horas, en la Biblioteca Vasconcelos, Eje 1 Norte s/n, colonia Buenavista, el Comité de seguimiento sesionó en presencia de las personas siguientes:",
        "17:00", "Biblioteca Vasconcelos, Eje 1 Norte s/n, colonia Buenavista")]
    public void The_opening_sentence_gives_the_hour_span_and_the_venue(string opening, string time, string place)
    {
        var acta = WithHeader(P(opening));

        Assert.Equal(("2021-04-22", time, place), (acta.Session.Date, acta.Session.StartTime, acta.Session.Place));
    }

    [Fact]
    public void A_meeting_named_by_how_it_was_held_is_the_place_and_no_number_and_the_numbered_mention_after_it_is()
    {
        var acta = Extract(
            [
                P("ACTA DE REUNIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
                P("A las 18:00 horas del 22 de abril de 2021, a través de sesión remota por la plataforma Zoom, dio comienzo la cuarta reunión ordinaria del Espacio."),
                P("ACUERDOS", ParagraphRole.Heading),
                P("Se enviará la información a la Secretaría Ejecutiva."),
            ]);

        Assert.Equal((4, "sesión remota por la plataforma Zoom"), (acta.Session.Number, acta.Session.Place));
    }

    [Fact]
    public void A_lower_case_phrase_after_the_hour_is_not_a_venue()
    {
        var acta = WithHeader(P("El 22 de abril de 2021, a las 10:30 horas, en punto dio inicio la sesión."));

        Assert.Null(acta.Session.Place);
    }

    [Fact]
    public void The_specific_kind_further_down_wins_over_a_bare_session_word_in_the_title_block()
    {
        var acta = Extract(
            P("I. DATOS DE LA SESIÓN", ParagraphRole.Heading),
            new Table(
                [
                    new TableRow([new TableCell(0, 1, ["Sesión"]), new TableCell(1, 1, ["Sesión 8/2019 (sesión ordinaria)"])]),
                    new TableRow([new TableCell(0, 1, ["Fecha"]), new TableCell(1, 1, ["7-nov-19"])]),
                ],
                2, true, At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal((8, "sesión ordinaria", "2019-11-07"), (acta.Session.Number, acta.Session.Kind, acta.Session.Date));
    }
    [Theory]
    [InlineData("Lugar: auditorio del Museo de la Ciudad, Pino Suárez 30, colonia Centro Preside: Mtra. Julia Reyes Ocampo, Coordinadora del Espacio",
        "auditorio del Museo de la Ciudad, Pino Suárez 30, colonia Centro")]
    [InlineData("Sede: salón 4 del Archivo Histórico, Donceles 100. Moderación: Lic. Rubén Tapia Ortiz", "salón 4 del Archivo Histórico, Donceles 100.")]
    public void Who_led_the_session_printed_on_the_place_line_is_no_part_of_the_place(string line, string place)
    {
        // A PDF joins the place's line and the next one, which says who led the session: its label ends the place.
        var acta = WithHeader(P("Fecha: 12 de marzo de 2020"), P(line));

        Assert.Equal(place, acta.Session.Place);
    }
    [Fact]
    public void The_espacio_named_at_the_end_of_a_paragraph_does_not_take_the_next_paragraph_as_its_name()
    {
        // No title names the Espacio; the coordinator's line ends on "Espacio de Participación" and the attendance list
        // follows: the list's heading is no name of the Espacio.
        var acta = Extract(
            P("ACTA DE LA TERCERA SESIÓN ORDINARIA", ParagraphRole.Heading),
            P("Fecha: 12 de marzo de 2020"),
            P("Coordina: Lic. Ana Ruiz Peña, Coordinadora del Espacio de Participación"),
            P("LISTA DE ASISTENTES Y FIRMAS"),
            P("Lic. Pedro Soto Luna, Secretaría de Salud."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Null(acta.Session.Body);
    }
    [Fact]
    public void A_numbered_point_on_the_line_after_the_place_is_no_part_of_it()
    {
        // A place line that starts a numbered minuta's point "1.3." on its own line: a number opens it, but no address goes on so.
        var acta = WithHeader(
            P("Fecha: 12 de marzo de 2020"),
            P("Lugar: sala 2 del Archivo Histórico, Donceles 100, colonia Centro, alcaldía Cuauhtémoc."),
            P("1.3."),
            P("Orden del día"));

        Assert.Equal("sala 2 del Archivo Histórico, Donceles 100, colonia Centro, alcaldía Cuauhtémoc.", acta.Session.Place);
    }

    [Theory]
    [InlineData("RELATORÍA DE LA SESIÓN 3/2021 DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA")]
    [InlineData("Relatoría de la Sesión núm. 3 del Espacio de Participación del Derecho al Agua")]
    public void A_session_named_without_a_qualifier_is_an_ordinary_one(string title)
    {
        var acta = Extract(
            P(title, ParagraphRole.Heading),
            P("Fecha: 9 de junio de 2021"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal("sesión ordinaria", acta.Session.Kind);
    }

    [Fact]
    public void The_venue_line_under_a_dateline_without_hours_is_the_place()
    {
        var acta = WithHeader(
            P("Ciudad de México, martes 8 de junio de 2021"),
            P("Auditorio del Sistema de Aguas, Nezahualcóyotl 109, colonia Centro"),
            P("Asistencia", ParagraphRole.Heading));

        Assert.Equal(("2021-06-08", "Auditorio del Sistema de Aguas, Nezahualcóyotl 109, colonia Centro"), (acta.Session.Date, acta.Session.Place));
    }

    [Fact]
    public void An_addressee_under_a_letters_dateline_is_no_place()
    {
        var acta = WithHeader(
            P("Ciudad de México, martes 8 de junio de 2021"),
            P("Mtra. Irene Solís Barragán"),
            P("Asistencia", ParagraphRole.Heading));

        Assert.Null(acta.Session.Place);
    }

    [Fact]
    public void A_band_of_cells_with_the_date_the_hours_and_the_venue_gives_the_hour_and_the_place()
    {
        var acta = WithHeader(
            T(["3a. sesión", "08.06.2021", "11:00–13:10 h", "Sala 4 del Sistema de Aguas, Nezahualcóyotl 109"]),
            P("Asistencia", ParagraphRole.Heading));

        Assert.Equal(("11:00", "Sala 4 del Sistema de Aguas, Nezahualcóyotl 109"), (acta.Session.StartTime, acta.Session.Place));
    }
}
