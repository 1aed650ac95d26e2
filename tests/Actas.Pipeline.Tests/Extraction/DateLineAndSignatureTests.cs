using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A title block whose date, hour and place stand on one line, and a signature between the agreements and an annex.</summary>
public sealed class DateLineAndSignatureTests
{
    [Theory]
    [InlineData("Jueves 17 de mayo de 2018 10:00 horas Sala de juntas de la SEDEMA, Plaza de la Constitución 1", "10:00", "Sala de juntas de la SEDEMA, Plaza de la Constitución 1")]
    [InlineData("17/05/2018, 10:00 a 13:00 h. Auditorio de la Secretaría Ejecutiva", "10:00", "Auditorio de la Secretaría Ejecutiva")]
    [InlineData("Jueves 17 de mayo de 2018 10:00 horas", "10:00", null)]
    public void A_date_line_gives_the_hour_and_the_place_after_it(string line, string time, string? place)
    {
        var acta = Extract(
            P("SEXTA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA MOVILIDAD", ParagraphRole.Heading),
            P(line),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(("2018-05-17", time, place), (acta.Session.Date, acta.Session.StartTime, acta.Session.Place));
    }

    [Theory]
    [InlineData("Ciudad de México, 6 de febrero de 2020\t|\t16:00 a 18:00 h\t|\tSala Magna del Hospital General, aula 4")]
    [InlineData("6 de febrero de 2020\t\t16:00 horas\t\tSala Magna del Hospital General, aula 4")]
    public void A_date_line_whose_parts_tabs_or_bars_set_apart_gives_the_hour_and_the_place(string line)
    {
        var acta = Extract(
            P("Minuta de la Sesión No. 3 del Espacio de Participación del Derecho a la Salud", ParagraphRole.Heading),
            P(line),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(("2020-02-06", "16:00", "Sala Magna del Hospital General, aula 4"), (acta.Session.Date, acta.Session.StartTime, acta.Session.Place));
    }

    [Theory]
    [InlineData("De 16:30 a 18:45 hrs.")]
    [InlineData("17:00 h")]
    public void A_title_slide_gives_the_date_the_hours_and_the_venue_on_three_lines(string hours)
    {
        var acta = Extract(
            P("Espacio de Participación del Derecho a la Vivienda", ParagraphRole.Heading),
            P("Tercera Reunión Ordinaria"),
            P("Viernes 4 de octubre de 2024"),
            P(hours),
            P("Salón de usos múltiples del Instituto de Vivienda, Benito Juárez"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(("2024-10-04", "Salón de usos múltiples del Instituto de Vivienda, Benito Juárez"), (acta.Session.Date, acta.Session.Place));
    }

    [Fact]
    public void The_signature_after_the_agreements_is_not_an_agreement_even_when_an_annex_follows()
    {
        var acta = Extract(
            P("SEXTA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA MOVILIDAD", ParagraphRole.Heading),
            P("Fecha: 17 de mayo de 2018"),
            P("ACUERDOS Y COMPROMISOS", ParagraphRole.Heading),
            P("SEMOVI enviará por escrito el informe de la meta 402.2."),
            P("_________________________________"),
            P("Lic. Ernesto Villaseñor Cárdenas", ParagraphRole.Heading),
            P("Coordinador del Espacio de Participación"),
            new PageBreak(At()),
            P("ANEXO. LISTA DE ASISTENCIA", ParagraphRole.Heading),
            new Table(
                [
                    new TableRow([new TableCell(0, 1, ["Nombre"]), new TableCell(1, 1, ["Dependencia"])]),
                    // A signature sheet long enough that the signature is not among the document's last rows.
                    .. Enumerable.Range(1, 15).Select(k => new TableRow([new TableCell(0, 1, [$"Persona Asistente Número {k}"]), new TableCell(1, 1, ["SEMOVI"])])),
                ],
                2, true, At(2)));

        Assert.Equal(["SEMOVI enviará por escrito el informe de la meta 402.2."], acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_signature_rule_with_the_name_and_post_on_soft_line_breaks_of_one_paragraph_ends_the_agreements()
    {
        string[] signature = ["______________________________", "Gabriela Fuentes Olmos", "Coordinadora del Espacio de Participación"];
        var acta = Extract(
            P("ACTA DE LA SESIÓN ORDINARIA No. 8 DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL TRABAJO", ParagraphRole.Heading),
            P("Fecha: 14 de junio de 2021"),
            P("Acuerdos", ParagraphRole.Heading),
            Item("1.-", "La STyFE presentará el padrón de cooperativas."),
            Item("2.-", "La Secretaría Ejecutiva circulará la minuta."),
            new Paragraph(string.Join(' ', signature), ParagraphRole.Body, At(), Lines: signature));

        Assert.Equal(["La STyFE presentará el padrón de cooperativas.", "La Secretaría Ejecutiva circulará la minuta."], acta.Agreements.Select(a => a.Text));
        Assert.Equal("Gabriela Fuentes Olmos", acta.Coordinator?.Name);
    }

    [Fact]
    public void Typed_markers_not_line_breaks_say_where_each_agreement_starts()
    {
        var acta = Extract(
            P("OCTAVA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LAS PERSONAS MIGRANTES", ParagraphRole.Heading),
            P("Fecha: 14 de octubre de 2020"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("PRIMERO.- STyFE enviará la cifra de personas"),
            P("beneficiarias del Seguro de Desempleo"),
            P("desagregada por condición migratoria. SEGUNDO.- El DIF presentará la información de la meta 553.2."),
            P("TERCERO.- La novena sesión ordinaria se"),
            P("realizará el miércoles 10 de marzo de 2021 a las 11:00 horas."),
            P("No habiendo más asuntos que tratar, se da por"),
            P("concluida la sesión a las 13:05 horas del mismo día."));

        Assert.Equal(
            [
                "STyFE enviará la cifra de personas beneficiarias del Seguro de Desempleo desagregada por condición migratoria.",
                "El DIF presentará la información de la meta 553.2.",
                "La novena sesión ordinaria se realizará el miércoles 10 de marzo de 2021 a las 11:00 horas.",
            ],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2021-03-10", acta.NextSession?.Date);
    }

    [Fact]
    public void A_nested_label_value_table_printed_without_separators_still_gives_place_topic_and_hour()
    {
        var acta = Extract(
            new Table([new TableRow([new TableCell(0, 1, ["4ª Reunión de Trabajo", "26/01/2017 12:00 a 14:30 h"])])], 1, true, At()),
            P("Minuta del Espacio de Participación del Derecho al Agua y al Saneamiento", ParagraphRole.Heading),
            new Table(
                [new TableRow([new TableCell(0, 1, ["Datos de la reunión"]), new TableCell(1, 1, ["Lugar Sala de juntas del SACMEX, colonia Centro", "Tema Retroalimentación de los reportes"])])],
                2, true, At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(("2017-01-26", "12:00", "Sala de juntas del SACMEX, colonia Centro", "Retroalimentación de los reportes"),
            (acta.Session.Date, acta.Session.StartTime, acta.Session.Place, acta.Session.Topic));
    }

    [Theory]
    [InlineData("SEXTA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A UN MEDIO AMBIENTE SANO", "Derecho a un Medio Ambiente Sano")]
    [InlineData("DÉCIMA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LAS PERSONAS LGBTTTI", "Derechos de las Personas LGBTTTI")]
    public void A_shouted_title_gives_the_body_in_sentence_case_keeping_its_acronyms(string title, string body)
    {
        var acta = Extract(P(title, ParagraphRole.Heading), P("Fecha: 17 de mayo de 2018"), P("ACUERDOS", ParagraphRole.Heading), P("Se enviará la información."));

        Assert.Equal(body, acta.Session.Body);
    }
}
