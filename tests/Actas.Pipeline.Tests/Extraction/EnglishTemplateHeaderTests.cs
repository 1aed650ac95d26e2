using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A minutes template written in English around Spanish content: "Meeting | Date | Time | Venue" label cells and dates
/// with English month names.
/// </summary>
public sealed class EnglishTemplateHeaderTests
{
    [Theory]
    [InlineData("Date: 2 October 2023", "2023-10-02")]
    [InlineData("held on February 7, 2022 online", "2022-02-07")]
    public void English_month_names_give_iso(string text, string iso)
    {
        Assert.Equal(iso, SpanishDateParser.FindFirst(text)?.Iso);
    }

    [Fact]
    public void An_english_details_table_gives_title_date_time_and_venue()
    {
        var acta = Extract(
            P("MINUTES", ParagraphRole.Heading),
            new Table(
                [
                    new TableRow([new TableCell(0, 1, ["Meeting"]), new TableCell(1, 1, ["Sexta Sesión Ordinaria del Espacio de Participación de Derechos Culturales"])]),
                    new TableRow([new TableCell(0, 1, ["Date"]), new TableCell(1, 1, ["2 October 2023"])]),
                    new TableRow([new TableCell(0, 1, ["Time"]), new TableCell(1, 1, ["09:30 – 11:45 h"])]),
                    new TableRow([new TableCell(0, 1, ["Venue"]), new TableCell(1, 1, ["Foro del Museo de la Ciudad, Pino Suárez 30"])]),
                ],
                2, true, At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(
            ("Derechos Culturales", 6, "2023-10-02", "09:30", "Foro del Museo de la Ciudad, Pino Suárez 30"),
            (acta.Session.Body, acta.Session.Number, acta.Session.Date, acta.Session.StartTime, acta.Session.Place));
    }
}
