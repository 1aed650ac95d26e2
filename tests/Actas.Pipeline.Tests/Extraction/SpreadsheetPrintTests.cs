using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A relator's workbook: the session kept sheet by sheet (data, attendance, one goal per row, agreements), pasted into
/// Word or printed with the spreadsheet's row and column headings on.
/// </summary>
public sealed class SpreadsheetPrintTests
{
    /// <summary>The sheet as printed with headings: "| A | B …" over it and the row numbers down its left side.</summary>
    private static Table Printed(params string[][] rows)
    {
        var width = rows.Max(r => r.Length);
        var letters = new[] { "" }.Concat(Enumerable.Range(0, width).Select(i => ((char)('A' + i)).ToString())).ToArray();
        return T([letters, .. rows.Select((r, i) => new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(r).ToArray())]);
    }

    private static readonly string[] GridHeader =
        ["ESTRATEGIA", "META", "DESCRIPCIÓN DE LA META", "INDICADOR", "ENTE RESPONSABLE", "¿REPORTÓ?", "AVANCE REPORTADO", "RETROALIMENTACIÓN SE", "OBSERVACIONES DE LOS Y LAS PARTICIPANTES"];

    private static readonly string[] FirstGoal =
        ["207. Reducir los tiempos de traslado en el transporte público", "207.1", "Ampliar los carriles exclusivos", "Kilómetros de carril", "SEMOVI", "SÍ", "Se habilitaron 12 kilómetros de carril exclusivo.", "Falta el dato por alcaldía.", "Las usuarias piden más vigilancia nocturna."];

    private static readonly string[] SecondGoal =
        ["", "207.2", "Renovar las unidades", "Unidades renovadas", "METROBÚS", "NO", "S/I", "Se pide el informe para la próxima sesión.", ""];

    [Fact]
    public void A_goal_grid_headed_by_the_acronym_of_the_secretariat_and_inclusive_articles_is_read()
    {
        var acta = ExtractPdf(
            P("ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA MOVILIDAD · 4a. SESIÓN ORDINARIA · 14/03/2016"),
            P("SEGUIMIENTO DE ESTRATEGIAS"),
            T(GridHeader, FirstGoal, SecondGoal));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["207.1", "207.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal(
            [(FeedbackSection.Retroalimentacion, "Falta el dato por alcaldía."), (FeedbackSection.Observacion, "Las usuarias piden más vigilancia nocturna."),
             (FeedbackSection.Retroalimentacion, "Se pide el informe para la próxima sesión.")],
            strategy.Feedback.Select(f => (f.Section, f.Text)));
    }

