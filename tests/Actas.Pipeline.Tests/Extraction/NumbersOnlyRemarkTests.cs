using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A line of bare numbers under a remark label (a draft's margin line numbers a PDF left behind) is no remark.</summary>
public sealed class NumbersOnlyRemarkTests
{
    [Fact]
    public void A_paragraph_without_a_letter_is_no_remark()
    {
        var acta = Extract(
            P("Tercera Sesión Ordinaria del Espacio de Participación del Derecho a la Salud", ParagraphRole.Heading),
            P("Fecha: 4 de abril de 2016"),
            P("Estrategia 215. Reducir la espera en los centros de salud"),
            P("Meta 215.1: Abrir turnos vespertinos."),
            P("Informe: Se abrieron 12 turnos vespertinos."),
            P("Comentarios de la Secretaría Ejecutiva:"),
            P("Conviene decir en qué centros se abrieron."),
            P("14 15 16"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La Secretaría de Salud enviará la lista de centros."));

        Assert.Equal(["Conviene decir en qué centros se abrieron."], acta.Strategies.Single().Feedback.Select(f => f.Text));
    }
}
