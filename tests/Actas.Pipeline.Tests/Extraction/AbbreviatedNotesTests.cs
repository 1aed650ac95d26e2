using Actas.Pipeline.Layout;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A secretary's notes for the minutes, every label abbreviated with its stop before the colon ("Asist.:", "Ind.:", "Inf.:",
/// "Acdos.:"; blind batch Y, Y1): the abbreviations are declared in the vocabulary beside the labels they shorten.
/// </summary>
public sealed class AbbreviatedNotesTests
{
    private static LayoutBlock[] Notes(LayoutBlock reportLine) =>
    [
        P("APUNTES DE SESIÓN ORDINARIA"),
        P("Fecha: 4 de abril de 2021"),
        P("Asist.:"),
        P("Lorena Quiroz Mena, Instituto de Vivienda"),
        P("Estrategia 512 — Reducir el rezago de vivienda"),
        P("Meta 512.1 Entregar créditos de mejoramiento"),
        reportLine,
        P("Meta 512.2 Levantar un censo de viviendas en riesgo"),
        P("Ind.: Censo publicado"),
        P("Inf.: Sin inf. la Secretaría pidió prórroga."),
        P("Retro SE (M. 512.2): Urge fijar una fecha para el censo."),
        P("Acdos.:"),
        P("1) El Instituto de Vivienda enviará el padrón de créditos."),
        P("2) La Secretaría Ejecutiva circulará la minuta."),
        P("3) Próx. ses. ord. 13/06/21, 16 hrs., mismo lugar."),
    ];

    [Fact]
    public void Abbreviated_report_and_indicator_labels_and_an_abbreviated_denial_are_read()
    {
        var strategy = Assert.Single(Extract(Notes(P("Inf.: Se entregaron 96 créditos en Tláhuac."))).Strategies);

        Assert.Equal(
            [
                ("512.1", ReportStatus.Reported, "Se entregaron 96 créditos en Tláhuac."),
                ("512.2", ReportStatus.NotReported, null),
            ],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus, g.Report)));
        Assert.Equal("Censo publicado", strategy.Goals[1].Indicator);
    }

    [Fact]
    public void Abbreviated_report_label_run_on_after_the_indicator_starts_the_report()
    {
        // A PDF's line holds the indicator and the report together.
        var strategy = Assert.Single(Extract(Notes(P("Ind.: Núm. de créditos / Inst. ejec.: Instituto de Vivienda Inf.: Se entregaron 96 créditos."))).Strategies);

        Assert.Equal("Se entregaron 96 créditos.", strategy.Goals[0].Report);
    }

    [Fact]
    public void Abbreviated_agreements_heading_opens_the_agreements()
    {
        var acta = Extract(Notes(P("Inf.: Se entregaron 96 créditos en Tláhuac.")));

        Assert.Equal(
            ["El Instituto de Vivienda enviará el padrón de créditos.", "La Secretaría Ejecutiva circulará la minuta."],
            acta.Agreements.Take(2).Select(a => a.Text));
    }

    [Fact]
    public void Abbreviated_feedback_label_with_the_speaker_and_an_abbreviated_goal_reference_is_a_remark_on_that_goal()
    {
        var strategy = Assert.Single(Extract(Notes(P("Inf.: Se entregaron 96 créditos en Tláhuac."))).Strategies);

        var remark = Assert.Single(strategy.Feedback);
        Assert.Equal(("Urge fijar una fecha para el censo.", FeedbackSection.Retroalimentacion, "512.2"), (remark.Text, remark.Section, remark.Goal));
    }

    [Fact]
    public void Abbreviated_next_session_agreement_fixes_the_next_session()
    {
        var next = Extract(Notes(P("Inf.: Se entregaron 96 créditos en Tláhuac."))).NextSession;

        Assert.Equal("2021-06-13", next?.Date);
    }

    [Theory]
    [InlineData("inst. ejec.", Sector.InstanciaEjecutora)]
    [InlineData("org. soc. civil", Sector.SociedadCivil)]
    [InlineData("otra inst.", Sector.Otro)]
    [InlineData("Srio. Ejec.", Sector.SecretariaEjecutiva)]
    public void Abbreviated_sector_words_of_a_legend_name_their_sector(string words, Sector sector) =>
        Assert.Equal(sector, SectorHeadings.Classify(words));

    [Fact]
    public void Body_label_over_an_outline_heading_names_no_body()
    {
        var acta = Extract(
            P("ACTA DE LA QUINTA SESIÓN ORDINARIA"),
            P("ESPACIO DE PARTICIPACIÓN"),
            P("I.- DATOS DE LA SESIÓN"),
            P("Fecha: 4 de abril de 2021"),
            P("Lugar: Sala de juntas"),
            P("Estrategia 512 — Reducir el rezago de vivienda"),
            P("Meta 512.1 Entregar créditos de mejoramiento"),
            P("Informe: Se entregaron 96 créditos."),
            P("ACUERDOS"),
            P("1. El Instituto de Vivienda enviará el padrón."));

        Assert.DoesNotContain("DATOS", acta.Session.Body ?? "", StringComparison.Ordinal);
    }
}
