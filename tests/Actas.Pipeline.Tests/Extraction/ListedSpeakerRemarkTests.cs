using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A list of remarks each led by its speaker: once one speaker is read ("SE: …"), a body's acronym or a name in title case
/// before the colon of the next remark is its speaker too, no part of what was said; a sentence before a colon stays whole.
/// </summary>
public sealed class ListedSpeakerRemarkTests
{
    [Theory]
    [InlineData("SEMOVI: El programa inicia en octubre.", "El programa inicia en octubre.")]
    [InlineData("Semillas para Todos: Las semillas llegaron tarde.", "Las semillas llegaron tarde.")]
    [InlineData("Red Vecinal de Tláhuac: «Nadie vino a la colonia».", "«Nadie vino a la colonia».")]
    public void An_acronym_or_a_name_in_title_case_before_the_colon_is_the_speaker(string remark, string said) =>
        Assert.Equal(said, SpeakerTag.WithoutListedSpeaker(remark));

    [Theory]
    [InlineData("Capacitar no basta: Hace falta medir la asistencia.")]
    [InlineData("Importante: Falta desagregar por sexo.")]
    [InlineData("Meta 240.1: Falta desagregar por sexo.")]
    [InlineData("Observaciones: Falta desagregar por sexo.")]
    public void A_sentence_a_plain_word_a_goal_or_a_label_before_a_colon_stays(string remark) =>
        Assert.Equal(remark, SpeakerTag.WithoutListedSpeaker(remark));

    [Fact]
    public void A_list_of_remarks_led_by_speakers_gives_the_remarks_without_them()
    {
        var acta = Extract(
            P("MINUTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN SOBRE AGRICULTURA URBANA", ParagraphRole.Heading),
            P("Fecha: 14 de mayo de 2019"),
            P("Estrategia 512. Fomentar los huertos urbanos", ParagraphRole.Heading),
            P("Meta 512.1 Entregar paquetes de semillas a huertos comunitarios"),
            P("Informe: Se entregaron 340 paquetes de semillas."),
            P("Comentarios:"),
            Item("–", "SE: Falta informar cuántos huertos siguen activos."),
            Item("–", "Semillas sin Fronteras: Las semillas llegaron después de la temporada de siembra."),
            Item("–", "SEDEREC: La compra se retrasó por la licitación."),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La SEDEREC informará el calendario de entregas."));

        Assert.Equal(["Falta informar cuántos huertos siguen activos.", "Las semillas llegaron después de la temporada de siembra.", "La compra se retrasó por la licitación."],
            acta.Strategies.Single().Feedback.Select(f => f.Text));
    }

    [Fact]
    public void Without_a_speaker_read_first_a_name_before_a_colon_stays()
    {
        var acta = Extract(
            P("MINUTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN SOBRE AGRICULTURA URBANA", ParagraphRole.Heading),
            P("Fecha: 14 de mayo de 2019"),
            P("Estrategia 512. Fomentar los huertos urbanos", ParagraphRole.Heading),
            P("Meta 512.1 Entregar paquetes de semillas a huertos comunitarios"),
            P("Informe: Se entregaron 340 paquetes de semillas."),
            P("Comentarios:"),
            Item("–", "SEDEREC: Las semillas llegaron después de la siembra."),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La SEDEREC informará el calendario de entregas."));

        Assert.Equal(["SEDEREC: Las semillas llegaron después de la siembra."], acta.Strategies.Single().Feedback.Select(f => f.Text));
    }
}
