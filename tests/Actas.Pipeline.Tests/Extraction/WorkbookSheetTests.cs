using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A tracking workbook pasted sheet by sheet (blind batch S, S3): every invitee listed with whether they came, and a goal grid whose
/// remarks column names the members who made them.
/// </summary>
public sealed class WorkbookSheetTests
{
    [Fact]
    public void An_invitee_marked_as_not_attending_is_no_attendee()
    {
        var acta = Extract(
            P("Cuarta sesión ordinaria del Espacio, 09/06/2023"),
            P("Asistencia"),
            T(["#", "Nombre", "Institución", "Sector", "¿Asistió?"],
              ["1", "Gabriela Montes Ruiz", "Secretaría de Cultura", "Gobierno", "Sí"],
              ["2", "Tomás Leyva Ortiz", "Casa del Lector, A.C.", "OSC", "no"],
              ["3", "Nadia Cordero Paz", "Universidad Autónoma Metropolitana", "Academia", "Sí"]));

        Assert.Equal(["Gabriela Montes Ruiz", "Nadia Cordero Paz"], acta.Attendance.Select(a => a.Name));
    }

    [Fact]
    public void A_goal_grid_with_a_column_of_members_remarks_is_read_under_its_merged_strategy_cell()
    {
        var acta = Extract(
            P("Cuarta sesión ordinaria del Espacio, 09/06/2023"),
            T(["Estrategia", "Meta", "Descripción de la meta", "Instancia responsable", "Informe de la instancia", "Observaciones de integrantes"],
              ["402 – Garantizar el acceso a bibliotecas públicas", "402.1", "Ampliar los horarios de las bibliotecas", "Secretaría de Cultura", "Se abrieron 12 bibliotecas en domingo.", "Irma Solano (Red Lectora): faltan bibliotecas en el oriente."],
              ["", "402.2", "Digitalizar los acervos", "Secretaría de Cultura", "Se digitalizaron 800 libros.", ""]));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(402, strategy.Number);
        Assert.Equal(["402.1", "402.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal("Se digitalizaron 800 libros.", strategy.Goals[1].Report);
    }
}
