using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// A document printed with its tracked changes shown: deleted words are struck through (a line at mid-height), inserted
/// ones underlined, sometimes glued to the deleted word with no space. The struck letters are not read; underlined
/// ones are. Text without accents: the standard 14 fonts have none.
/// </summary>
public sealed class StruckThroughLettersTests : IDisposable
{
    private const double Size = 11;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Writes the pieces one after another on a line; a piece marked '-' is struck through, '+' underlined.</summary>
    private static void Line(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double y, params string[] pieces)
    {
        var x = 60.0;
        foreach (var piece in pieces)
        {
            var text = piece.TrimStart('-', '+');
            var letters = page.AddText(text, Size, new PdfPoint(x, y), font);
            var end = letters[^1].EndBaseLine.X;
            if (piece.StartsWith('-'))
            {
                page.DrawLine(new PdfPoint(x, y + (0.3 * Size)), new PdfPoint(end, y + (0.3 * Size)), 0.6);
            }
            else if (piece.StartsWith('+'))
            {
                page.DrawLine(new PdfPoint(x, y - 1), new PdfPoint(end, y - 1), 0.6);
            }

            x = end;
        }
    }

    private string Marked()
    {
        var path = _temp.File("cambios.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        Line(page, font, 720, "Se repartieron ", "-cuarenta ", "+treinta y cinco", " paquetes de semillas en el huerto de Tlalpan.");
        Line(page, font, 680, "Por el comite vecinal asistio Paula ", "-Torres", "+Medina", " Rios, tesorera.");
        Line(page, font, 640, "Texto ", "+agregado", " sin borrar nada.");

        // A legend set on its frame's top border: the border runs on past the text, it strikes nothing.
        page.DrawRectangle(new PdfPoint(40, 500), 480, 104, 0.6);
        page.AddText("Datos generales", Size, new PdfPoint(60, 604 - (0.35 * Size)), font);
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    [Fact]
    public void Struck_through_letters_are_left_out_and_the_line_reads_on()
    {
        var texts = new PdfReader().Read(Marked(), ReadOptions.Default).Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();

        // Without the rule: "Se repartieron cuarenta treinta y cinco …" and "Paula TorresMedina Rios".
        Assert.Contains("Se repartieron treinta y cinco paquetes de semillas en el huerto de Tlalpan.", texts);
        Assert.Contains("Por el comite vecinal asistio Paula Medina Rios, tesorera.", texts);
        Assert.Contains("Texto agregado sin borrar nada.", texts);
        Assert.Contains(texts, t => t.Contains("Datos generales", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("cuarenta", StringComparison.Ordinal) || t.Contains("Torres", StringComparison.Ordinal));
    }
}
