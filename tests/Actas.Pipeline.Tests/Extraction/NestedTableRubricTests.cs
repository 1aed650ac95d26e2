using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A whole minuta as a rubric table (label cell | value cell) whose agreements row holds a table nested in the cell: the
/// label opens the section, the nested rows (flattened by the readers into " | " paragraphs) are the agreements table, and
/// the closing row after it is no agreement.
/// </summary>
public sealed class NestedTableRubricTests
{
    private static TableRow Rubric(string label, string value) => new([new TableCell(0, 1, [label]), new TableCell(1, 1, [value])]);

    [Fact]
    public void An_agreements_rubric_over_a_nested_table_gives_one_agreement_per_nested_row()
    {
        var acta = Extract(
            P("MINUTA", ParagraphRole.Heading),
            new Table(
            [
                Rubric("Reunión", "Tercera sesión ordinaria"),
                Rubric("Fecha", "21 de octubre de 2020"),
                Rubric("Estrategia 512", "Ampliar la red de bebederos en escuelas públicas"),
                Rubric("Meta 512.1", "Instalar bebederos en primarias"),
                Rubric("Informe", "Se instalaron 64 bebederos en primarias de Iztapalapa."),
                new TableRow([new TableCell(0, 1, ["ACUERDOS", "Núm. | Acuerdo | Responsable | Fecha compromiso",
                    "1 | El Sistema de Aguas compartirá el padrón de escuelas con bebederos. | Sistema de Aguas | 30/11/2020",
                    "2 | La Autoridad Educativa Federal revisará el mantenimiento de los filtros. | Autoridad Educativa Federal | 15/12/2020"]),
                    new TableCell(1, 1, [""])]),
                Rubric("Clausura", "Se dio por terminada la reunión a las 13:10 horas."),
            ], 2, true, At()));

        Assert.Equal(
            ["El Sistema de Aguas compartirá el padrón de escuelas con bebederos.", "La Autoridad Educativa Federal revisará el mantenimiento de los filtros."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal(["Sistema de Aguas", "Autoridad Educativa Federal"], acta.Agreements.Select(a => a.Responsible));
        Assert.Equal(["2020-11-30"], acta.Agreements[0].Dates);
    }

    [Fact]
    public void A_nested_table_under_a_label_that_names_no_section_stays_one_row()
    {
        var rows = Actas.Pipeline.Extraction.NestedTableRubric.Expand(
            [new(0, 1, ["Observaciones", "Ana Ruiz | Propone medir la cobertura", "Luis Mora | Pide el padrón"]), new(1, 1, [""])],
            At(), 3, true);

        Assert.Null(rows);
    }
}
