using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A translated form whose every label reads "English / Español" (blind batch X, X2): the session table, the roster's
/// headers, a goal's small table ("Goal / Meta 701.1") and the headings are read by their Spanish (or English) side.
/// </summary>
public sealed class SlashBilingualLabelTests
{
    [Fact]
    public void English_and_spanish_labels_across_a_spaced_slash_are_read_by_either_side()
    {
        var acta = Extract(
            P("MINUTES / ACTA", ParagraphRole.Heading),
            P("Participation Space / Espacio de Participación: Derecho a la Movilidad: Ciclovías Seguras"),
            T(["Date / Fecha", "jueves 9 de junio de 2022"],
              ["Venue / Sede", "Sala de juntas de la Secretaría de Movilidad, Álvaro Obregón 269"]),
            P("1. Participants / Asistentes", ParagraphRole.Heading),
            T(["Name / Nombre", "Institution / Institución"],
              ["Sergio Tapia Luna", "Secretaría de Movilidad"],
              ["Irene Cortés Vidal", "Bicitekas, A.C."]),
            P("2. Follow-up / Seguimiento de estrategias y metas", ParagraphRole.Heading),
            P("Strategy / Estrategia 701: Ampliar la red de ciclovías confinadas"),
            T(["Goal / Meta 701.1", "Construir ciclovías en avenidas primarias"],
              ["Indicator / Indicador", "Kilómetros construidos"],
              ["Report / Informe", "Se construyeron 12 kilómetros en Tlalpan."]),
            P("3. Agreements / Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría de Movilidad enviará el trazo de las ciclovías."));

        Assert.Equal("2022-06-09", acta.Session.Date);
        Assert.Equal("Sala de juntas de la Secretaría de Movilidad, Álvaro Obregón 269", acta.Session.Place);
        Assert.Equal(["Sergio Tapia Luna", "Irene Cortés Vidal"], acta.Attendance.Select(a => a.Name));
        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal(("701.1", "Se construyeron 12 kilómetros en Tlalpan."), (goal.Id, goal.Report));
        Assert.Equal("La Secretaría de Movilidad enviará el trazo de las ciclovías.", Assert.Single(acta.Agreements).Text);
    }

    [Fact]
    public void A_slash_without_spaces_or_between_figures_is_no_second_language()
    {
        Assert.Equal(["Date", "Fecha"], BilingualLabel.Sides("Date / Fecha"));
        Assert.Empty(BilingualLabel.Sides("y/o"));
        Assert.Empty(BilingualLabel.Sides("09/06/2022"));
        Assert.Empty(BilingualLabel.Sides("12 / 30"));
        Assert.Equal(StrategyField.Goal, StrategyLabels.Read("Goal / Meta 701.1")?.Field);
        Assert.Equal("701.1", StrategyLabels.Read("Goal / Meta 701.1")?.GoalId);
    }

    [Fact]
    public void Values_in_two_languages_give_the_sector_the_missing_report_and_the_end_of_the_agreements()
    {
        var acta = Extract(
            P("Date / Fecha: jueves 9 de junio de 2022"),
            P("1. Participants / Asistentes", ParagraphRole.Heading),
            T(["Name / Nombre", "Institution / Institución", "Sector"],
              ["Hannah Berg", "Nordic Cycling Federation", "Other / Otra instancia"],
              ["Irene Cortés Vidal", "Bicitekas, A.C.", "Civil society / Sociedad civil"]),
            P("2. Follow-up / Seguimiento de estrategias y metas", ParagraphRole.Heading),
            P("Strategy / Estrategia 701: Ampliar la red de ciclovías confinadas"),
            T(["Goal / Meta 701.1", "Construir ciclovías en avenidas primarias"],
              ["Report / Informe", "Not reported / Sin informe. La Secretaría de Obras no envió datos de esta meta."]),
            P("3. Agreements / Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría de Obras enviará el avance de la meta 701.1."),
            P("Prepared by / Elaboró: Irene Cortés Vidal"));

        Assert.Equal([Sector.Otro, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal((ReportStatus.NotReported, (string?)null), (goal.ReportStatus, goal.Report));
        Assert.Equal("La Secretaría de Obras enviará el avance de la meta 701.1.", Assert.Single(acta.Agreements).Text);
    }

    [Fact]
    public void A_roster_line_naming_a_person_and_a_body_that_shares_a_sector_name_is_no_sector_heading()
    {
        Assert.Equal(Sector.Otro, SectorHeadings.Classify("Other / Otra instancia"));
        Assert.Null(SectorHeadings.Classify("Irene Salas Ochoa · Secretaría Ejecutiva"));
    }
}
