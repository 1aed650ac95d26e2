using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A strategy column merged down its goals with a bare "Avance" column of ticks beside the "Informe", and one table for
/// remarks and agreements told apart by a Tipo column.
/// </summary>
public sealed class MixedRemarkAgreementTableTests
{
    private static TableRow R(params string[] cells) => new(cells.Select((c, i) => new TableCell(i, 1, c.Split(" ¶ "))).ToList());

    [Fact]
    public void Remarks_and_agreements_of_one_table_go_to_their_sections()
    {
        var acta = Extract(
            P("ACTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA IDENTIDAD", ParagraphRole.Heading),
            P("Fecha: 11 de septiembre de 2019"),
            P("ASISTENCIA", ParagraphRole.Heading),
            P("Personas servidoras públicas"),
            new Table([R("Nombre", "Institución"), R("Ana Pérez López", "SEDESA"), R("Carlos Ruiz Soto", "CEJUR")], 2, true, At()),
            P("Organizaciones de la sociedad civil"),
            new Table([R("Nombre", "Organización"), R("Lucía Morales Vega", "Colectivo Identidad Plena, A.C.")], 2, true, At()),
            P("SEGUIMIENTO", ParagraphRole.Heading),
            new Table([
                R("Estrategia", "Meta", "Responsable", "Avance", "Informe"),
                new TableRow([new TableCell(0, 1, ["301. Garantizar el registro de nacimiento"]), new TableCell(1, 1, ["301.1 Se registran nacimientos en hospitales."]), new TableCell(2, 1, ["CEJUR"]), new TableCell(3, 1, ["✔"]), new TableCell(4, 1, ["Se hicieron 4,210 registros."])]),
                new TableRow([new TableCell(0, 1, [""], ContinuesAbove: true), new TableCell(1, 1, ["301.2 Se expiden actas gratuitas."]), new TableCell(2, 1, ["CEJUR"]), new TableCell(3, 1, ["✘"]), new TableCell(4, 1, [""])]),
            ], 5, true, At()),
            P("RETROALIMENTACIÓN Y ACUERDOS", ParagraphRole.Heading),
            new Table([
                R("Tipo", "Meta", "Descripción", "Responsable"),
                R("Retroalimentación", "301.1", "Falta desagregar los registros por alcaldía.", ""),
                R("Observación", "301.2", "La CEJUR no explicó por qué no hubo actas gratuitas.", ""),
                R("Acuerdo", "", "La CEJUR enviará el padrón de registros.", "CEJUR"),
                R("Acuerdo", "", "La próxima sesión será el 9 de octubre de 2019.", "SE"),
            ], 4, true, At()));
        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["301.1", "301.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal("Se hicieron 4,210 registros.", strategy.Goals[0].Report);
        Assert.Equal(
            [("301.1", FeedbackSection.Retroalimentacion, "Falta desagregar los registros por alcaldía."), ("301.2", FeedbackSection.Observacion, "La CEJUR no explicó por qué no hubo actas gratuitas.")],
            strategy.Feedback.Select(f => (f.Goal, f.Section, f.Text)));
        Assert.Equal(["La CEJUR enviará el padrón de registros.", "La próxima sesión será el 9 de octubre de 2019."], acta.Agreements.Select(a => a.Text));
        Assert.Equal(["CEJUR", "SE"], acta.Agreements.Select(a => a.Responsible));
        Assert.Equal("2019-10-09", acta.NextSession?.Date);
        Assert.Equal([Sector.InstanciaEjecutora, Sector.InstanciaEjecutora, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
    }

    [Fact]
    public void A_speaker_column_and_dashes_in_empty_cells_do_not_hide_the_table()
    {
        // A signature-sheet template: the strategies in one grid (strategy and title repeated on every row, "Informó"
        // with check boxes), then one table for every remark and agreement under a heading naming all three, with the
        // speaker in a column of its own and "—" in the cells a row does not use.
        var acta = Extract(
            P("Espacio de Participación de Derechos Culturales", ParagraphRole.Heading),
            P("Cuarta sesión ordinaria"),
            P("Fecha: 3 de marzo de 2021"),
            P("SEGUIMIENTO DE ESTRATEGIAS", ParagraphRole.Heading),
            new Table([
                R("Estrategia", "Meta", "Indicador", "Instancia ejecutora", "Informe", "Informó"),
                R("Estrategia 612 ¶ Ampliar la oferta cultural comunitaria", "Meta 612.1 ¶ Abrir talleres en casas de cultura", "Talleres abiertos", "Secretaría de Cultura", "Se abrieron 35 talleres.", "☑ Sí"),
                R("Estrategia 612 ¶ Ampliar la oferta cultural comunitaria", "Meta 612.2 ¶ Publicar la cartelera en lenguas indígenas", "Carteleras publicadas", "Secretaría de Cultura", "", "☐ No"),
                R("Estrategia 615 ¶ Proteger el patrimonio de los barrios", "Meta 615.1 ¶ Catalogar los inmuebles de valor artístico", "Inmuebles catalogados", "Secretaría de Cultura", "Se catalogaron 120 inmuebles.", "☑ Sí"),
            ], 6, true, At()),
            P("RETROALIMENTACIÓN, OBSERVACIONES Y ACUERDOS", ParagraphRole.Heading),
            new Table([
                R("Tipo", "Meta", "Intervención", "Descripción", "Responsable"),
                R("Retroalimentación", "612.1", "Secretaría Ejecutiva", "Conviene informar cuántas personas asistieron a los talleres.", "—"),
                R("Observación", "612.2", "Colectivo Voces", "El colectivo lamenta que la cartelera siga sólo en español.", "—"),
                R("Acuerdo", "—", "—", "La Secretaría de Cultura enviará la lista de talleres por alcaldía.", "Secretaría de Cultura"),
            ], 5, true, At()));

        Assert.Equal([612, 615], acta.Strategies.Select(s => s.Number));
        var strategy = acta.Strategies[0];
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        // The remarks table follows the last strategy's rows, but each remark names its goal: it goes to that goal's strategy.
        Assert.Equal(["615.1"], acta.Strategies[1].Goals.Select(g => g.Id));
        Assert.Empty(acta.Strategies[1].Feedback);
        Assert.Equal(
            [("612.1", FeedbackSection.Retroalimentacion), ("612.2", FeedbackSection.Observacion)],
            strategy.Feedback.Select(f => (f.Goal, f.Section)));
        Assert.Equal("El colectivo lamenta que la cartelera siga sólo en español.", strategy.Feedback[1].Text);
        var agreement = Assert.Single(acta.Agreements);
        Assert.Equal("La Secretaría de Cultura enviará la lista de talleres por alcaldía.", agreement.Text);
        Assert.Equal("Secretaría de Cultura", agreement.Responsible);
    }
}
