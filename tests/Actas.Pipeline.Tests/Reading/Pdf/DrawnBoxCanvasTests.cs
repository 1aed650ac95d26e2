using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// A whiteboard printed from the browser: a frame with a title holds one column of cards per goal (goal card, report
/// card, sticky note), the cards of the two columns side by side, so their lines share baselines. Each card is read
/// as its own block, a column down before the next. Text without accents: the standard 14 fonts have none.
/// </summary>
public sealed class DrawnBoxCanvasTests : IDisposable
{
    private const double Size = 9;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A card: a rectangle (filled in a light colour, or only outlined) with its lines 13 pt apart from its top.</summary>
    private static void Card(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double left, double bottom, double width, double height, byte[]? fill, params string[] lines)
    {
        if (fill is not null)
        {
            page.SetTextAndFillColor(fill[0], fill[1], fill[2]);
            page.DrawRectangle(new PdfPoint(left, bottom), width, height, 0.5, fill: true);
            page.ResetColor();
        }
        else
        {
            page.DrawRectangle(new PdfPoint(left, bottom), width, height, 0.5);
        }

        for (var k = 0; k < lines.Length; k++)
        {
            page.AddText(lines[k], Size, new PdfPoint(left + 6, bottom + height - 14 - (13 * k)), font);
        }
    }

