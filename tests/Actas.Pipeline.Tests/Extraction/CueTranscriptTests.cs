using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A video call's WebVTT transcript pasted into the minutes: a cue number, its timing "00:01:02.500 --> 00:01:09.000" and
/// "Display name: words" on lines of their own; the chair reads each goal as sentences ("La meta 301.1 es «…»."), the
/// body announces its report in one cue and reads it in the next, agreements are cues "Acuerdo uno: …".
/// </summary>
public sealed class CueTranscriptTests
{
    private static LayoutBlock[] Cue(int n, string at, string speaker, string words) =>
        [P(n.ToString(System.Globalization.CultureInfo.InvariantCulture)), P($"00:{at}.100 --> 00:{at}.900"), P($"{speaker}: {words}")];

    private static readonly LayoutBlock[] Transcript =
    [
        P("Transcripción – 2a. Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
        P("Fecha: martes 9 de marzo de 2021"),
        P("Hora: 17:00 h"),
        P("WEBVTT"),
        .. Cue(1, "00:05", "Rosa Díaz Peña - Coordinación", "Buenas tardes, iniciamos la sesión."),
        .. Cue(2, "00:40", "Pedro Gil - Vecinos Unidos", "¿Se escucha? Se me cortó el audio."),
        .. Cue(3, "01:10", "Rosa Díaz Peña - Coordinación", "Pasamos a la estrategia 301, «Asegurar el abasto de agua en colonias populares»."),
        .. Cue(4, "01:30", "Rosa Díaz Peña - Coordinación", "La meta 301.1 es «Distribuir agua en pipas a colonias sin red». El indicador es «Número de pipas entregadas». La instancia responsable es el Sistema de Aguas de la Ciudad de México. Adelante, Hugo."),
        .. Cue(5, "02:00", "Hugo Ramos - SACMEX", "Gracias. Leo el informe de la meta 301.1:"),
        .. Cue(6, "02:10", "Hugo Ramos - SACMEX", "Entregamos 85 pipas en 14 colonias de Iztapalapa durante enero."),
        .. Cue(7, "02:40", "Pedro Gil - Vecinos Unidos", "En mi colonia la pipa no ha llegado desde diciembre y nadie nos avisa."),
        .. Cue(8, "03:00", "Rosa Díaz Peña - Coordinación", "Gracias, Pedro, queda anotado."),
        .. Cue(9, "03:20", "Rosa Díaz Peña - Coordinación", "Pasamos a asuntos generales. ¿Algún asunto?"),
        .. Cue(10, "03:40", "Pedro Gil - Vecinos Unidos", "Invitamos a la feria vecinal del sábado, vinieron 200 personas el año pasado."),
        .. Cue(11, "04:00", "Rosa Díaz Peña - Coordinación", "Acuerdo uno: El Sistema de Aguas enviará el calendario de pipas por colonia."),
        .. Cue(12, "04:20", "Rosa Díaz Peña - Coordinación", "Acuerdo dos: La tercera sesión ordinaria será el martes 13 de abril de 2021 a las 17:00 horas."),
        .. Cue(13, "04:40", "Rosa Díaz Peña - Coordinación", "Damos por concluida la sesión."),
    ];

    [Fact]
    public void A_goal_read_aloud_takes_its_fields_and_the_report_read_in_the_next_cue()
    {
        var strategy = Assert.Single(Extract(Transcript).Strategies);
        var goal = Assert.Single(strategy.Goals);

        Assert.Equal((301, "301.1", "Distribuir agua en pipas a colonias sin red"), (strategy.Number, goal.Id, goal.Text?.TrimEnd('.')));
        Assert.Equal("Número de pipas entregadas", goal.Indicator?.TrimEnd('.'));
        Assert.Equal("Entregamos 85 pipas en 14 colonias de Iztapalapa durante enero.", goal.Report);
        Assert.Equal(["En mi colonia la pipa no ha llegado desde diciembre y nadie nos avisa."], strategy.Feedback.Select(f => f.Text));
    }

    [Fact]
    public void A_cue_that_lost_its_number_and_timing_at_a_page_break_is_still_a_cue_of_its_own()
    {
        // Cue 7's number and timing stood at the foot of a page the PDF reader dropped: only "Name: words" is left.
        var broken = Transcript.Where(b => b is not Paragraph { Text: "7" or "00:02:40.100 --> 00:02:40.900" }).ToArray();

        var strategy = Assert.Single(Extract(broken).Strategies);

        Assert.Equal("Entregamos 85 pipas en 14 colonias de Iztapalapa durante enero.", Assert.Single(strategy.Goals).Report);
        Assert.Equal(["En mi colonia la pipa no ha llegado desde diciembre y nadie nos avisa."], strategy.Feedback.Select(f => f.Text));
    }

    [Fact]
    public void Agreements_read_out_with_their_number_are_the_agreements()
    {
        var acta = Extract(Transcript);

        Assert.Equal(
            ["El Sistema de Aguas enviará el calendario de pipas por colonia.",
             "La tercera sesión ordinaria será el martes 13 de abril de 2021 a las 17:00 horas."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2021-04-13", acta.NextSession?.Date);
    }
}
