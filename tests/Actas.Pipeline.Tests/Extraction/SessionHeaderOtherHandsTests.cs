using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Session headers from other hands: a heading that puts an abbreviated date after the body's name, a form's timestamp
/// that is no session hour, and an opening sentence whose venue is an online platform and is followed by another sentence.
/// </summary>
public sealed class SessionHeaderOtherHandsTests
{
    private static Acta WithOpening(params LayoutBlock[] opening) =>
        Extract(
            [
                .. opening,
                P("ACUERDOS", ParagraphRole.Heading),
                P("Se enviará la información a la Secretaría Ejecutiva."),
            ]);

    [Fact]
    public void A_key_value_table_under_the_title_is_no_part_of_the_body_s_name()
    {
        var acta = WithOpening(
            P("Relatoría de la reunión 7", ParagraphRole.Heading),
            // A PDF runs the title's line and the first key of the table under it into one heading line.
            P("Espacio de Participación de los Derechos de las Personas Mayores Tipo de reunión Extraordinaria", ParagraphRole.Heading),
            T(["Fecha", "jueves 12 de mayo de 2022"], ["Sede", "Sala 2 del Instituto"]));

        Assert.Equal(("Derechos de las Personas Mayores", "2022-05-12"), (acta.Session.Body, acta.Session.Date));
    }

    [Fact]
    public void A_last_title_line_that_opens_with_a_preposition_carries_the_body_s_name_on()
    {
        var acta = WithOpening(
            P("GOBIERNO DE LA CIUDAD", ParagraphRole.Heading),
            P("DIRECCIÓN DE VIVIENDA", ParagraphRole.Heading),
            P("FORMATO DV-07 · ACTA DE SESIÓN", ParagraphRole.Heading),
            P("ACTA DE LA TERCERA SESIÓN ORDINARIA", ParagraphRole.Heading),
            P("Espacio de Participación del Derecho a la Vivienda en la Zona Oriente", ParagraphRole.Heading),
            P("de la Ciudad", ParagraphRole.Heading),
            P("Fecha: 12 de mayo de 2022"));

        Assert.Equal("Derecho a la Vivienda en la Zona Oriente de la Ciudad", acta.Session.Body);
    }

    [Fact]
    public void An_abbreviated_date_after_the_body_is_no_part_of_its_name()
    {
        var acta = WithOpening(
            P("Espacio de Participación del Derecho a la Alimentación", ParagraphRole.Heading),
            P("9 ago 2022 | Reunión de trabajo 4", ParagraphRole.Heading));

        Assert.Equal(("Derecho a la Alimentación", "2022-08-09"), (acta.Session.Body, acta.Session.Date));
    }

    [Fact]
    public void A_time_with_seconds_is_a_timestamp_not_an_hour()
    {
        Assert.Empty(ClockTime.FindAll("02/03/2022 09:58:31"));
        Assert.Equal(["10:05"], ClockTime.FindAll("registro 09:58:31, inicio 10:05").Select(t => t.Time));
    }

    [Fact]
    public void An_online_platform_is_the_venue_and_the_next_sentence_is_not()
    {
        var acta = WithOpening(
            P("Sexta sesión ordinaria del Espacio de Participación de Derechos Culturales", ParagraphRole.Heading),
            P("La sesión se realizó el martes 8 de marzo de 2022, de 16:00 a 18:00 horas, en la plataforma Teams. La convocó la Secretaría Ejecutiva del Mecanismo."));

        Assert.Equal(("16:00", "plataforma Teams"), (acta.Session.StartTime, acta.Session.Place));
    }

    [Fact]
    public void A_period_after_an_address_abbreviation_does_not_end_the_venue()
    {
        var acta = WithOpening(
            P("Sexta sesión ordinaria del Espacio de Participación de Derechos Culturales", ParagraphRole.Heading),
            P("La sesión se realizó el martes 8 de marzo de 2022 a las 16:00 horas, en la Sala de juntas del Museo, Av. Juárez 12, Col. Centro. La convocó la Secretaría Ejecutiva."));

        Assert.Equal("Sala de juntas del Museo, Av. Juárez 12, Col. Centro", acta.Session.Place);
    }

    [Fact]
    public void The_verb_that_opens_the_session_after_the_venue_ends_the_place()
    {
        var acta = WithOpening(
            P("Acta de la quinta sesión ordinaria del Espacio de Participación de Derechos Culturales", ParagraphRole.Heading),
            P("A las 10:30 horas del jueves 3 de marzo de 2022, en el auditorio del Centro Cultural Tlatelolco, Eje Central 120, colonia Nonoalco, inició la sesión, presidida por Elena Ruiz Mora."));

        Assert.Equal("auditorio del Centro Cultural Tlatelolco, Eje Central 120, colonia Nonoalco", acta.Session.Place);
    }

    [Fact]
    public void We_met_in_a_room_and_online_gives_both_ways_as_the_place()
    {
        // A newsletter's first person ("nos reunimos en …"): the second way to attend belongs to where the session met.
        var acta = WithOpening(
            P("Crónica de la cuarta sesión ordinaria del Espacio de Participación de Derechos Culturales", ParagraphRole.Heading),
            P("Como cada bimestre, el miércoles 5 de octubre de 2022, de 9:00 a 11:00 horas, nos reunimos en la sala de juntas de la Alcaldía Coyoacán y vía Teams para revisar los informes del semestre."));

        Assert.Equal("sala de juntas de la Alcaldía Coyoacán y vía Teams", acta.Session.Place);
    }

    [Fact]
    public void A_mode_named_before_the_venue_leaves_the_online_half_out_of_the_place()
    {
        var acta = WithOpening(
            P("Crónica de la cuarta sesión ordinaria del Espacio de Participación de Derechos Culturales", ParagraphRole.Heading),
            P("La reunión se realizó el 5 de octubre de 2022, de 9:00 a 11:00 horas, de manera mixta: en el salón de actos del Museo Nacional, colonia Roma y por Zoom."));

        Assert.Equal("salón de actos del Museo Nacional, colonia Roma", acta.Session.Place);
    }

    [Fact]
    public void A_dot_leader_then_a_colon_is_one_label_mark()
    {
        // A fixed-width form typed with spaces: the dots lead to the colon, the value follows it.
        var acta = WithOpening(
            P("Cuarta sesión ordinaria del Espacio de Participación de Derechos Culturales", ParagraphRole.Heading),
            P("Día ..........: jueves 9 de junio de 2016"),
            P("Sede ..........: Auditorio del Museo del Estanquillo, Isabel la Católica 26"));

        Assert.Equal(("2016-06-09", "Auditorio del Museo del Estanquillo, Isabel la Católica 26"), (acta.Session.Date, acta.Session.Place));
    }
}