    private string Board()
    {
        var path = _temp.File("tablero.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4, isPortrait: false);
        Card(page, font, 20, 555, 800, 28, [235, 235, 235], "tablero  Comite de Bibliotecas Comunitarias  Tercera reunion de trabajo");

        page.DrawRectangle(new PdfPoint(20, 300), 800, 245, 1);
        page.AddText("Estrategia 412 - Ampliar la red de bibliotecas comunitarias", 12, new PdfPoint(30, 528), bold);
        Card(page, font, 30, 465, 385, 50, null, "Meta 412.1", "Abrir bibliotecas en escuelas primarias", "Responsable: Secretaria de Cultura");
        Card(page, font, 425, 465, 385, 50, null, "Meta 412.2", "Capacitar a personas bibliotecarias voluntarias", "Responsable: Secretaria de Educacion");
        Card(page, font, 30, 400, 385, 55, [220, 245, 225], "Informe entregado", "Se abrieron 14 bibliotecas en 5 alcaldias y", "se inscribieron 320 lectores.");
        Card(page, font, 425, 400, 385, 55, [236, 236, 236], "Sin informe", "La Secretaria de Educacion no envio su", "informe a tiempo.");
        Card(page, font, 30, 310, 170, 80, [255, 245, 120], "Falta saber cuantas", "bibliotecas siguen", "abiertas.");
        Card(page, font, 425, 310, 170, 80, [255, 245, 120], "Se pide a la Secretaria", "enviar su informe", "antes de la siguiente reunion.");
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    [Fact]
    public void Cards_side_by_side_are_read_card_by_card_a_column_at_a_time()
    {
        var document = new PdfReader().Read(Board(), ReadOptions.Default);

        var texts = document.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        int At(string start) => texts.FindIndex(t => t.Contains(start, StringComparison.Ordinal));

        // Without the rule the outlines made tables and the report lines of the two columns ran into each other.
        Assert.Empty(document.Blocks.OfType<Table>());
        Assert.Contains("Se abrieron 14 bibliotecas en 5 alcaldias y se inscribieron 320 lectores.", texts);
        Assert.Contains("La Secretaria de Educacion no envio su informe a tiempo.", texts);
        Assert.Contains("Falta saber cuantas bibliotecas siguen abiertas.", texts);
        var order = new[] { "tablero", "Estrategia 412", "Meta 412.1", "Informe entregado", "Se abrieron", "Falta saber", "Meta 412.2", "Sin informe", "La Secretaria", "Se pide" }
            .Select(At).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Each_goal_takes_the_report_of_its_own_column()
    {
        var acta = new ActaExtractor().Extract(new PdfReader().Read(Board(), ReadOptions.Default));

        var goals = Assert.Single(acta.Strategies, s => s.Number == 412).Goals;
        var first = Assert.Single(goals, g => g.Id == "412.1");
        Assert.Equal(ReportStatus.Reported, first.ReportStatus);
        Assert.StartsWith("Se abrieron 14 bibliotecas en 5 alcaldias y se inscribieron 320 lectores.", first.Report, StringComparison.Ordinal);
        Assert.Equal("Secretaria de Cultura", first.Executor);
        Assert.Equal(ReportStatus.NotReported, Assert.Single(goals, g => g.Id == "412.2").ReportStatus);
    }

    [Fact]
    public void A_table_whose_cells_are_boxes_of_their_own_stays_a_table()
    {
        var path = _temp.File("tabla.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        string[][] rows =
        [
            ["Institucion", "Persona asistente", "Sector"],
            ["Secretaria de Cultura", "Rosa Elena Ibarra", "Gobierno"],
            ["Red de Lectores A.C.", "Tomas Villalobos", "Sociedad civil"],
            ["Secretaria Ejecutiva", "Irma Salcedo", "Secretaria Ejecutiva"],
        ];
        double[] lefts = [50, 230, 400];
        double[] widths = [180, 170, 140];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                // Every cell its own rectangle, touching its neighbours: the whole page's text sits in boxes.
                Card(page, font, lefts[c], 700 - (22 * r), widths[c], 22, null, rows[r][c]);
            }
        }

        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        var table = Assert.Single(document.Blocks.OfType<Table>());
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["Red de Lectores A.C.", "Tomas Villalobos", "Sociedad civil"], table.Rows[2].Cells.Select(c => string.Join(" ", c.Paragraphs)));
    }

    /// <summary>A card whose borders are four thin filled strips (a browser's print of a CSS border), no outline of its own.</summary>
    private static void StripCard(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double left, double bottom, double width, double height, params string[] lines)
    {
        page.DrawRectangle(new PdfPoint(left, bottom + height - 2.5), width, 2.5, 0.1, fill: true);
        page.DrawRectangle(new PdfPoint(left, bottom), width, 0.7, 0.1, fill: true);
        page.DrawRectangle(new PdfPoint(left, bottom), 0.7, height, 0.1, fill: true);
        page.DrawRectangle(new PdfPoint(left + width - 0.7, bottom), 0.7, height, 0.1, fill: true);
        for (var k = 0; k < lines.Length; k++)
        {
            page.AddText(lines[k], Size, new PdfPoint(left + 6, bottom + height - 16 - (13 * k)), font);
        }
    }

    /// <summary>A slide: two goal cards side by side, each either four strips or an outlined rectangle; a title above and a footer below when asked.</summary>
    private string Slide(bool strips, bool titled)
    {
        var path = _temp.File(strips ? "franjas.pdf" : "diapositiva.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4, isPortrait: false);
        if (titled)
        {
            page.AddText("Estrategia 512 - Acercar la lectura a los mercados publicos de la ciudad", 16, new PdfPoint(30, 540), bold);
        }

        string[] first = ["Meta 512.1", "Abrir salas de lectura en mercados", "Responsable: Secretaria de Cultura", "Con informe", "Se abrieron 9 salas en 4 alcaldias."];
        string[] second = ["Meta 512.2", "Formar mediadores de lectura voluntarios", "Responsable: Secretaria de Educacion", "Sin informe", "No llego el informe del trimestre."];
        if (strips)
        {
            StripCard(page, font, 30, 330, 380, 90, first);
            StripCard(page, font, 430, 330, 380, 90, second);
        }
        else
        {
            Card(page, font, 30, 330, 380, 90, null, first);
            Card(page, font, 430, 330, 380, 90, null, second);
        }

        if (titled)
        {
            page.AddText("Comite de Bibliotecas Comunitarias - Tercera reunion de trabajo - lamina 4", 8, new PdfPoint(30, 40), font);
        }

        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    private static void AssertReadCardByCard(LayoutDocument document, params string[] around)
    {
        var texts = document.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        int At(string start) => texts.FindIndex(t => t.Contains(start, StringComparison.Ordinal));
        Assert.Empty(document.Blocks.OfType<Table>());
        // Each card's lines stay together, in the card's order (how its lines join into paragraphs is another reader's matter).
        var order = new[] { "Meta 512.1", "Abrir salas", "Con informe", "Se abrieron", "Meta 512.2", "Formar", "Sin informe", "No llego" }.Select(At).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        if (around.Length == 2)
        {
            Assert.True(At(around[0]) is >= 0 and var top && top < order[0]);
            Assert.True(At(around[1]) > order[^1]);
        }
    }

    [Fact]
    public void Four_strips_meeting_at_the_corners_are_one_card()
    {
        // Without the rule the strips were marks, not boxes: the page was read line by line across both cards.
        AssertReadCardByCard(new PdfReader().Read(Slide(strips: true, titled: false), ReadOptions.Default));
    }

    [Fact]
    public void Strips_make_a_frame_only_where_their_ends_meet()
    {
        BoundingBox[] strips =
        [
            new(30, 417.5, 410, 420), new(30, 330, 410, 330.7), new(30, 330, 30.7, 420), new(409.3, 330, 410, 420),
            // A rule across and one upright that cross without meeting at a corner: no frame.
            new(500, 200, 700, 200.7), new(600, 100, 600.7, 300), new(700, 150, 700.7, 250),
        ];

        var frame = Assert.Single(DrawnBoxes.StripFrames(strips, DrawnBoxCanvasOptions.Default.MinSide));
        Assert.Equal(new BoundingBox(30, 330, 410, 420), frame);
    }

    [Fact]
    public void A_slide_title_and_footer_around_the_cards_do_not_keep_the_page_from_being_read_box_by_box()
    {
        // Without the rule the title and footer words, outside the boxes, were more than 5 % of the page's words.
        AssertReadCardByCard(new PdfReader().Read(Slide(strips: false, titled: true), ReadOptions.Default), "Estrategia 512", "Comite de Bibliotecas");
    }
}
