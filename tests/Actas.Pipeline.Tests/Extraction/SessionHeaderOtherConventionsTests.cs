using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The session header told other ways: digit dates typed month first on a computer set to English, a date field beside the
/// Espacio in a page header, an Espacio's name with a colon in a mail's opening sentence, the mode and the venue under one
/// label, a printed table of contents whose entries wrap.
/// </summary>
public sealed class SessionHeaderOtherConventionsTests
{
    [Fact]
    public void Digit_dates_read_month_first_when_an_english_date_writes_the_month_first()
    {
        var acta = Extract(
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LOS PUEBLOS ORIGINARIOS", ParagraphRole.Heading),
            P("Fecha: 10/02/2023"),
            P("Hora: 11:00 AM"),
            P("Lugar: Sala 3 de la Secretaría de Pueblos y Barrios Originarios"),
            P("ACUERDOS", ParagraphRole.Heading),
            Item("1.", "La quinta sesión ordinaria se celebrará el 12/07/2023 a las 11:00 AM."),
            P("Printed on October 3, 2023"));

        Assert.Equal(("2023-10-02", "2023-12-07"), (acta.Session.Date, acta.NextSession?.Date));
    }

    [Fact]
    public void A_day_past_twelve_in_the_second_place_makes_digit_dates_month_first()
    {
        var acta = Extract(
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LOS PUEBLOS ORIGINARIOS", ParagraphRole.Heading),
            P("Fecha: 06/05/2023"),
            P("ACUERDOS", ParagraphRole.Heading),
            Item("1.", "La SEPI entregará el padrón a más tardar el 06/28/2023."));

        Assert.Equal(("2023-06-05", "2023-06-28"), (acta.Session.Date, acta.Agreements[0].Dates.Single()));
    }

    [Fact]
    public void A_day_past_twelve_in_the_first_place_keeps_digit_dates_day_first()
    {
        Assert.Equal(DigitDateOrder.DayFirst, SpanishDateParser.OrderOf(["Fecha: 06/05/2023", "Impreso: June 7, 2023", "antes del 31/05/2023"]));
        Assert.Equal(DigitDateOrder.DayFirst, SpanishDateParser.OrderOf(["Date: 7 June 2023", "Fecha: 06/05/2023"]));
        Assert.Equal("2023-06-05", SpanishDateParser.FindFirst("el 06/05/2023", order: DigitDateOrder.MonthFirst)?.Iso);
    }

    [Fact]
    public void A_date_beside_the_espacio_in_a_page_header_is_no_body()
    {
        var acta = Extract(
            P("Espacio de Participación · Pueblos Originarios\t2 de octubre de 2023"),
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN", ParagraphRole.Heading),
            P("Derechos de los Pueblos y Barrios Originarios", ParagraphRole.Heading),
            P("Fecha: 2 de octubre de 2023"),
            P("ACUERDOS", ParagraphRole.Heading),
            Item("1.", "La SEPI entregará el padrón."));

        Assert.Equal("Derechos de los Pueblos y Barrios Originarios", acta.Session.Body);
    }

    [Fact]
    public void A_rights_name_in_the_opening_sentence_goes_on_past_its_colon()
    {
        var acta = Extract(
            P("Estimadas personas integrantes:"),
            P("Les remito la minuta de la segunda reunión de trabajo del Espacio de Participación Derechos Culturales: Cronistas y Narradores Orales, que tuvo lugar el miércoles 3 de mayo de 2023 de las 11:00 a las 13:20 horas en el Museo del Estanquillo, calle Isabel la Católica 26, Centro Histórico. Si tienen observaciones, háganlas llegar por este medio en los próximos cinco días hábiles; en otro caso la daremos por aprobada."),
            P("ACUERDOS", ParagraphRole.Heading),
            Item("1.", "Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal("Derechos Culturales: Cronistas y Narradores Orales", acta.Session.Body);
    }

    [Fact]
    public void Mode_and_venue_under_one_label_give_the_place()
    {
        var acta = Extract(
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LOS PUEBLOS ORIGINARIOS", ParagraphRole.Heading),
            P("Fecha: 2 de octubre de 2023"),
            P("Modalidad y lugar: Presencial, auditorio de la Alcaldía Tlalpan"),
            P("ACUERDOS", ParagraphRole.Heading),
            Item("1.", "La SEPI entregará el padrón."));

        Assert.Equal("Presencial, auditorio de la Alcaldía Tlalpan", acta.Session.Place);
    }

    [Fact]
    public void A_printed_table_of_contents_whose_entries_wrap_is_no_content()
    {
        var acta = ExtractPdf(
            P("Acta de la segunda sesión ordinaria del Espacio de Participación de los Derechos de las Personas Cronistas", ParagraphRole.Heading),
            P("Índice", ParagraphRole.Heading),
            T(["I. Datos generales", "2"],
              ["II. Lista de asistencia", "2"],
              ["Estrategia 401. Promover el registro de las personas cronistas", ""],
              ["en los archivos de las alcaldías", "3"],
              ["III. Acuerdos", "4"]),
            P("I. Datos generales", ParagraphRole.Heading),
            P("Fecha: 3 de mayo de 2023"),
            P("Hora de inicio: 9:30 horas"),
            P("Lugar: Biblioteca Vasconcelos, sala de lectura 2"),
            P("II. Lista de asistencia", ParagraphRole.Heading),
            T(["Nombre", "Institución", "Sector"], ["Ana Ruiz Soto", "Secretaría de Cultura", "Instancia ejecutora"]),
            P("Estrategia 401. Promover el registro de las personas cronistas en los archivos de las alcaldías", ParagraphRole.Heading),
            P("Meta 401.1. Registrar a las personas cronistas"),
            P("III. Acuerdos", ParagraphRole.Heading),
            Item("1.", "La Secretaría de Cultura enviará el registro."));

        Assert.Equal(("09:30", "Biblioteca Vasconcelos, sala de lectura 2"), (acta.Session.StartTime, acta.Session.Place));
    }
}
