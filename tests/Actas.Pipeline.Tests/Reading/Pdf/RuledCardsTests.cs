using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading.Ocr;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Cards stacked between rules (a web page's list of people) come out one paragraph each, their pieces its soft lines.</summary>
public sealed class RuledCardsTests
{
    private const double Width = 612;

    /// <summary>A heading over cards of a bold name, a body (wrapped when long) and a small sector line, a rule under each.</summary>
    private static (List<PdfWord> Words, List<RulingSegment> Rules) Stack(params (string Name, string[] Body, string Sector)[] cards)
    {
        var words = Words("Participantes", 40, 760, bold: true, size: 13);
        var rules = new List<RulingSegment> { new(true, 752, 40, 572) };
        var y = 735.0;
        foreach (var (name, body, sector) in cards)
        {
            words.AddRange(Words(name, 40, y, bold: true, size: 11));
            y -= 14;
            foreach (var line in body)
            {
                words.AddRange(Words(line, 40, y, size: 10));
                y -= 13;
            }

            words.AddRange(Words(sector, 40, y, size: 8));
            rules.Add(new RulingSegment(true, y - 8, 40, 572));
            y -= 26;
        }

        words.AddRange(Words("Temas tratados en la reunión", 40, y - 10, bold: true, size: 13));
        return (words, rules);
    }

    private static List<Paragraph> Read(List<PdfWord> words, List<RulingSegment> rules, List<RulingSegment>? pale = null)
    {
        var pages = new[] { new OcrPageComposer(PdfReaderOptions.Default).Compose(1, Width, 792, words, rules, pale) };
        return new PdfBlockAssembler(new ParagraphGrouper(), new ContinuationGridAligner()).Assemble(pages, PdfBlockAssembler.StylerFor(pages), []).OfType<Paragraph>().ToList();
    }

    [Fact]
    public void Each_card_between_rules_is_one_paragraph_of_its_pieces()
    {
        var (words, rules) = Stack(
            ("Rocío Barrera Luna", ["Instituto de las Personas Mayores"], "Gobierno"),
            ("Emilio Ponce Andrade", ["Red Vecinal Azcapotzalco"], "Organización civil"),
            ("Irene Salgado Cruz", ["Dirección General de Atención a Grupos Prioritarios y Comunidades de la Alcaldía Gustavo A. Madero y de sus", "unidades territoriales"], "Gobierno"),
            ("Óscar Medel Ríos", ["Colegio de Trabajo Social"], "Academia"));

        var paragraphs = Read(words, rules);

        Assert.Equal(6, paragraphs.Count);
        Assert.Equal(["Rocío Barrera Luna", "Instituto de las Personas Mayores", "Gobierno"], paragraphs[1].Lines);
        Assert.Equal(
            ["Irene Salgado Cruz", "Dirección General de Atención a Grupos Prioritarios y Comunidades de la Alcaldía Gustavo A. Madero y de sus unidades territoriales", "Gobierno"],
            paragraphs[3].Lines);
        Assert.Equal(["Óscar Medel Ríos", "Colegio de Trabajo Social", "Academia"], paragraphs[4].Lines);
    }

    [Fact]
    public void Pale_rules_part_cards_too()
    {
        var (words, rules) = Stack(
            ("Rocío Barrera Luna", ["Instituto de las Personas Mayores"], "Gobierno"),
            ("Emilio Ponce Andrade", ["Red Vecinal Azcapotzalco"], "Organización civil"),
            ("Óscar Medel Ríos", ["Colegio de Trabajo Social"], "Academia"));

        var paragraphs = Read(words, [rules[0]], rules[1..]);

        Assert.Equal(["Emilio Ponce Andrade", "Red Vecinal Azcapotzalco", "Organización civil"], paragraphs[2].Lines);
    }

    [Fact]
    public void Two_cards_or_rows_with_column_gaps_are_no_stack()
    {
        var (two, twoRules) = Stack(
            ("Rocío Barrera Luna", ["Instituto de las Personas Mayores"], "Gobierno"),
            ("Emilio Ponce Andrade", ["Red Vecinal Azcapotzalco"], "Organización civil"));
        var rows = Words("Fecha", 40, 735, size: 10);
        rows.AddRange(Words("12 de marzo", 300, 735, size: 10));
        rows.AddRange(Words("Lugar", 40, 722, size: 10));
        rows.AddRange(Words("Sala de juntas", 300, 722, size: 10));
        var rowRules = new List<RulingSegment>();
        for (var k = 0; k < 4; k++)
        {
            rowRules.Add(new RulingSegment(true, 745 - (k * 30), 40, 572));
            if (k > 0)
            {
                rows.AddRange(Words($"Renglón {k}", 40, 735 - (k * 30), size: 10));
                rows.AddRange(Words("valor", 300, 735 - (k * 30), size: 10));
                rows.AddRange(Words("nota", 40, 725 - (k * 30), size: 10));
            }
        }

        Assert.All(Read(two, twoRules).Concat(Read(rows, rowRules)), p => Assert.True(p.Lines is null || p.Lines.Count < 3));
    }

    [Fact]
    public void Pale_hairline_is_found_only_by_the_pale_pass()
    {
        var (width, height) = (400, 120);
        var pixels = Enumerable.Repeat((byte)255, width * height).ToArray();
        for (var x = 20; x < 380; x++)
        {
            pixels[(60 * width) + x] = 224;
            pixels[(61 * width) + x] = 224;
        }

        var image = new GrayImage(width, height, pixels);
        var finder = new ImageRuleFinder();

        Assert.DoesNotContain(finder.Find(image, 192), r => r.Horizontal);
        Assert.Single(finder.FindPaleHorizontal(image, 192));
    }
}
