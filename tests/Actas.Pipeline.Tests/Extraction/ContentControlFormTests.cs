using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A minuta typed into a Word form of content controls: one two-column form table per goal, the fields a user left alone
/// still showing the control's prompt (printed to PDF as text).
/// </summary>
public sealed class ContentControlFormTests
{
    private static Table Form(params (string Label, string Value)[] fields) =>
        new(fields.Select(f => new TableRow([new TableCell(0, 1, [f.Label]), new TableCell(1, 1, [f.Value])])).ToList(), 2, true, At());

    [Fact]
    public void The_report_in_brief_is_the_goals_report()
    {
        var acta = Extract(
            P("MINUTA DE LA REUNIÓN DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
            P("Fecha: 14/08/2024"),
            P("Seguimiento de metas", ParagraphRole.Heading),
            Form(("Estrategia", "412. Garantizar el acceso a una vivienda adecuada"),
                ("Meta", "412.1 Entregar créditos de vivienda a familias que habitan zonas de riesgo"),
                ("Indicador", "Número de créditos entregados"),
                ("Instancia responsable", "Instituto de Vivienda"),
                ("¿Entregó informe?", "Sí"),
                ("Extracto del reporte", "Se otorgaron 620 créditos de vivienda en Tláhuac y Xochimilco.")));

        var goal = acta.Strategies.Single(s => s.Number == 412).Goals.Single();
        Assert.Equal((ReportStatus.Reported, "Se otorgaron 620 créditos de vivienda en Tláhuac y Xochimilco."), (goal.ReportStatus, goal.Report));
    }

    [Fact]
    public void A_field_left_with_its_prompt_is_empty()
    {
        var acta = Extract(
            P("MINUTA DE LA REUNIÓN DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
            Form(("Fecha", "14/08/2024"), ("Tema de la reunión", "Haga clic o pulse aquí para escribir texto.")),
            P("Seguimiento de metas", ParagraphRole.Heading),
            Form(("Estrategia", "412. Garantizar el acceso a una vivienda adecuada"),
                ("Meta", "412.2 Reubicar a las familias de los predios en alto riesgo"),
                ("Indicador", "Número de familias reubicadas"),
                ("Instancia responsable", "Instituto de Vivienda"),
                ("Informe", "Haga clic aquí para escribir texto."),
                ("Observaciones de la Secretaría Ejecutiva", "Click here to enter text."),
                ("Comentarios de integrantes", "Haga clic aquí para escribir texto.")));

        var strategy = acta.Strategies.Single(s => s.Number == 412);
        Assert.Null(strategy.Goals.Single().Report);
        Assert.Empty(strategy.Feedback);
        Assert.Null(acta.Session.Topic);
    }

    [Theory]
    [InlineData("Haga clic aquí para escribir texto.", true)]
    [InlineData("Haga clic o pulse aquí para escribir una fecha.", true)]
    [InlineData("Elija un elemento.", true)]
    [InlineData("Haga clic aquí para ver el informe completo de la instancia.", false)]
    public void A_prompt_is_known_by_its_words(string text, bool prompt) => Assert.Equal(prompt, FormBlanks.IsPlaceholder(text));

    [Fact]
    public void The_number_follows_numero_in_the_kind_and_number_field()
    {
        var acta = Extract(
            P("FICHA VI-02 · MINUTA DE SESIÓN", ParagraphRole.Heading),
            Form(("Espacio de Participación", "Derecho a la Vivienda"), ("Clase y número de la sesión", "Extraordinaria · número 12"), ("Fecha", "14/08/2024")),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(12, acta.Session.Number);
    }
}
