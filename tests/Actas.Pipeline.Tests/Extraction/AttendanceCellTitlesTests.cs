using Actas.Pipeline.Evaluation;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// An Institución | Asistentes | Sector attendance table with several titled people in one cell and a legend of the
/// abbreviations (sector column) parted by middle dots, one of them with an aside in parentheses.
/// </summary>
public sealed class AttendanceCellTitlesTests
{
    private static LayoutBlock[] Document(string twoPeople) =>
    [
        P("MINUTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE PERSONAS CUIDADORAS"),
        P("Fecha: 4 de marzo de 2020"),
        P("1. Asistencia", ParagraphRole.Heading),
        T(["Institución", "Asistentes", "Sector"],
          ["Secretaría de Inclusión y Bienestar Social", twoPeople, "IG"],
          ["Colegio de México", "Dr. Ernesto Lugo Sandoval", "OA"],
          ["Cuidadoras en Red, A.C.", "Sra. Marisol Peña Ávalos", "OSC"]),
        P("IG: institución de gobierno · OA: otros actores (universidades y dependencias federales) · OSC: organización civil."),
        P("2. Acuerdos", ParagraphRole.Heading),
        P("1. La SIBISO enviará su padrón de personas cuidadoras."),
    ];

    [Fact]
    public void A_legend_parted_by_middle_dots_names_every_abbreviation()
    {
        var acta = Extract(Document("Lic. Raúl Esparza Quiroz"));

        Assert.Equal(Sector.Otro, acta.Attendance.Single(a => a.Name.Contains("Lugo")).Sector);
        Assert.Equal(Sector.SociedadCivil, acta.Attendance.Single(a => a.Name.Contains("Peña")).Sector);
        Assert.Equal(Sector.InstanciaEjecutora, acta.Attendance.Single(a => a.Name.Contains("Esparza")).Sector);
    }

    [Fact]
    public void Titled_names_a_pdf_ran_into_one_line_are_two_people()
    {
        var acta = ExtractPdf(Document("Ing. Raúl Esparza Quiroz Profra. Dalia Ocampo Vera"));

        var sibiso = acta.Attendance.Where(a => a.Institution == "Secretaría de Inclusión y Bienestar Social").Select(a => a.Name).ToList();
        Assert.Equal(["Ing. Raúl Esparza Quiroz", "Profra. Dalia Ocampo Vera"], sibiso);
    }

    [Fact]
    public void A_middle_initial_does_not_cut_a_name()
    {
        Assert.Null(PersonNames.SplitAtTitles("Juan C. Pérez Luna"));
        Assert.Null(PersonNames.SplitAtTitles("Lic. Juan C. Pérez Luna"));
        Assert.Equal(["Mtra. Ana Ruiz", "Dr. Luis Mora"], PersonNames.SplitAtTitles("Mtra. Ana Ruiz Dr. Luis Mora"));
    }

    [Fact]
    public void The_scorer_drops_profr_and_profra_as_it_drops_prof()
    {
        Assert.Equal("dalia ocampo vera", TextNormalizer.Name("Profra. Dalia Ocampo Vera"));
        Assert.Equal("juan ruiz", TextNormalizer.Name("Profr. Juan Ruiz"));
    }
}
