using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A tracking workbook printed sheet after sheet: a goal-per-row grid, then the attendance and agreements sheets.</summary>
public sealed class PrintedWorkbookTests
{
    [Fact]
    public void A_goal_grid_with_a_column_naming_who_remarked_is_read()
    {
        var acta = Extract(
            P("Reunión ordinaria 3 del Espacio, 11/05/2022"),
            T(["Estrategia", "Meta", "Responsable", "Avance reportado", "Observaciones", "Quién comenta"],
              ["402 · Garantizar el acceso a bibliotecas públicas", "402.1 Ampliar los horarios de las bibliotecas", "Secretaría de Cultura", "Se abrieron 12 bibliotecas en domingo.", "Faltan bibliotecas en el oriente.", "Irma Solano (Red Lectora)"]));

        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal("402.1", goal.Id);
        Assert.Equal("Se abrieron 12 bibliotecas en domingo.", goal.Report);
    }

    [Fact]
    public void A_goal_grid_whose_header_row_is_ruled_apart_is_read()
    {
        var acta = ExtractPdf(
            P("Reunión ordinaria 3 del Espacio, 11/05/2022"),
            T(["Estrategia", "Meta", "Responsable", "Avance reportado"]),
            T(["402 · Garantizar el acceso a bibliotecas públicas", "402.1 Ampliar los horarios de las bibliotecas", "Secretaría de Cultura", "Se abrieron 12 bibliotecas en domingo."]));

        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal("Se abrieron 12 bibliotecas en domingo.", goal.Report);
    }

    [Fact]
    public void Sheets_without_headings_open_their_sections_by_column_header_and_the_screen_around_them_is_dropped()
    {
        var acta = ExtractPdf(
            P("Archivo Editar Ver Insertar Formato Datos Herramientas Ayuda"),
            P("Sesión ordinaria 3, 11/05/2022"),
            T(["Estrategia", "Meta", "Responsable", "Avance reportado", "Observaciones"],
              ["402 · Garantizar el acceso a bibliotecas públicas", "402.1 Ampliar los horarios de las bibliotecas", "Secretaría de Cultura", "Se abrieron 12 bibliotecas en domingo.", "Faltan bibliotecas en el oriente."]),
            T(["＋ ☰", "Sesión 3", "Asistencia", "Acuerdos"]),
            T(["fx", "Nombre"]),
            T(["Nombre", "Institución", "Sector"]),
            T(["Rosa Vidal Ochoa", "Secretaría de Salud de la Ciudad de México", "Gobierno CDMX"]),
            T(["＋ ☰", "Sesión 3", "Asistencia", "Acuerdos"]),
            T(["#", "Acuerdo", "Responsable", "Fecha compromiso"]),
            T(["1", "La Secretaría de Cultura enviará el directorio de bibliotecas.", "SECULT", "30/05/2022"]));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["Faltan bibliotecas en el oriente."], strategy.Feedback.Select(f => f.Text));
        Assert.Equal(["Rosa Vidal Ochoa"], acta.Attendance.Select(a => a.Name));
        Assert.Equal(["La Secretaría de Cultura enviará el directorio de bibliotecas."], acta.Agreements.Select(a => a.Text));
    }
}
