using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A speaker written on a line of their own over the remark (a bold name a PDF keeps apart: blind batches T, U, V): the line
/// says who speaks next and is no remark.
/// </summary>
public sealed class SpeakerLineTests
{
    [Theory]
    [InlineData("Ramón Téllez Ugarte (Unión de Colonos del Ajusco):", true)]
    [InlineData("Colectivo Agua para Todos:", true)]
    [InlineData("SE:", true)]
    [InlineData("Ramón Téllez Ugarte (Unión de Colonos del Ajusco)", true)]
    [InlineData("Se pide desagregar por sexo:", false)]
    [InlineData("Las obras no empezaron (ver anexo)", false)]
    [InlineData("Informe (meta 412.1):", false)]
    [InlineData("Ramón Téllez Ugarte (Unión de Colonos): Las obras no han empezado.", false)]
    public void A_line_of_a_name_alone_is_a_speaker_line(string line, bool speaker) =>
        Assert.Equal(speaker, SpeakerTag.IsSpeakerLine(line));

    [Fact]
    public void Remarks_under_speaker_lines_are_read_without_them()
    {
        var acta = Extract(
            P("Minuta de la sesión 2 · Espacio del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 3 de marzo de 2020"),
            P("Estrategia 412 — Garantizar el abasto de agua potable"),
            P("Meta 412.1 — Instalar sistemas de captación de lluvia"),
            P("Informe"),
            P("Se instalaron 38 sistemas de captación."),
            P("Observaciones"),
            P("Ramón Téllez Ugarte (Unión de Colonos del Ajusco):"),
            P("Las obras no han empezado en San Andrés."),
            P("Colectivo Agua para Todos:"),
            P("Conviene publicar la lista de escuelas."));

        Assert.Equal(["Las obras no han empezado en San Andrés.", "Conviene publicar la lista de escuelas."],
            Assert.Single(acta.Strategies).Feedback.Select(f => f.Text));
    }
}
