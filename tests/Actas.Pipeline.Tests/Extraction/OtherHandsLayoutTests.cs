using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Layouts of other Secretarías Técnicas, as the layout model every reader produces: attendance
/// written line by line in side-by-side cells, one "ficha" cell per goal, observations grouped
/// by strategy after the tables, the session told only in the opening sentence.
/// </summary>
public sealed class OtherHandsLayoutTests
{
    private static int _block;

    private static Paragraph P(string text, ParagraphRole role = ParagraphRole.Body) => new(text, role, new SourceLocation(1, _block++));

    private static Table T(params string[][][] rows)
    {
        var block = _block++;
        return new Table(
            rows.Select(r => new TableRow(r.Select((paragraphs, i) => new TableCell(i, 1, paragraphs)).ToList())).ToList(),
            rows.Max(r => r.Length), true, new SourceLocation(1, block));
    }

    private static Acta Extract(params LayoutBlock[] blocks) =>
        new ActaExtractor().Extract(new LayoutDocument("other.docx", "docx", new string('0', 64), 1, blocks, []));

    [Fact]
    public void Opening_sentence_gives_time_and_place_and_side_by_side_cells_give_the_attendance()
    {
        var acta = Extract(
            P("ACTA DE LA SESIÓN ORDINARIA VIII DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LAS PERSONAS CON DISCAPACIDAD", ParagraphRole.Heading),
            P("En la Ciudad de México, siendo las diez horas con quince minutos del día jueves veinticuatro de noviembre de dos mil dieciséis, " +
              "reunidos en la sala de juntas del INDEPEDI, ubicada en avenida Coyoacán 1435, colonia Del Valle, se llevó a cabo la octava sesión ordinaria."),
            T([
                ["Por las instancias ejecutoras:", "Lic. Héctor Manuel Rivas Peña", "INDEPEDI", "Dra. Claudia Esther Montaño Ruiz", "Secretaría de Salud del Distrito Federal"],
                ["Por la sociedad civil:", "Arturo Zepeda Molina", "Colectivo Sordos en Acción", "Por la Secretaría Ejecutiva:", "Daniela Ruiz Esquivel", "Secretaría Ejecutiva"],
            ]),
            P("Estrategia 363. Fortalecer el registro de la discapacidad.", ParagraphRole.Heading),
            P("Meta 363.1\tSe opera un padrón único."),
            P("Reporte:"),
            P("Se registraron 48 personas."));

        Assert.Equal(8, acta.Session.Number);
        Assert.Equal("2016-11-24", acta.Session.Date);
        Assert.Equal("10:15", acta.Session.StartTime);
        Assert.Equal("sala de juntas del INDEPEDI, ubicada en avenida Coyoacán 1435, colonia Del Valle", acta.Session.Place);
        Assert.Equal(
            [("Lic. Héctor Manuel Rivas Peña", Sector.InstanciaEjecutora, "INDEPEDI"), ("Dra. Claudia Esther Montaño Ruiz", Sector.InstanciaEjecutora, "SEDESA"),
             ("Arturo Zepeda Molina", Sector.SociedadCivil, (string?)null), ("Daniela Ruiz Esquivel", Sector.SecretariaEjecutiva, "SE-PDHCDMX")],
            acta.Attendance.Select(a => (a.Name, a.Sector, a.InstitutionKey)));
        Assert.Equal("363.1", Assert.Single(Assert.Single(acta.Strategies).Goals).Id);
    }

    [Fact]
    public void A_ficha_cell_per_goal_repeating_the_strategy_reads_as_one_strategy_with_the_comments_after_each_table()
    {
        var acta = Extract(
            P("Minuta de la Segunda Reunión de Trabajo del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            T([["Fecha: 25 de agosto de 2016", "Hora: 12:00 horas", "Sede: Oficinas centrales del SACMEX"]]),
            P("Desarrollo", ParagraphRole.Heading),
            T([["Estrategia 180: Garantizar el acceso al agua.", "Meta 180.1: Se amplía la red.", "Indicador: Viviendas conectadas.", "Responsable: SACMEX"],
               ["Avance reportado:", "Se sustituyeron 2,650 tomas domiciliarias."]]),
            P("Comentarios del Espacio:", ParagraphRole.Heading),
            P("Se reportan datos duros.", ParagraphRole.ListItem),
            T([["Estrategia 180: Garantizar el acceso al agua. Meta 180.2: Se mejora el tandeo. Indicador: Colonias atendidas."],
               ["Avance reportado:", "Sin reporte"]]),
            P("Comentarios del Espacio:", ParagraphRole.Heading),
            P("Es necesario que se informe el número de colonias.", ParagraphRole.ListItem),
            P("Observaciones de sociedad civil y de las instancias ejecutoras", ParagraphRole.Heading),
            P("Estrategia 180", ParagraphRole.Heading),
            P("Sociedad civil cuestiona el cobro de las pipas."),
            P("Acuerdos", ParagraphRole.Heading),
            P("La próxima reunión será el jueves veintisiete de octubre de dos mil dieciséis a las 12:00 horas.", ParagraphRole.ListItem));

        Assert.Equal("12:00", acta.Session.StartTime);
        Assert.Equal("Oficinas centrales del SACMEX", acta.Session.Place);
        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal([("180.1", ReportStatus.Reported), ("180.2", ReportStatus.NotReported)], strategy.Goals.Select(g => (g.Id, g.ReportStatus)));
        Assert.Equal("Viviendas conectadas.", strategy.Goals[0].Indicator);
        Assert.Equal(2650, Assert.Single(strategy.Figures).Value);
        Assert.Equal(
            [("180.1", FeedbackSection.Retroalimentacion), ("180.2", FeedbackSection.Retroalimentacion), ("180.1", FeedbackSection.Observacion)],
            strategy.Feedback.Select(f => (f.Goal, f.Section)));
        Assert.Equal("2016-10-27", acta.NextSession?.Date);
        Assert.Single(acta.Agreements);
    }
}
