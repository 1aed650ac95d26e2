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
    private static TableRow R(params string[] cells) => new(cells.Select((c, i) => new TableCell(i, 1, [c])).ToList());

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
}
