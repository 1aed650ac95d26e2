using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A minuta on an outline list whose "Informe:" lines only send the reader to an endnote, which names the goal first
/// ("Meta 12.1. Informe de …: text"); and an attendance cell that writes each person's post after a dash.
/// </summary>
public sealed class EndnoteReportTests
{
    [Fact]
    public void A_report_line_that_points_at_a_note_takes_the_notes_text()
    {
        var acta = Extract(
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS CULTURALES", ParagraphRole.Heading),
            P("1. Seguimiento de estrategias y metas", ParagraphRole.Heading),
            P("Estrategia 212. Acercar las bibliotecas a los barrios."),
            P("Meta 212.1. Abrir bibliotecas de barrio."),
            P("Indicador: Número de bibliotecas abiertas."),
            P("Informe: la instancia entregó su informe, que se transcribe en la nota ii al final de la minuta."),
            P("Meta 212.2. Formar mediadores de lectura."),
            P("Informe: no se recibió."),
            P("2. Acuerdos", ParagraphRole.Heading),
            P("2.1. La Secretaría de Cultura enviará el padrón de bibliotecas."),
            Note(" Meta 212.1. Informe de la Secretaría de Cultura: Se abrieron 4 bibliotecas en Iztapalapa."),
            Note(" Meta 212.2. Sin informe. La Secretaría no lo entregó."));

        var goals = Assert.Single(acta.Strategies).Goals;
        Assert.Equal("Se abrieron 4 bibliotecas en Iztapalapa.", goals[0].Report);
        Assert.Equal(ReportStatus.Reported, goals[0].ReportStatus);
        Assert.Null(goals[1].Report);
    }

    [Fact]
    public void A_note_naming_the_goal_first_is_its_report()
    {
        Assert.Equal(("7.2", "Se entregaron 30 becas."), NoteReports.Report("Meta 7.2. Informe de la Secretaría de Educación: Se entregaron 30 becas."));
        Assert.True(NoteReports.PointsToNote("Informe: su informe se transcribe en la nota iii al final."));
        Assert.False(NoteReports.PointsToNote("Informe: se notaron avances en 12 alcaldías."));
    }

    [Fact]
    public void A_note_read_from_a_pdf_with_its_roman_mark_first_is_still_the_goals_report()
    {
        Assert.Equal(("18.4", "Se instalaron 12 bebederos."), NoteReports.Report("vi Meta 18.4. Informe de la Alcaldía Tlalpan: Se instalaron 12 bebederos."));
        Assert.Equal(("18.5", "Se pintaron 3 escuelas."), NoteReports.Report("ii Informe del Instituto de Infraestructura, meta 18.5: Se pintaron 3 escuelas."));
    }

    [Fact]
    public void A_post_after_a_dash_in_a_name_cell_is_no_part_of_the_name()
    {
        var acta = Extract(
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS CULTURALES"),
            P("Fecha: 3 de mayo de 2017"),
            P("1. Lista de asistencia", ParagraphRole.Heading),
            T(["Institución u organización", "Asistente(s)"],
              ["Secretaría de Cultura", "Lic. Ramiro Olvera Tapia — Director de Bibliotecas\nMtra. Inés Barrera Cota — Jefa de Unidad de Lectura"],
              ["Colectivo Libros en la Calle, A.C.", "C. Julia Nava Reyes — Presidenta"],
              ["Secretaría Ejecutiva", "Mtra. Sara Lince Ochoa — Relatora"]),
            P("2. Acuerdos", ParagraphRole.Heading),
            P("2.1. La Secretaría de Cultura enviará el padrón de bibliotecas."));

        Assert.Equal(
            ["Lic. Ramiro Olvera Tapia", "Mtra. Inés Barrera Cota", "C. Julia Nava Reyes", "Mtra. Sara Lince Ochoa"],
            acta.Attendance.Select(a => a.Name));
    }

    private static Paragraph Note(string text) => new(text, ParagraphRole.Body, At() with { Region = DocumentRegion.Footnote });
}
