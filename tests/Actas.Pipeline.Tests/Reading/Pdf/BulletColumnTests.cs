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
}
