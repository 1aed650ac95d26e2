using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Tables nested in a cell beside cells of their own: people grouped by body (a cell per body, a nested table of its
/// people) and goals as a heading cell beside a nested label | value table. The readers flatten a nested table into one
/// paragraph per nested row, its cells joined by " | ".
/// </summary>
public sealed class NestedTableTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("ACTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
        P("Fecha: 14 de marzo de 2022"),
    ];

    private static TableRow Band(string text) => new([new TableCell(0, 2, [text])]);

    private static TableRow Body(string body, params string[] nestedRows) => new([new TableCell(0, 1, [body]), new TableCell(1, 1, [.. nestedRows, ""])]);

    [Fact]
    public void Each_person_of_a_nested_table_is_an_attendee_of_the_body_beside_it()
    {
        var acta = Extract([.. Opening,
            P("LISTA DE ASISTENCIA", ParagraphRole.Heading),
            new Table(
            [
                new TableRow([new TableCell(0, 1, ["Dependencia"]), new TableCell(1, 1, ["Asistentes"])]),
                Band("Instancias ejecutoras"),
                Body("Sistema de Aguas de la Ciudad de México", "Rocío Villaseñor Páez | Subdirectora de Calidad", "Tomás Ugalde Ríos | Enlace"),
                Band("Organizaciones de la sociedad civil"),
                Body("Red Ciudadana por el Agua", "Gerardo Nieto Lara | Vocero"),
                Band("Otras instancias"),
                Body("Universidad del Valle de Anáhuac", "Irene Cárdenas Soto | Investigadora"),
            ], 2, true, At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El SACMEX enviará el calendario de tandeo."),
        ]);

        Assert.Equal(["Rocío Villaseñor Páez", "Tomás Ugalde Ríos", "Gerardo Nieto Lara", "Irene Cárdenas Soto"], acta.Attendance.Select(a => a.Name));
        Assert.Equal(["Sistema de Aguas de la Ciudad de México", "Sistema de Aguas de la Ciudad de México", "Red Ciudadana por el Agua", "Universidad del Valle de Anáhuac"],
            acta.Attendance.Select(a => a.Institution));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.InstanciaEjecutora, Sector.SociedadCivil, Sector.Otro], acta.Attendance.Select(a => a.Sector));
    }

    [Fact]
    public void A_goal_heading_beside_a_nested_label_value_table_reads_as_the_goal_block()
    {
        var acta = Extract([.. Opening,
            P("SEGUIMIENTO", ParagraphRole.Heading),
            new Table(
            [
                Band("Estrategia 118. Asegurar el suministro de agua potable en colonias con tandeo"),
                Body("Meta 118.1", "Meta | Se instalan tanques comunitarios en colonias con tandeo.", "Indicador | Tanques instalados.",
                    "Informe | Se colocaron 37 tanques comunitarios.", "Retroalimentación | Falta desagregar los tanques por alcaldía."),
                Body("Meta 118.2", "Meta | Se publica el calendario de tandeo.", "Indicador | Calendario publicado.", "Informe | —"),
            ], 2, true, At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El SACMEX enviará el calendario de tandeo."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(118, strategy.Number);
        Assert.Equal(["118.1", "118.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal("Se colocaron 37 tanques comunitarios.", strategy.Goals[0].Report);
        Assert.Equal([(37m, "tanques")], strategy.Figures.Select(f => (f.Value, f.Unit)));
        Assert.Equal(["Falta desagregar los tanques por alcaldía."], strategy.Feedback.Select(f => f.Text));
    }

    [Fact]
    public void A_cell_with_a_bar_inside_ordinary_text_is_not_a_nested_table()
    {
        var acta = Extract([.. Opening,
            P("LISTA DE ASISTENCIA", ParagraphRole.Heading),
            new Table(
            [
                new TableRow([new TableCell(0, 1, ["Nombre"]), new TableCell(1, 1, ["Institución"])]),
                new TableRow([new TableCell(0, 1, ["Rocío Villaseñor Páez"]), new TableCell(1, 1, ["SACMEX | Dirección de Agua Potable", "Oficina central"])]),
            ], 2, true, At()),
        ]);

        Assert.Equal(["Rocío Villaseñor Páez"], acta.Attendance.Select(a => a.Name));
    }
}
