using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// An acta written as a legal resolution: those present announced by a numbered antecedent, the strategies reviewed in the
/// recitals' numbered points ("SEGUNDO. Que respecto de la estrategia 512: …"), remarks told as "who remarked:", and only the
/// operative points as agreements (the recitals use the same ordinal words).
/// </summary>
public sealed class ResolutionLayoutTests
{
    private static Acta Resolution() => Extract(
        P("ACTA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
        P("En la Ciudad de México, a las 9:30 horas del 3 de marzo de 2016, en el auditorio del Instituto de Vivienda, se celebró la segunda sesión ordinaria, conforme a lo siguiente:"),
        P("RESULTANDOS", ParagraphRole.Heading),
        P("1.- Se registró la presencia de los integrantes siguientes:"),
        P("2. Arq. Tomás Quiroga Ledesma, Director de Crédito, Instituto de Vivienda del Distrito Federal (instancia ejecutora)."),
        P("3. Lic. Inés Valdepeña Ruiz, Coordinadora, Unión Popular Valle Gómez, A.C. (sociedad civil)."),
        P("CONSIDERANDO", ParagraphRole.Heading),
        P("PRIMERO. Que respecto de la estrategia 512: Ampliar el crédito para vivienda en lote familiar."),
        P("b) Meta 512.1. Otorgar créditos de mejoramiento en colonias populares."),
        P("Instancia ejecutora: Instituto de Vivienda del Distrito Federal."),
        P("Informe: Se otorgaron 420 créditos de mejoramiento."),
        P("La Secretaría Ejecutiva retroalimentó: Falta desagregar los créditos por delegación."),
        P("Inés Valdepeña Ruiz, de Unión Popular Valle Gómez, A.C., comentó: Los créditos no llegan a las vecindades del centro."),
        P("En virtud de lo expuesto, las personas integrantes acuerdan lo que sigue:"),
        P("PUNTOS RESOLUTIVOS", ParagraphRole.Heading),
        P("PRIMERO.- El Instituto de Vivienda enviará el desglose por delegación."),
        P("SEGUNDO.- La tercera sesión ordinaria se celebrará el 5 de mayo de 2016."));

    [Fact]
    public void A_recital_that_names_a_strategy_opens_it_with_its_goals_and_remarks()
    {
        var strategy = Assert.Single(Resolution().Strategies);
        Assert.Equal(512, strategy.Number);
        var goal = Assert.Single(strategy.Goals);
        Assert.Equal("512.1", goal.Id);
        Assert.Equal("Se otorgaron 420 créditos de mejoramiento.", goal.Report);
        Assert.Equal(
            [("Falta desagregar los créditos por delegación.", FeedbackSection.Retroalimentacion), ("Los créditos no llegan a las vecindades del centro.", FeedbackSection.Observacion)],
            strategy.Feedback.Select(f => (f.Text, f.Section)));
    }

    [Fact]
    public void Only_the_operative_points_are_agreements()
    {
        var acta = Resolution();
        Assert.Equal(["El Instituto de Vivienda enviará el desglose por delegación.", "La tercera sesión ordinaria se celebrará el 5 de mayo de 2016."], acta.Agreements.Select(a => a.Text));
        Assert.Equal("2016-05-05", acta.NextSession?.Date);
    }

    [Fact]
    public void A_numbered_antecedent_that_announces_those_present_opens_the_list()
    {
        var acta = Resolution();
        Assert.Equal(2, acta.Attendance.Count);
        Assert.Equal("Instituto de Vivienda del Distrito Federal", acta.Attendance[0].Institution);
        Assert.Equal(Sector.InstanciaEjecutora, acta.Attendance[0].Sector);
        Assert.Equal("Unión Popular Valle Gómez, A.C.", acta.Attendance[1].Institution);
        Assert.Equal(Sector.SociedadCivil, acta.Attendance[1].Sector);
    }

    [Theory]
    [InlineData("TERCERO.- Que en atención a la Estrategia número 207, Reducir el rezago.", "Estrategia 207. Reducir el rezago.")]
    [InlineData("c) Meta 207.2. Abrir albergues.", "Meta 207.2. Abrir albergues.")]
    [InlineData("CUARTO.- Que la sesión se desarrolló en orden.", null)]
    public void Recitals_read_as_headings_and_labels(string recital, string? read) =>
        Assert.Equal(read, ResolutionSections.Rewrite(recital));
}
