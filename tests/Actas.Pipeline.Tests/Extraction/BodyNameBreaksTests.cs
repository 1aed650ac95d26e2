using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The Espacio's name where other hands put it: a title broken at a comma by a PDF's line, a page header naming the body
/// above a title that names the minutes, a newsletter's masthead with no heading style, a letter's addressee lines, letterhead
/// lines an OCR reading ran together.
/// </summary>
public sealed class BodyNameBreaksTests
{
    [Fact]
    public void A_title_line_that_ends_on_a_comma_goes_on_in_the_next_line()
    {
        var acta = Extract(
            P("Coordinación del Programa · Espacios de Participación", ParagraphRole.Heading),
            P("RELATORÍA", ParagraphRole.Heading),
            P("2a. Sesión Extraordinaria del Espacio de Participación de los Derechos de Jóvenes,", ParagraphRole.Heading),
            P("Estudiantes y Personas Trabajadoras del Hogar en Ciudad de México", ParagraphRole.Heading),
            P("Fecha: 3 de marzo de 2022"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la relatoría a las personas integrantes."));

        Assert.Equal("Derechos de Jóvenes, Estudiantes y Personas Trabajadoras del Hogar en Ciudad de México", acta.Session.Body);
    }

    [Fact]
    public void A_masthead_that_names_the_programme_after_the_Espacios_words_is_no_body()
    {
        var acta = Extract(
            P("GACETA DE LOS ESPACIOS DE PARTICIPACIÓN · MECANISMO DE SEGUIMIENTO", ParagraphRole.Heading),
            P("GACETA DEL ESPACIO DE PARTICIPACIÓN · No. 14", ParagraphRole.Heading),
            P("Minuta de la Cuarta Sesión Ordinaria", ParagraphRole.Heading),
            P("Espacio de Participación del Derecho a la Movilidad: Transporte Público Accesible"),
            P("Fecha: 3 de marzo de 2022"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la relatoría a las personas integrantes."));

        Assert.Equal("Derecho a la Movilidad: Transporte Público Accesible", acta.Session.Body);
    }

    [Fact]
    public void A_title_that_ends_on_the_Espacios_words_has_its_name_on_the_line_below()
    {
        var acta = Extract(
            P("RELATORÍA DE LA REUNIÓN DEL ESPACIO DE PARTICIPACIÓN", ParagraphRole.Heading),
            P("Derecho al Agua Potable y al Saneamiento en Colonias Populares"),
            T(["Reunión", "séptima"], ["Fecha", "jueves 3 de marzo de 2022"]),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la relatoría a las personas integrantes."));

        Assert.Equal("Derecho al Agua Potable y al Saneamiento en Colonias Populares", acta.Session.Body);
    }

    [Fact]
    public void The_minutes_own_title_after_the_body_is_no_part_of_its_name()
    {
        var acta = Extract(
            P("Relatoría · Espacio de Participación del Derecho a la Movilidad Segura"),
            P("Relatoría de la tercera sesión ordinaria", ParagraphRole.Heading),
            P("Fecha: 14 de octubre de 2021"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la relatoría a las personas integrantes."));

        Assert.Equal("Derecho a la Movilidad Segura", acta.Session.Body);
    }

    [Fact]
    public void A_masthead_that_names_the_espacio_after_a_word_or_two_gives_the_body()
    {
        var acta = Extract(
            P("Nuestra voz cuenta"),
            P("Gaceta del Espacio de Participación de los Derechos Culturales de los Barrios Originarios"),
            P("Número 4 · marzo de 2023"),
            P("Te contamos cómo fue la 4a. sesión ordinaria: el lunes 13 de marzo de 2023 nos vimos en la Casa de Cultura de Iztacalco."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la gaceta a las personas integrantes."));

        Assert.Equal("Derechos Culturales de los Barrios Originarios", acta.Session.Body);
    }

    [Fact]
    public void A_sheet_title_that_names_the_espacio_after_its_subject_gives_the_whole_name_commas_and_all()
    {
        var acta = Extract(
            P("Sesión 6"),
            P("Registro de acuerdos · Espacio de Participación del Derecho a la Ciudad, al Territorio y a la Vivienda"),
            P("Fecha: 11 de mayo de 2021"),
            P("Mesa de trabajo en la sede de la Secretaría Ejecutiva, con la participación de 12 personas del Espacio de Participación del Derecho a la Ciudad, que revisaron sus metas."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará el registro a las personas integrantes."));

        Assert.Equal("Derecho a la Ciudad, al Territorio y a la Vivienda", acta.Session.Body);
    }

    [Fact]
    public void A_letter_addressed_to_the_members_names_the_espacio_on_the_line_below_the_addressee()
    {
        var acta = Extract(
            P("Ref. SE/EP/211/2019", ParagraphRole.Heading),
            P("Ciudad de México, 2 de septiembre de 2019"),
            P("Asunto: Relatoría de la Tercera Sesión Ordinaria"),
            P("A LAS Y LOS INTEGRANTES DEL ESPACIO DE PARTICIPACIÓN", ParagraphRole.Heading),
            P("DE LOS DERECHOS DE LAS PERSONAS MAYORES", ParagraphRole.Heading),
            P("PRESENTES", ParagraphRole.Heading),
            P("Les hago llegar la relatoría de la Tercera Sesión Ordinaria, que tuvo lugar el jueves 29 de agosto de 2019 en la sala de juntas de la Secretaría Ejecutiva."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la relatoría a las personas integrantes."));

        Assert.Equal("Derechos de las Personas Mayores", acta.Session.Body);
    }

    [Fact]
    public void A_letterhead_line_run_into_the_espacio_line_gives_the_name_from_where_the_espacio_starts()
    {
        var acta = ExtractPdf(
            P("GOBIERNO DE LA CIUDAD DE MÉXICO", ParagraphRole.Heading),
            P("Comisión Interinstitucional de Derechos Humanos · Secretaría Técnica Espacio de Participación de los Derechos de las Personas Mayores en Situación de"),
            P("Abandono", ParagraphRole.Heading),
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA", ParagraphRole.Heading),
            P("Fecha:\t12 de marzo de 2019"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la minuta a las personas integrantes."));

        Assert.Equal("Derechos de las Personas Mayores en Situación de Abandono", acta.Session.Body);
    }
}
