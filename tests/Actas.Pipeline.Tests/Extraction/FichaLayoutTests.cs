using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// One "ficha" table per goal after an agenda that names the sections to come, and an attendance
/// table whose sector column holds abbreviations spelled out in a legend line.
/// </summary>
public sealed class FichaLayoutTests
{
    private static int _block;

    private static Paragraph P(string text, ParagraphRole role = ParagraphRole.Body) => new(text, role, new SourceLocation(1, _block++));

    private static Table T(params string[][] rows)
    {
        var block = _block++;
        return new Table(
            rows.Select(r => new TableRow(r.Select((c, i) => new TableCell(i, 1, c.Length == 0 ? [] : c.Split('\n'))).ToList())).ToList(),
            rows.Max(r => r.Length), true, new SourceLocation(1, block));
    }

    private static Acta Extract(params LayoutBlock[] blocks) =>
        new ActaExtractor().Extract(new LayoutDocument("ficha.docx", "docx", new string('0', 64), 1, blocks, []));

    private static LayoutBlock[] Document(string agreementsItem) =>
    [
        P("DÉCIMA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA"),
        P("Fecha: 14 de marzo de 2016"),
        P("ASISTENCIA"),
        T(
            ["Nombre", "Institución", "Sector"],
            ["Ana Ruiz Soto", "SACMEX", "IE"],
            ["Luis Pérez Gil", "Colectivo Agua Viva, A.C.", "OSC"],
            ["Rosa Lima Paz", "Comisión Nacional del Agua", "INV"]),
        P("IE: instancia ejecutora; OSC: organización de la sociedad civil; INV: instancia invitada."),
        P("ORDEN DEL DÍA"),
        P("Registro de asistencia.", ParagraphRole.ListItem),
        P("Retroalimentación de la estrategia 310.", ParagraphRole.ListItem),
        P(agreementsItem, ParagraphRole.ListItem),
        P("RETROALIMENTACIÓN"),
        T(
            ["Estrategia 310. Garantizar el acceso al agua"],
            ["Meta 310.1", "Reducir el tandeo."],
            ["Instancia ejecutora", "SACMEX"],
            ["Informe", "Se rehabilitaron 9 pozos."],
            ["Comentarios", "Retroalimentación", "1. Es necesario informar las colonias.\n2.\n3. Bien documentado."]),
        P("ACUERDOS"),
        P("SACMEX enviará el número de colonias."),
    ];

    [Fact]
    public void An_agenda_item_naming_the_agreements_does_not_open_them_when_a_later_heading_does()
    {
        var acta = Extract(Document("Acuerdos."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(("310.1", "SACMEX", ReportStatus.Reported), (strategy.Goals[0].Id, strategy.Goals[0].Executor, strategy.Goals[0].ReportStatus));
        Assert.Equal("SACMEX enviará el número de colonias.", Assert.Single(acta.Agreements).Text);
    }

    [Fact]
    public void A_feedback_item_that_is_only_its_list_number_is_dropped()
    {
        var acta = Extract(Document("Acuerdos."));

        // "2." alone (its text deleted) is no item; the printed numbers are not part of the remarks (no gold keeps them).
        Assert.Equal(["Es necesario informar las colonias.", "Bien documentado."], acta.Strategies[0].Feedback.Select(f => f.Text));
    }

    [Fact]
    public void Sector_abbreviations_are_read_through_the_legend_under_the_table()
    {
        var acta = Extract(Document("Acuerdos."));

        Assert.Equal([Sector.InstanciaEjecutora, Sector.SociedadCivil, Sector.Otro], acta.Attendance.Select(a => a.Sector));
    }

    [Fact]
    public void A_legend_needs_two_abbreviations_that_name_sectors()
    {
        Row Line(string text) => new([new RowCell(0, 1, [text])], new SourceLocation(1, 0), null, true, ParagraphRole.Body);

        Assert.Empty(SectorLegend.Read([Line("PAOT: Procuraduría Ambiental; nota al pie.")]));
        var legend = SectorLegend.Read([Line("IE = Instancias ejecutoras, OSC = Sociedad civil, OBS = Observadores")]);
        Assert.Equal(Sector.Otro, legend["OBS"]);
        Assert.Equal(Sector.SociedadCivil, legend["osc"]);
        var dotted = SectorLegend.Read([Line("(Gob. = instancia ejecutora; OSC = organización de la sociedad civil; Inv. = persona invitada)")]);
        Assert.Equal([("Gob", Sector.InstanciaEjecutora), ("OSC", Sector.SociedadCivil), ("Inv", Sector.Otro)], dotted.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void A_legend_may_set_its_abbreviations_off_by_a_space_after_a_label()
    {
        Row Line(string text) => new([new RowCell(0, 1, [text])], new SourceLocation(1, 0), null, true, ParagraphRole.Body);

        var legend = SectorLegend.Read([Line("Claves de sector: GOB instancias ejecutoras; INV persona invitada; OSC sociedad civil; SE Secretaría Ejecutiva.")]);

        Assert.Equal([("GOB", Sector.InstanciaEjecutora), ("INV", Sector.Otro), ("OSC", Sector.SociedadCivil), ("SE", Sector.SecretariaEjecutiva)], legend.Select(p => (p.Key, p.Value)));
        Assert.Empty(SectorLegend.Read([Line("Se revisó el avance; SE Secretaría Ejecutiva propone ajustes; nada más.")]));
    }
}