    [Fact]
    public void A_tracking_matrix_with_a_period_and_a_bare_situation_column_is_a_goal_grid()
    {
        // "Periodo" names no field of the goal; a bare "Situación" holds whether the goal was reported.
        var acta = Extract(
            P("Minuta de la segunda sesión ordinaria del Espacio de Participación del Derecho a la Movilidad", ParagraphRole.Heading),
            P("Fecha: 14 de marzo de 2016"),
            P("SEGUIMIENTO DE ESTRATEGIAS"),
            T(["No.", "Estrategia", "Meta", "Descripción de la meta", "Indicador", "Instancia ejecutora", "Periodo reportado", "Informe de la instancia", "Situación"],
              ["1", "207. Reducir los tiempos de traslado", "207.1", "Ampliar los carriles exclusivos", "Kilómetros de carril", "SEMOVI", "ene-mar 2016", "Se habilitaron 12 kilómetros de carril.", "Reportada"],
              ["2", "207. Reducir los tiempos de traslado", "207.2", "Renovar las unidades", "Unidades renovadas", "Metrobús", "ene-mar 2016", "Sin reporte", "No reportada"]));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(207, strategy.Number);
        Assert.Equal(["207.1", "207.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal("Se habilitaron 12 kilómetros de carril.", strategy.Goals[0].Report);
    }

    [Fact]
    public void A_sheet_printed_over_then_down_is_one_grid_again()
    {
        // The columns that did not fit went to the next page, over the same rows, matched only by row order.
        var acta = ExtractPdf(
            P("Minuta de la segunda sesión ordinaria del Espacio de Participación del Derecho a la Movilidad", ParagraphRole.Heading),
            P("Fecha: 14 de marzo de 2016"),
            P("SEGUIMIENTO DE ESTRATEGIAS"),
            T(["No.", "Estrategia", "Meta", "Descripción de la meta"],
              ["1", "207. Reducir los tiempos de traslado", "207.1", "Ampliar los carriles exclusivos"],
              ["2", "207. Reducir los tiempos de traslado", "207.2", "Renovar las unidades"]),
            P("tablero_movilidad.xlsx · Hoja 1 · Página 1"),
            T(["Instancia ejecutora", "Informe de la instancia", "Situación"],
              ["Metrobús", "Sin reporte", "No reportada"],
              ["SEMOVI", "Se renovaron 30 unidades.", "Reportada"]) with { Location = At(2) });

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["207.1", "207.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(["Metrobús", "SEMOVI"], strategy.Goals.Select(g => g.Executor));
        Assert.Equal([ReportStatus.NotReported, ReportStatus.Reported], strategy.Goals.Select(g => g.ReportStatus));
    }

    [Fact]
    public void A_whole_goal_grid_and_the_agreements_on_the_next_page_over_as_many_rows_stay_two_grids()
    {
        var acta = ExtractPdf(
            P("Minuta de la segunda sesión ordinaria del Espacio de Participación del Derecho a la Movilidad", ParagraphRole.Heading),
            P("Fecha: 14 de marzo de 2016"),
            P("SEGUIMIENTO DE ESTRATEGIAS"),
            T(["Estrategia", "Meta", "Descripción de la meta", "Instancia ejecutora", "Informe de la instancia"],
              ["207. Reducir los tiempos de traslado", "207.1", "Ampliar los carriles exclusivos", "SEMOVI", "Se habilitaron 12 kilómetros de carril."],
              ["", "207.2", "Renovar las unidades", "Metrobús", "Sin reporte"]),
            P("ACUERDOS") with { Location = At(2) },
            T(["No.", "Acuerdo", "Responsable"],
              ["1", "SEMOVI enviará el mapa de carriles.", "SEMOVI"],
              ["2", "Metrobús presentará su informe.", "Metrobús"]) with { Location = At(2) });

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["SEMOVI", "Metrobús"], strategy.Goals.Select(g => g.Executor));
        Assert.Equal("Se habilitaron 12 kilómetros de carril.", strategy.Goals[0].Report);
        Assert.Equal(2, acta.Agreements.Count);
    }

    [Fact]
    public void Row_and_column_headings_of_a_printed_sheet_are_not_read_as_its_cells()
    {
        var acta = ExtractPdf(
            P("Libro_2016.xlsx — DATOS"),
            Printed(["FECHA", "14/03/2016"], ["SEDE", "Sala de juntas de la SEMOVI"]),
            P("Libro_2016.xlsx — ASISTENCIA"),
            Printed(
                ["LISTA DE ASISTENCIA – 4a. SESIÓN ORDINARIA – 14/03/2016"],
                ["NO.", "NOMBRE", "INSTITUCIÓN", "CARGO", "TIPO"],
                ["1", "MARTA SOLÍS ROJO", "SEMOVI", "DIRECTORA", "GOBIERNO CDMX"],
                ["2", "JUAN PÉREZ LARA", "RUEDA LIBRE A.C.", "COORDINADOR", "OSC"]),
            P("Libro_2016.xlsx — SEGUIMIENTO"),
            Printed(["SEGUIMIENTO DE ESTRATEGIAS – 4a. SESIÓN ORDINARIA"], GridHeader, FirstGoal, SecondGoal),
            P("Libro_2016.xlsx — ACUERDOS"),
            Printed(
                ["ACUERDOS – 4a. SESIÓN ORDINARIA – 14/03/2016"],
                ["NO.", "ACUERDO", "RESPONSABLE", "FECHA COMPROMISO"],
                ["1", "La SEMOVI enviará el mapa de carriles.", "SEMOVI", "01/04/2016"]));

        Assert.Equal(["MARTA SOLÍS ROJO", "JUAN PÉREZ LARA"], acta.Attendance.Select(a => a.Name));
        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["207.1", "207.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal("Se habilitaron 12 kilómetros de carril exclusivo.", strategy.Goals[0].Report);
        var agreement = Assert.Single(acta.Agreements);
        Assert.Equal("La SEMOVI enviará el mapa de carriles.", agreement.Text);
    }
}
