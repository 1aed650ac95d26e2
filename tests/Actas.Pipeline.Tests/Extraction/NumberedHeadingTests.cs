using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Strategy headings written as a bare number and title, without the word "Estrategia" ("305 – Title"): a block when the
/// goals under it carry that number, never a figure or list line that happens to start with three digits.
/// </summary>
public sealed class NumberedHeadingTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("MINUTA DE LA SESIÓN ORDINARIA No. 4 DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
        P("Fecha: 9 de mayo de 2023"),
        P("Seguimiento de estrategias", ParagraphRole.Heading),
    ];

    private static Table Ficha(string goal, string text, string report) => new(
        [
            new TableRow([new TableCell(0, 1, [goal]), new TableCell(1, 1, [text])]),
            new TableRow([new TableCell(0, 1, ["Indicador"]), new TableCell(1, 1, ["Número de acciones"])]),
            new TableRow([new TableCell(0, 1, ["Informe"]), new TableCell(1, 1, [report])]),
        ],
        2, false, At());

    [Theory]
    [InlineData("305 – Ampliar la vivienda social", "307. Regularizar predios")]
    [InlineData("305.- Ampliar la vivienda social", "307: Regularizar predios")]
    [InlineData("305 Ampliar la vivienda social", "307 | Regularizar predios")]
    public void A_number_and_title_over_goals_of_that_number_start_a_strategy(string first, string second)
    {
        var acta = Extract([.. Opening,
            P(first),
            Ficha("Meta 305.1", "Se entregan créditos de vivienda.", "Se otorgaron 412 créditos."),
            P(second),
            Ficha("Meta 307.1", "Se escrituran predios.", "Se entregaron 96 escrituras."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El INVI enviará el padrón de créditos."),
        ]);

        Assert.Equal([305, 307], acta.Strategies.Select(s => s.Number));
        Assert.Equal(["Ampliar la vivienda social", "Regularizar predios"], acta.Strategies.Select(s => s.Title));
        Assert.Equal(["305.1", "307.1"], acta.Strategies.SelectMany(s => s.Goals).Select(g => g.Id));
        Assert.Equal([(412m, "créditos"), (96m, "escrituras")], acta.Strategies.SelectMany(s => s.Figures).Select(f => (f.Value, f.Unit)));
    }

    [Fact]
    public void A_line_starting_with_a_number_that_no_goal_below_carries_is_not_a_strategy()
    {
        var acta = Extract([.. Opening,
            P("Estrategia 305. Ampliar la vivienda social"),
            Ficha("Meta 305.1", "Se entregan créditos de vivienda.", "Se otorgaron 412 créditos."),
            P("120 Familias fueron reubicadas según la SEDUVI."),
            Ficha("Meta 305.2", "Se reubica a familias en riesgo.", "Se reubicaron 120 familias."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El INVI enviará el padrón de créditos."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(305, strategy.Number);
        Assert.Equal(["305.1", "305.2"], strategy.Goals.Select(g => g.Id));
    }
}
