using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A Word form filled in with check boxes (Word's check box controls reach the layout as their glyphs, ☒ ☐, in .docx, PDF and
/// RTF alike): a ticked box's option is the value, an unticked option is not; beside the session's label it names the kind.
/// </summary>
public sealed class CheckBoxFormTests
{
    [Theory]
    [InlineData("7 ☐ Ordinaria ☒ Extraordinaria", "Extraordinaria")]
    [InlineData("☑ Presencial □ Virtual", "Presencial")]
    [InlineData("Sí ( X ) No (  )", "Sí")]
    [InlineData("☒ Sí ☒ No", null)]
    [InlineData("☐ Sí ☐ No", null)]
    [InlineData("Ausente", "Ausente")]
    public void The_ticked_option_is_the_value(string text, string? expected) => Assert.Equal(expected, CheckBoxes.Ticked(text));

    [Fact]
    public void The_words_outside_the_boxes_are_kept_apart()
    {
        var read = CheckBoxes.Read("7 ☐ Ordinaria ☒ Extraordinaria")!;
        Assert.Equal("7", read.Outside);
        Assert.Equal([("Ordinaria", false), ("Extraordinaria", true)], read.Choices.Select(c => (c.Option, c.Ticked)));
    }

    [Fact]
    public void The_ticked_kind_beside_the_session_label_is_the_kind_and_the_bare_number_its_number()
    {
        var acta = Extract(
            P("RELATORÍA DE LA REUNIÓN DEL ESPACIO DE PARTICIPACIÓN", ParagraphRole.Heading),
            P("Derecho al Agua Potable y al Saneamiento en Colonias Populares"),
            T(["Reunión", "7 ☐ Ordinaria ☒ Extraordinaria"],
              ["Fecha", "jueves 3 de marzo de 2022"],
              ["Lugar", "sala de juntas del Sistema de Aguas"]),
            P("Acuerdos", ParagraphRole.Heading),
            P("El Sistema de Aguas enviará el padrón de colonias."));

        Assert.Equal("reunión extraordinaria", acta.Session.Kind);
        Assert.Equal(7, acta.Session.Number);
    }
}
