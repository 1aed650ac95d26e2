using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A scanned acta's outline numeral as OCR misreads it — an I read as T, l, J or 1, or two I's run together into an M ("lI. ASISTENTES"
/// for "II.", blind batch W, W3's fax) — still numbers the heading after it; letters that are no numeral do not.
/// </summary>
public sealed class OcrOutlineNumeralTests
{
    private static SectionKind? Kind(string heading) =>
        SectionDetector.Classify(new Row([new RowCell(0, 1, [heading])], At(), null, true, ParagraphRole.Heading));

    [Theory]
    [InlineData("lI. ASISTENTES", SectionKind.Attendance)]
    [InlineData("lIl. ACUERDOS DE LA SESIÓN", SectionKind.Agreements)]
    [InlineData("IT. Acuerdos", SectionKind.Agreements)]
    [InlineData("JI. Registro de asistencia", SectionKind.Attendance)]
    [InlineData("1I. Acuerdos", SectionKind.Agreements)]
    [InlineData("MI. Acuerdos adoptados", SectionKind.Agreements)]
    [InlineData("MIl. ACUERDOS", SectionKind.Agreements)]
    // The last two I's touching instead (a photocopied copy thickens every stroke): "IM." for "III.".
    [InlineData("IM. Acuerdos tomados", SectionKind.Agreements)]
    [InlineData("IM. LISTA DE ASISTENCIA", SectionKind.Attendance)]
    public void A_misread_roman_numeral_numbers_the_heading(string heading, SectionKind kind) =>
        Assert.Equal(kind, Kind(heading));

    [Theory]
    [InlineData("Tt. Acuerdos")]
    [InlineData("Mm. Acuerdos")]
    [InlineData("Jt. Acuerdos")]
    [InlineData("Tm. Acuerdos")]
    [InlineData("Las tareas del grupo")]
    public void Letters_that_are_no_numeral_open_no_section(string heading) =>
        Assert.Null(Kind(heading));
}
