using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Two speakers' remarks joined into one paragraph (a PDF reader closing no paragraph between them, blind batches R, V): a
/// remark ends where a sentence stops and a named speaker's colon opens the next.
/// </summary>
public sealed class RemarkTurnSplitTests
{
    [Fact]
    public void A_named_speaker_after_a_stop_opens_a_new_remark() =>
        Assert.Equal(["Secretaría Ejecutiva: Se reconoce el avance.", "Ramón Téllez Ugarte: Las obras no han empezado."],
            SpeakerTag.SplitTurns("Secretaría Ejecutiva: Se reconoce el avance. Ramón Téllez Ugarte: Las obras no han empezado."));

    [Fact]
    public void A_speakers_body_with_stops_in_its_parenthesis_opens_a_new_remark() =>
        Assert.Equal(["Falta medir las salas abiertas.", "Rosalba Ginés Téllez (Red de Doulas del Sur, S.C.): Nadie avisó a las familias."],
            SpeakerTag.SplitTurns("Falta medir las salas abiertas. Rosalba Ginés Téllez (Red de Doulas del Sur, S.C.): Nadie avisó a las familias."));

    [Theory]
    [InlineData("Se reconoce el avance. Nota importante: ver el anexo.")]
    [InlineData("Se reconoce el avance. Falta el dato (ver p. 3): conviene pedirlo.")]
    [InlineData("Coment. Ramón Téllez Ugarte (Unión de Colonos, M. 412.1): Las obras no empezaron.")]
    [InlineData("Se revisó el avance. Nota. Ramón Téllez Ugarte (Unión de Colonos, M. 412.1): Las obras no empezaron.")]
    [InlineData("Se piden dos cosas: desagregar por sexo y por edad.")]
    [InlineData("Se reconoce el avance en 12 alcaldías.")]
    [InlineData("Tomó la palabra la Mtra. Irene Mata Solís: Conviene seguir.")]
    [InlineData("Habló el C. Ramón Téllez: Las obras no empezaron.")]
    public void A_colon_that_opens_no_speaker_turn_splits_nothing(string remark) =>
        Assert.Equal([remark], SpeakerTag.SplitTurns(remark));

    [Fact]
    public void Each_turn_of_a_joined_paragraph_is_one_remark()
    {
        var acta = Extract(
            P("Minuta de la sesión 2 · Espacio del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 3 de marzo de 2020"),
            P("Estrategia 412 — Garantizar el abasto de agua potable"),
            P("Meta 412.1 — Instalar sistemas de captación de lluvia"),
            P("Informe"),
            P("Se instalaron 38 sistemas de captación."),
            P("Comentarios"),
            P("Secretaría Ejecutiva: Se reconoce el avance del trimestre. Ramón Téllez Ugarte (Unión de Colonos): Las obras no han empezado en San Andrés."));

        Assert.Equal(["Se reconoce el avance del trimestre.", "Las obras no han empezado en San Andrés."],
            Assert.Single(acta.Strategies).Feedback.Select(f => f.Text));
    }
}
