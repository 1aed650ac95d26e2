using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Attendance laid out as cards: a borderless grid of cells, each a name over its body, under sector headings; and a
/// Meta column whose cell opens with its own "Meta NNN.k" line.
/// </summary>
public sealed class AttendanceCardTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("ACTA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA PRIVACIDAD", ParagraphRole.Heading),
        P("Fecha: 3 de febrero de 2021"),
    ];

    private static TableCell Card(int column, params string[] lines) => new(column, 1, lines);

    [Fact]
    public void Each_card_of_a_grid_is_a_person_over_the_body_below_the_name()
    {
        var acta = Extract([.. Opening,
            P("ASISTENCIA", ParagraphRole.Heading),
            P("Instancias ejecutoras", ParagraphRole.Heading),
            new Table(
            [
                new TableRow([Card(0, "Marisol Quintero Ávila", "Secretaría de Salud de la Ciudad de México"), Card(1, "Óscar Beltrán Nava", "SSC")]),
                new TableRow([Card(0, "Teresa Ocampo Lira", "Instituto Nacional de Transparencia, Protección de Datos Personales y Acceso a la Información"), Card(1, "")]),
            ], 2, false, At()),
            P("Sociedad civil", ParagraphRole.Heading),
            new Table([new TableRow([Card(0, "Julián Esparza Mora", "Colectivo Datos Libres"), Card(1, "")])], 2, false, At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La SSC enviará su aviso de privacidad."),
        ]);

        Assert.Equal(["Marisol Quintero Ávila", "Óscar Beltrán Nava", "Teresa Ocampo Lira", "Julián Esparza Mora"], acta.Attendance.Select(a => a.Name));
        Assert.Equal(["SEDESA", "SSPCDMX", null, null], acta.Attendance.Select(a => a.InstitutionKey));
        Assert.Equal("Instituto Nacional de Transparencia, Protección de Datos Personales y Acceso a la Información", acta.Attendance[2].Institution);
        Assert.Equal([Sector.InstanciaEjecutora, Sector.InstanciaEjecutora, Sector.InstanciaEjecutora, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
    }

    [Fact]
    public void A_meta_cell_opening_with_its_own_goal_line_is_one_goal()
    {
        var acta = Extract([.. Opening,
            P("SEGUIMIENTO", ParagraphRole.Heading),
            new Table(
            [
                new TableRow([new TableCell(0, 4, ["Estrategia 231. Proteger los datos personales en los registros públicos"])]),
                new TableRow([new TableCell(0, 1, ["Meta"]), new TableCell(1, 1, ["Responsable"]), new TableCell(2, 1, ["¿Reportó?"]), new TableCell(3, 1, ["Informe"])]),
                new TableRow([new TableCell(0, 1, ["Meta 231.1", "Se depuran los padrones con datos sensibles."]), new TableCell(1, 1, ["ADIP"]),
                    new TableCell(2, 1, ["☒ Sí⏎☐ No".Replace("⏎", "\n")]), new TableCell(3, 1, ["Se depuraron 14 padrones."])]),
                new TableRow([new TableCell(0, 1, ["META 231.2:", "Se publica un aviso de privacidad por trámite."]), new TableCell(1, 1, ["ADIP"]),
                    new TableCell(2, 1, ["☐ Sí ☒ No"]), new TableCell(3, 1, [""])]),
            ], 4, true, At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La ADIP enviará los avisos de privacidad."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["231.1", "231.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(["Se depuran los padrones con datos sensibles.", "Se publica un aviso de privacidad por trámite."], strategy.Goals.Select(g => g.Text));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
    }

    [Fact]
    public void A_row_of_names_over_a_row_of_their_bodies_pairs_them_by_column()
    {
        static TableRow Row(params string[] cells) => new(cells.Select((c, i) => new TableCell(i, 1, [c])).ToList());
        var acta = Extract([.. Opening,
            P("ASISTENCIA", ParagraphRole.Heading),
            P("Instancias ejecutoras", ParagraphRole.Heading),
            new Table([Row("Marisol Quintero Ávila", "Óscar Beltrán Nava"), Row("Secretaría de Salud de la Ciudad de México", "SSC"), Row("Teresa Ocampo Lira", "Joaquín Ruelas Díaz"), Row("ADIP", "")], 2, false, At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La SSC enviará su aviso de privacidad."),
        ]);

        Assert.Equal(["Marisol Quintero Ávila", "Óscar Beltrán Nava", "Teresa Ocampo Lira", "Joaquín Ruelas Díaz"], acta.Attendance.Select(a => a.Name));
        Assert.Equal(["Secretaría de Salud de la Ciudad de México", "SSC", "ADIP", null], acta.Attendance.Select(a => a.Institution));
    }
}
