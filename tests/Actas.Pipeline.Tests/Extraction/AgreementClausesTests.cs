using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>Agreements stated in one closing sentence ("acordaron: que A; que B, y que C"), and agreements numbered "5.1", "5.2".</summary>
public sealed class AgreementClausesTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("Memoria de la tercera reunión de trabajo del Espacio de Participación del Derecho a la Salud", ParagraphRole.Heading),
        P("Fecha: jueves 6 de junio de 2024"),
        P("Estrategia 300. Ampliar la atención primaria", ParagraphRole.Heading),
        P("Meta 300.1. Abrir centros de salud."),
        P("Informe: Se abrieron 3 centros de salud."),
    ];

    [Fact]
    public void Each_clause_of_an_agreed_sentence_is_an_agreement_and_the_closing_sentence_is_not()
    {
        var acta = Extract([.. Opening,
            P("Comentarios de las personas participantes"),
            P("– 300.1 · Se pide el directorio de los centros."),
            P("4. Acuerdos y cierre", ParagraphRole.Heading),
            P("Concluida la revisión, las personas integrantes acordaron: que la Secretaría de Salud enviará el directorio de centros antes del 20 de junio; que la Secretaría Ejecutiva invitará al IMSS-Bienestar, y que la próxima reunión se celebrará el jueves 4 de julio de 2024 a las 10:00 horas. Sin más asuntos que tratar, se cerró la reunión.")]);

        Assert.Equal(
            ["la Secretaría de Salud enviará el directorio de centros antes del 20 de junio", "la Secretaría Ejecutiva invitará al IMSS-Bienestar",
             "la próxima reunión se celebrará el jueves 4 de julio de 2024 a las 10:00 horas"],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2024-07-04", acta.NextSession?.Date);
        var remark = Assert.Single(Assert.Single(acta.Strategies).Feedback); // the heading that follows is no remark
        Assert.Equal(("300.1", Model.FeedbackSection.Observacion, "Se pide el directorio de los centros."), (remark.Goal, remark.Section, remark.Text));
    }

    [Fact]
    public void An_outline_number_is_the_marker_of_the_agreement_not_part_of_it()
    {
        var acta = Extract([.. Opening,
            P("5. Acuerdos", ParagraphRole.Heading),
            P("5.1 La Secretaría de Salud enviará el directorio de centros."),
            P("5.2 La Secretaría Ejecutiva invitará al IMSS-Bienestar.")]);

        Assert.Equal(
            ["La Secretaría de Salud enviará el directorio de centros.", "La Secretaría Ejecutiva invitará al IMSS-Bienestar."],
            acta.Agreements.Select(a => a.Text));
    }
}
