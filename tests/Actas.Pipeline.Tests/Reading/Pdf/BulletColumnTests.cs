using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Bulleted lists whose bullets stand a tab's width from their text, on words laid out by hand.</summary>
public sealed class BulletColumnTests
{
    private static readonly StreamTableDetector Detector = new(PdfWordTableDetectorOptions.Default with { Enabled = true }, new LineGrouper());

    [Fact]
    public void Bullets_a_tab_away_from_their_items_are_a_list_not_a_two_column_table()
    {
        // Round bullets at x 75, their items at x 93; a sector heading at the margin between the groups.
        var words = new List<PdfWord>();
        var baseline = 700.0;
        foreach (var (bullet, text) in new[]
        {
            ("●", "Nadia Flores Cruz · SEMUJERES"), ("●", "Omar Ríos Luna · Fiscalía General de Justicia"), ("", "Comunidades"),
            ("●", "Paula Núñez Gil · Colectivo Lenguas Vivas"), ("●", "Rita Sosa Peña · Asamblea de Barrio"), ("●", "Saúl Vidal Ortega · Secretaría Ejecutiva"),
        })
        {
            if (bullet.Length == 0)
            {
                words.AddRange(Words(text, 57, baseline, bold: true));
            }
            else
            {
                words.AddRange(Words(bullet, 75, baseline));
                words.AddRange(Words(text, 93, baseline));
            }

            baseline -= 14;
        }

        Assert.Empty(Detector.Detect(new PdfWordTableInput(words, [], null, 842)).Tables);
    }

    [Fact]
    public void A_round_bullet_set_off_by_a_gap_labels_a_list_item()
    {
        var line = new LineGrouper().Group(Words("○", 75, 700).Concat(Words("Ejecuta: Fiscalía General de Justicia", 93, 700))).Single();

        var (text, role, _, label) = new PdfParagraphStyler(10, []).Style([line]);

        Assert.Equal((ParagraphRole.ListItem, "○", "Ejecuta: Fiscalía General de Justicia"), (role, label, text));
    }

    [Fact]
    public void Outline_numbered_headings_a_tab_from_their_text_are_paragraphs_with_labels()
    {
        // Automatic multi-level heading numbers at the margin, their text at a tab stop 40 pt to the right.
        var words = new List<PdfWord>();
        words.AddRange(Words("3.", 57, 700, bold: true));
        words.AddRange(Words("Seguimiento de estrategias", 97, 700, bold: true));
        words.AddRange(Words("3.1", 57, 680, bold: true));
        words.AddRange(Words("Estrategia 512 — Ampliar la red de comedores", 97, 680, bold: true));
        words.AddRange(Words("3.2", 57, 660, bold: true));
        words.AddRange(Words("Estrategia 515 — Vigilar la calidad del agua", 97, 660, bold: true));

        var found = Detector.Detect(new PdfWordTableInput(words, [], null, 842));
        var line = new LineGrouper().Group(Words("3.2", 57, 660).Concat(Words("Estrategia 515 — Vigilar la calidad del agua", 97, 660))).Single();
        var (text, role, _, label) = new PdfParagraphStyler(10, []).Style([line]);

        Assert.Empty(found.Tables);
        Assert.Equal((ParagraphRole.ListItem, "3.2", "Estrategia 515 — Vigilar la calidad del agua"), (role, label, text));
    }
}
