using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>Misread headings of OCR pages put right by the vocabulary's wordings; nothing else touched.</summary>
public sealed class OcrHeadingRestorerTests
{
    [Fact]
    public void Optional_and_required_marks_are_written_out_nested()
    {
        var (wordings, open) = PhraseExpander.Expand("[lista de |pase de ]asistencia[ a la (sesion|reunion)[ de trabajo]]");

        Assert.False(open);
        Assert.Contains("asistencia", wordings);
        Assert.Contains("pase de asistencia", wordings);
        Assert.Contains("lista de asistencia a la reunion de trabajo", wordings);
        Assert.Contains("asistencia a la sesion", wordings);
        Assert.DoesNotContain("asistencia a la", wordings);
        Assert.Equal(["observacion", "observaciones"], PhraseExpander.Expand("observacion(es)").Wordings);
        Assert.True(PhraseExpander.Expand("bienvenida…").Open);
    }

    [Theory]
    [InlineData("ASISTENGCIA___4.", "asistencia")] // a stamp over the heading
    [InlineData("PUNTOSSOBRESALIENTES", "puntos sobresalientes")] // a lost space
    [InlineData("ORDEN DEL DÍ", "orden del dia")] // the last letter cut
    [InlineData("3. ACUERDOS OPERATIVQS", "3 acuerdos operativos")]
    [InlineData("Instancias Ejecutoras:.", null)] // already reads as a sector heading
    [InlineData("ASISTENCIA", null)]
    [InlineData("RECIBIDO", null)] // the stamp itself
    [InlineData("PUEBLOS Y COMUNIDADES INDÍGENAS", null)]
    [InlineData("ASISTIERON 23 PERSONAS SERVIDORAS PÚBLICAS DE LAS INSTANCIAS EJECUTORAS DEL PROGRAMA", null)]
    public void Nearest_heading_wording_within_a_few_edits(string read, string? expected)
    {
        Assert.Equal(expected, OcrHeadingRestorer.Nearest(read));
    }

    [Fact]
    public void Only_heading_like_paragraphs_of_ocr_pages_change_and_each_change_is_noted()
    {
        Paragraph At(string text, ParagraphRole role, int page) => new(text, role, new SourceLocation(page, 0));
        var blocks = new LayoutBlock[]
        {
            At("ASISTENGCIA___4.", ParagraphRole.Heading, 1),
            At("ASISTENGCIA___4.", ParagraphRole.Heading, 2),
            At("Asistencla de las personas servidoras", ParagraphRole.Body, 1),
            At("ACUERDQS", ParagraphRole.Body, 1),
            At("ACUERDOS\tOPERATIVOS", ParagraphRole.Body, 1),
            At("Fecha:\t12 de abril", ParagraphRole.Body, 1),
        };
        var issues = new List<Issue>();

        var restored = OcrHeadingRestorer.Restore(blocks, [1], issues);

        Assert.Equal(
            ["ASISTENCIA", "ASISTENGCIA___4.", "Asistencla de las personas servidoras", "ACUERDOS", "ACUERDOS OPERATIVOS", "Fecha:\t12 de abril"],
            restored.Cast<Paragraph>().Select(p => p.Text));
        Assert.Equal(3, issues.Count(i => i.Code == "ocr-heading"));
    }
}
