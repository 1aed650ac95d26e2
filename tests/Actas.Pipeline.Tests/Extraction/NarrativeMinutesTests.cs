using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes with no heading at all, every part introduced by a sentence (blind batch K, K3, a voice note transcribed): who came
/// in one sentence grouped by sector phrases, the agreements counted and then told by ordinals, and the next meeting "a las 9
/// de la mañana".
/// </summary>
public sealed class NarrativeMinutesTests
{
    private static readonly LayoutBlock[] Minutes =
    [
        P("Minuta de la cuarta sesión ordinaria del Espacio de Participación del Derecho al Agua, lunes 4 de marzo de 2024, comenzamos a las 9:15 en la sala del Sistema de Aguas."),
        P("Asistieron por las instancias ejecutoras Irene Mata Solís del Sistema de Aguas de la Ciudad de México y Tomás Rivas León de la Secretaría de Obras y Servicios; " +
          "por las organizaciones de la sociedad civil Olga Pineda Ruiz de la Red Vecinal del Agua, A.C. y Samuel Ortiz Galán del Colectivo Agua Limpia; " +
          "por la Secretaría Ejecutiva Nadia Flores Ponce de la Secretaría Ejecutiva del Mecanismo de Seguimiento."),
        P("Estrategia 301. Garantizar el suministro de agua potable."),
        P("Meta 301.1: Reparar fugas en la red secundaria."),
        P("Informe: Se repararon 120 fugas."),
        P("Al final hubo dos acuerdos. La primera, que el Sistema de Aguas mandará el mapa de fugas antes del 29 de marzo. " +
          "La segunda, que la siguiente sesión será el lunes 6 de mayo a las 9 de la mañana en la misma sala."),
        P("Y se cerró la reunión a las 11:40. Eso fue todo."),
    ];

    [Fact]
    public void One_sentence_of_those_present_grouped_by_sector_phrases_gives_each_person_their_sector_and_body()
    {
        var acta = Extract(Minutes);

        Assert.Equal(
            [
                ("Irene Mata Solís", "Sistema de Aguas de la Ciudad de México", Sector.InstanciaEjecutora),
                ("Tomás Rivas León", "Secretaría de Obras y Servicios", Sector.InstanciaEjecutora),
                ("Olga Pineda Ruiz", "Red Vecinal del Agua, A.C.", Sector.SociedadCivil),
                ("Samuel Ortiz Galán", "Colectivo Agua Limpia", Sector.SociedadCivil),
                ("Nadia Flores Ponce", "Secretaría Ejecutiva del Mecanismo de Seguimiento", Sector.SecretariaEjecutiva),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void Agreements_counted_and_told_by_ordinals_are_read_one_by_one_without_the_ordinal()
    {
        var acta = Extract(Minutes);

        Assert.Equal(
            ["el Sistema de Aguas mandará el mapa de fugas antes del 29 de marzo",
             "la siguiente sesión será el lunes 6 de mayo a las 9 de la mañana en la misma sala"],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal(("2024-05-06", "09:00"), (acta.NextSession?.Date, acta.NextSession?.StartTime));
    }

    [Fact]
    public void The_ordinal_items_split_only_after_a_sentence_that_counts_agreements()
    {
        Assert.Equal(
            ["Se revisó el informe.", "Se tomaron dos acuerdos:", "a) se enviará el padrón", "b) se revisarán los dictámenes", "Fin de la sesión."],
            RunInAgreements.SplitOrdinals("Se revisó el informe. Se tomaron dos acuerdos. El primero, que se enviará el padrón. El segundo, que se revisarán los dictámenes. Fin de la sesión."));
        Assert.Null(RunInAgreements.SplitOrdinals("Se habló de los acuerdos. El primero, que se enviará el padrón. El segundo, que se revisarán los dictámenes."));
    }

    [Theory]
    [InlineData("nos vemos el jueves a las 9 de la mañana", "09:00")]
    [InlineData("la reunión será a las 4 de la tarde", "16:00")]
    public void An_hour_with_the_part_of_the_day_is_a_time(string text, string expected) =>
        Assert.Equal(expected, ClockTime.FindAll(text)[0].Time);
}
