using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Session headers whose fields run on or break off: a name finished on a fourth heading line, a labelled name that ran into
/// the acta's title, a dictated opening that goes on after the name and the venue, a venue broken after a name's title, a
/// wrapped column-headed table, a label that names venue or mode, an infobox's colon-less "Espacio" line, and an hour whose
/// label was read into the date's cell.
/// </summary>
public sealed class SessionHeaderRunOnTests
{
    private static Acta WithOpening(params LayoutBlock[] opening) =>
        Extract(
            [
                .. opening,
                P("ACUERDOS", ParagraphRole.Heading),
                P("Se enviará la información a la Secretaría Ejecutiva."),
            ]);

    [Fact]
    public void A_running_header_over_the_title_leaves_room_for_the_name_s_last_line()
    {
        var acta = WithOpening(
            P("Mecanismo de Seguimiento · Espacios"),
            P("ACTA DE LA TERCERA SESIÓN ORDINARIA", ParagraphRole.Heading),
            P("Espacio de Participación del Derecho al Trabajo: Oficios Tradicionales y Talleres", ParagraphRole.Heading),
            P("Artesanales", ParagraphRole.Heading),
            P("Fecha: 12 de mayo de 2022"));

        Assert.Equal("Derecho al Trabajo: Oficios Tradicionales y Talleres Artesanales", acta.Session.Body);
    }

    [Fact]
    public void A_labelled_name_ends_where_the_acta_s_own_title_begins()
    {
        var acta = WithOpening(
            P("ESPACIO DE PARTICIPACIÓN", ParagraphRole.Heading),
            P("Derecho a la Movilidad: Ciclovías y Peatones MINUTA DE LA CUARTA SESIÓN ORDINARIA", ParagraphRole.Heading),
            P("Fecha: 12 de mayo de 2022"));

        Assert.Equal("Derecho a la Movilidad: Ciclovías y Peatones", acta.Session.Body);
    }

    [Fact]
    public void A_dictated_opening_goes_on_after_the_name_and_after_the_venue()
    {
        var acta = WithOpening(
            P("Minuta de la quinta sesión ordinaria del Espacio de Participación del Derecho a la Movilidad Peatonal, este jueves 3 de marzo de 2022, " +
              "arrancamos a las 17:00 en el auditorio de la Alcaldía Coyoacán, preside Luis Ortega Rivas y lleva la relatoría la Secretaría Ejecutiva."));

        Assert.Equal(("Derecho a la Movilidad Peatonal", "auditorio de la Alcaldía Coyoacán"), (acta.Session.Body, acta.Session.Place));
    }

    [Fact]
    public void A_venue_broken_after_a_name_s_title_goes_on_below()
    {
        var acta = WithOpening(
            P("Acta de la segunda sesión ordinaria del Espacio de Participación del Derecho a la Salud", ParagraphRole.Heading),
            P("Lugar: Auditorio del Hospital General San"),
            P("Rafael Arcángel, planta baja"),
            P("Fecha: 12 de mayo de 2022"));

        Assert.Equal("Auditorio del Hospital General San Rafael Arcángel, planta baja", acta.Session.Place);
    }

    [Fact]
    public void A_venue_after_the_date_and_hour_goes_on_below_when_broken_after_a_title()
    {
        var acta = WithOpening(
            P("Acta de la segunda sesión ordinaria del Espacio de Participación del Derecho a la Salud", ParagraphRole.Heading),
            P("Jueves 3 de marzo de 2022 10:00 horas Clínica Comunitaria Sor"),
            P("Juana Inés, consultorio 2"));

        Assert.Equal("Clínica Comunitaria Sor Juana Inés, consultorio 2", acta.Session.Place);
    }

    [Fact]
    public void A_wrapped_row_of_a_column_headed_table_finishes_the_values_it_goes_on_with()
    {
        var acta = WithOpening(
            P("Acta de la segunda sesión ordinaria del Espacio de Participación del Derecho a la Salud", ParagraphRole.Heading),
            T(["FECHA", "HORA", "SEDE", "COORDINA"],
              ["jueves 3 de", "10:00 h", "reunión remota por", "Luis Ortega"],
              // The reader numbered the wrapped line's cells from the left: they no longer stand under their columns.
              ["marzo de 2022", "plataforma Teams", "Rivas, coordinador"]));

        Assert.Equal(("2022-03-03", "reunión remota por plataforma Teams"), (acta.Session.Date, acta.Session.Place));
    }

    [Fact]
    public void A_label_that_names_venue_or_mode_gives_the_place()
    {
        var acta = WithOpening(
            P("Acta de la segunda sesión ordinaria del Espacio de Participación del Derecho a la Salud", ParagraphRole.Heading),
            T(["Fecha", "12/05/2022"], ["Lugar o modalidad", "En línea (Teams)"]));

        Assert.Equal("En línea (Teams)", acta.Session.Place);
    }

    [Fact]
    public void An_infobox_line_names_the_espacio_without_a_colon()
    {
        var acta = WithOpening(
            P("EP Trabajo Rural/Reunión 4", ParagraphRole.Heading),
            T(["Reunión ordinaria 4\nEspacio Derechos de las Personas Jornaleras Agrícolas\nFecha martes 8 de marzo de 2022\nHora 10:00 h\nSede Sala 1 del Instituto"]),
            P("La cuarta reunión ordinaria del Espacio de Participación de los Derechos de las Personas"),
            P("Jornaleras Agrícolas se celebró el 8 de marzo de 2022."));

        Assert.Equal("Derechos de las Personas Jornaleras Agrícolas", acta.Session.Body);
    }

    [Fact]
    public void A_cell_line_on_a_public_space_is_no_espacio_label()
    {
        var acta = WithOpening(
            P("Acta de la segunda sesión ordinaria del Espacio de Participación del Derecho a la Ciudad", ParagraphRole.Heading),
            T(["Espacio Público Recuperado en la Colonia Centro\nFecha martes 8 de marzo de 2022\nSede Sala 1 del Instituto"]));

        Assert.Equal("Derecho a la Ciudad", acta.Session.Body);
    }

    [Fact]
    public void An_hour_label_read_into_the_date_cell_still_gives_the_hour()
    {
        // A scanned header row "Fecha | … | Hora | …" that came out as two cells, the hour's label and value inside the date's.
        var acta = WithOpening(
            P("MINUTA DE LA SEXTA SESIÓN ORDINARIA", ParagraphRole.Heading),
            T(["FECHA", "14/05/2022 HORARIO 11:30 - 13:00 hrs."],
              ["SEDE", "Salón de usos múltiples de la Alcaldía Tláhuac"]));

        Assert.Equal(("2022-05-14", "11:30"), (acta.Session.Date, acta.Session.StartTime));
    }
}
