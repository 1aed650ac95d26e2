using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A community portal that writes every heading in two languages, "Label · Etiqueta": the Spanish half after the middle
/// dot names the section; an attendance table headed by the kinds of body it lists ("Comunidad u organización") is read
/// as the institution column.
/// </summary>
public sealed class BilingualHeadingTests
{
    [Theory]
    [InlineData("Huey tlatolli · Asistencia", SectionKind.Attendance)]
    [InlineData("Ome tlamantli · Acuerdos", SectionKind.Agreements)]
    [InlineData("Kuali tekitl · Personas que asistieron", SectionKind.Attendance)]
    public void The_spanish_half_of_a_paired_heading_names_the_section(string heading, SectionKind kind)
    {
        Assert.Equal(kind, SectionDetector.Classify(new Row([new RowCell(0, 1, [heading])], At(), null, true, ParagraphRole.Heading)));
    }

    [Fact]
    public void A_paired_heading_over_a_table_of_communities_and_people_gives_the_attendance()
    {
        var acta = Extract(
            P("Cuarta reunión ordinaria del Espacio de Participación de los Derechos de los Pueblos Originarios", ParagraphRole.Heading),
            P("Fecha: 8 de octubre de 2019"),
            P("Ixtlamatiliztli · Personas que asistieron", ParagraphRole.Heading),
            T(["Comunidad u organización", "Nombre"],
              ["Secretaría de Cultura de la Ciudad de México", "Mtra. Rosa Itzel Campos Ávila (Enlace)"],
              ["Colectivo Tlalli Yolotl", "C. Mario Acatl Ramírez (Integrante)"]),
            P("Tlanahuatilli · Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría de Cultura enviará el calendario de consultas."));

        Assert.Equal(["Mtra. Rosa Itzel Campos Ávila", "C. Mario Acatl Ramírez"], acta.Attendance.Select(a => a.Name));
        Assert.Equal(["Secretaría de Cultura de la Ciudad de México", "Colectivo Tlalli Yolotl"], acta.Attendance.Select(a => a.Institution));
    }
}
