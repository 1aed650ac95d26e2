using Actas.Pipeline.Extraction;
using Xunit;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Who spoke before a remark's colon, in the shapes minutes write it beyond "Name (Body):" (blind batches M, Q, U, V): a verb of
/// saying after the speaker ("Name, de la Asociación X, A.C., expresó:"), a colon or quotes inside the body's name, a body known
/// by its legal form, a body's remark that goes on in lower case.
/// </summary>
public sealed class SpokenSpeakerRemarkTests
{
    [Theory]
    [InlineData("Ramón Téllez Ugarte, de la Unión de Colonos del Ajusco, A.C., expresó: Las obras no han empezado.", "Las obras no han empezado.")]
    [InlineData("La Secretaría Ejecutiva indicó: Conviene desagregar por sexo.", "Conviene desagregar por sexo.")]
    [InlineData("Irene Mata Solís (Red de Artesanas: Manos y Telares): El mercado cerró en marzo.", "El mercado cerró en marzo.")]
    [InlineData("Cooperativa Tierra Fértil «Los Encinos», S.C.: Nadie nos visitó.", "Nadie nos visitó.")]
    [InlineData("Colectivo de Bordadoras: se pide que la feria se haga en Tlalpan.", "se pide que la feria se haga en Tlalpan.")]
    public void The_speaker_and_the_verb_before_the_colon_are_no_part_of_the_remark(string remark, string said) =>
        Assert.Equal(said, SpeakerTag.WithoutNamedSpeaker(remark));

    [Theory]
    [InlineData("Intervención de la Alcaldía Tlalpan: señaló que no hay presupuesto.")]
    [InlineData("Se pide lo siguiente: desagregar por sexo.")]
    [InlineData("Intervención de Hogar Comunitario, I.A.P.: se pide que los retiros se documenten.")]
    public void A_sentence_or_a_subject_before_a_verb_of_saying_stays(string remark) =>
        Assert.Equal(remark, SpeakerTag.WithoutNamedSpeaker(remark));
}
