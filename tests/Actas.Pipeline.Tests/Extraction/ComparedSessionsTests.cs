using Actas.Pipeline.Extraction.Grids;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A cuadro comparativo sets this session beside the previous one column by column: only this session's columns are the
/// acta (the previous one's, and a "Variación" between them, are dropped; attendance ticks keep who came today).
/// </summary>
public sealed class ComparedSessionsTests
{
    private static TableRow Row(params string[] cells) => new(cells.Select((c, i) => new TableCell(i, 1, [c])).ToList());

    [Fact]
    public void Attendance_ticks_under_two_sessions_keep_the_people_present_today()
    {
        var table = new Table(
            [
                Row("No.", "Nombre", "Institución", "3ª", "4ª"),
                Row("1", "Lic. Ana Ruiz Peña", "SEDEMA", "✓", "✓"),
                Row("2", "Ing. Luis Mora Gil", "SOBSE", "✓", "—"),
                Row("3", "C. Eva Soto Lara", "PAOT", "—", "✓"),
            ],
            5, true, new SourceLocation(1, 1));

        var kept = (Table)ComparedSessions.Keep(table);

        Assert.Equal(
            ["No. | Nombre | Institución", "1 | Lic. Ana Ruiz Peña | SEDEMA", "3 | C. Eva Soto Lara | PAOT"],
            kept.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text))));
    }

    [Fact]
    public void The_session_data_and_the_reports_are_this_sessions_column()
    {
        var acta = Extract(
            P("MINUTA COMPARATIVA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            new Table(
                [
                    Row("Dato", "Tercera Sesión Ordinaria (anterior)", "Cuarta Sesión Ordinaria (esta sesión)"),
                    Row("Fecha", "14/03/2021", "11/04/2021"),
                    Row("Hora de inicio", "10:00", "11:30"),
                ],
                3, true, At()),
            P("Estrategia 230. Garantizar el abasto de agua potable en colonias con tandeo", ParagraphRole.Heading),
            new Table(
                [
                    Row("Meta", "Indicador", "Responsable", "Informe 3ª sesión", "Informe 4ª sesión", "Variación"),
                    Row("230.1 Distribuir agua en pipas a las colonias sin servicio", "Número de viajes de pipa", "SACMEX",
                        "Se realizaron 900 viajes.", "Se realizaron 1,240 viajes de pipa en Iztapalapa.", "↑ 340 viajes"),
                ],
                6, true, At()));

        Assert.Equal(("2021-04-11", "11:30"), (acta.Session.Date, acta.Session.StartTime));
        var goal = acta.Strategies.Single(s => s.Number == 230).Goals.Single();
        Assert.Equal(("230.1", "Se realizaron 1,240 viajes de pipa en Iztapalapa."), (goal.Id, goal.Report));
    }
    [Fact]
    public void A_running_matrix_reports_each_goal_in_the_column_of_this_session()
    {
        var acta = Extract(
            P("SEGUIMIENTO ACUMULADO · QUINTA REUNIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 9 de junio de 2022"),
            P("Avance de metas", ParagraphRole.Heading),
            new Table(
                [
                    Row("Meta e indicador", "Responsable", "Tercera reunión", "Cuarta reunión", "Quinta reunión (reunión actual)", "Observaciones (reunión actual)"),
                    new TableRow([new TableCell(0, 6, ["Estrategia 231. Sanear los cuerpos de agua de la zona lacustre"])]),
                    Row("Meta 231.1 Retirar lirio acuático de los canales", "SEDEMA",
                        "Se retiraron 300 toneladas.", "Se retiraron 450 toneladas.", "Se limpiaron 38 kilómetros de canal en Xochimilco.",
                        "Secretaría Ejecutiva: Se pide precisar el destino del lirio retirado."),
                    Row("Meta 231.2 Instalar biodigestores en viviendas ribereñas", "SEDEMA",
                        "Se licitaron los equipos.", "Sin informe.", "Sin informe.", "Secretaría Ejecutiva: Se exhorta a informar en la próxima reunión."),
                ],
                6, true, At()));

        var goals = acta.Strategies.Single(s => s.Number == 231).Goals;
        Assert.Equal(
            [("231.1", "Se limpiaron 38 kilómetros de canal en Xochimilco."), ("231.2", null)],
            goals.Select(g => (g.Id, g.Report)));
        Assert.Equal([38m], acta.Strategies.SelectMany(s => s.Figures).Select(f => f.Value));
        Assert.Contains(acta.Strategies.SelectMany(s => s.Feedback), f => f.Text.StartsWith("Se pide precisar", StringComparison.Ordinal));
    }
}
