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
}
