using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Agreements kept as a schedule: a table with the agreement, who answers for it and a column per month (an X where it is
/// due), a key to the marks under it; and agreements numbered by typed ordinals that a PDF ran into one paragraph.
/// </summary>
public sealed class AgreementScheduleTableTests
{
    private static Acta Read(params LayoutBlock[] agreements) => Extract([
        P("Acta de la Segunda Sesión Ordinaria del Espacio de Participación del Derecho al Trabajo", ParagraphRole.Heading),
        P("Fecha: 2 de agosto de 2016"),
        P("Estrategia 270. Vigilar las condiciones laborales"),
        P("Meta 270.1: Inspeccionar los centros de trabajo."),
        P("Informe: Se realizaron 140 inspecciones."),
        .. agreements,
        P("Firman al calce las personas que intervinieron."),
    ]);

    [Fact]
    public void A_table_with_month_columns_beside_the_agreement_is_read_as_the_agreements_and_its_key_is_not_one()
    {
        var acta = Read(
            P("IV. Acuerdos y calendario de seguimiento", ParagraphRole.Heading),
            new Table(
            [
                new TableRow([new TableCell(0, 1, ["No."]), new TableCell(1, 1, ["Acuerdo"]), new TableCell(2, 1, ["Responsable"]),
                    new TableCell(3, 1, ["Ago"]), new TableCell(4, 1, ["Sep"]), new TableCell(5, 1, ["Octubre"])]),
                new TableRow([new TableCell(0, 1, ["1"]), new TableCell(1, 1, ["La Secretaría del Trabajo enviará el padrón de inspectores."]),
                    new TableCell(2, 1, ["STyFE"]), new TableCell(3, 1, ["X"]), new TableCell(4, 1, []), new TableCell(5, 1, [])]),
                new TableRow([new TableCell(0, 1, ["2"]), new TableCell(1, 1, ["La tercera sesión será el 4 de octubre de 2016."]),
                    new TableCell(2, 1, ["Coordinación"]), new TableCell(3, 1, []), new TableCell(4, 1, []), new TableCell(5, 1, ["X"])]),
            ], 6, true, At()),
            P("X = mes comprometido para su cumplimiento."));

        Assert.Equal(
            ["La Secretaría del Trabajo enviará el padrón de inspectores.", "La tercera sesión será el 4 de octubre de 2016."],
            acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void Agreements_numbered_by_ordinals_in_one_paragraph_are_split_at_each_ordinal()
    {
        var acta = Read(
            P("ACUERDOS", ParagraphRole.Heading),
            P("PRIMERO.- La Secretaría del Trabajo enviará el padrón de inspectores. SEGUNDO.- El Instituto revisará las quejas pendientes. " +
              "TERCERO.- La tercera sesión será el 4 de octubre de 2016."));

        Assert.Equal(
            ["La Secretaría del Trabajo enviará el padrón de inspectores.", "El Instituto revisará las quejas pendientes.",
             "La tercera sesión será el 4 de octubre de 2016."],
            acta.Agreements.Select(a => a.Text));
    }
}
