using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Remarks that open with who made them and a colon — a person with their body in parentheses, or a body — keep only
/// what was said; a label and its value elsewhere in the acta ("Fecha de la sesión: Jueves…") are left alone.
/// </summary>
public sealed class NamedSpeakerRemarkTests
{
    [Theory]
    [InlineData("Mtra. Rosa Iturbe Lara (Red de Madres Cuidadoras, A.C.): Pedimos que el padrón se publique.", "Pedimos que el padrón se publique.")]
    [InlineData("Fundación Manos que Cuidan, I.A.P.: Los talleres llegan tarde a Milpa Alta.", "Los talleres llegan tarde a Milpa Alta.")]
    [InlineData("Colectivo Tejiendo Redes: «Nadie nos avisó de la convocatoria».", "«Nadie nos avisó de la convocatoria».")]
    [InlineData("Tomás Rivas Ugalde (Vecinos Unidos de la Manzana 7): Las pipas no llegan los sábados.", "Las pipas no llegan los sábados.")]
    public void The_speaker_before_the_colon_is_no_part_of_the_remark(string remark, string said) =>
        Assert.Equal(said, SpeakerTag.WithoutNamedSpeaker(remark));

    [Theory]
    [InlineData("Meta 240.1: Falta desagregar por sexo.")]
    [InlineData("Importante: Falta desagregar por sexo.")]
    [InlineData("Se pide lo siguiente: Desagregar por sexo.")]
    [InlineData("Comité 2021 (Vecinos): Desagregar por sexo.")]
    public void A_goal_tag_a_plain_word_or_a_sentence_before_a_colon_stays(string remark) =>
        Assert.Equal(remark, SpeakerTag.WithoutNamedSpeaker(remark));

    [Fact]
    public void A_comments_cell_gives_the_remarks_without_their_speakers()
    {
        var acta = Extract(
            P("MINUTA DE LA QUINTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE PERSONAS CUIDADORAS", ParagraphRole.Heading),
            P("Fecha: 8 de abril de 2021"),
            P("Estrategia 240. Apoyar a las personas cuidadoras", ParagraphRole.Heading),
            T(["Meta", "240.1 Capacitar a personas cuidadoras"],
              ["Instancia responsable", "Secretaría de Salud"],
              ["Informe", "Se capacitó a 62 personas cuidadoras."],
              ["Observaciones", "Mtra. Rosa Iturbe Lara (Red de Madres Cuidadoras, A.C.): Pedimos que el padrón se publique.\nFundación Manos que Cuidan, I.A.P.: Los talleres llegan tarde a Milpa Alta."]),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría de Salud publicará el padrón."));

        Assert.Equal(["Pedimos que el padrón se publique.", "Los talleres llegan tarde a Milpa Alta."],
            acta.Strategies.Single().Feedback.Select(f => f.Text));
    }
}
