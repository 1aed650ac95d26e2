using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A session line that gives the number and then the kind in parentheses: "Sesión: 12 (extraordinaria)".</summary>
public sealed class SessionKindAfterNumberTests
{
    [Fact]
    public void The_kind_after_the_number_is_the_sessions_kind()
    {
        var acta = Extract(
            P("MINUTA", ParagraphRole.Heading),
            P("Espacio de Participación: Derecho al Agua"),
            P("Sesión: 12 (extraordinaria) · Fecha: jueves 3 de febrero de 2022"),
            P("Estrategia 604: Abastecer de agua a colonias sin red", ParagraphRole.Heading),
            P("Meta 604.1: Instalar cisternas comunitarias"),
            P("Informe: Se instalaron 58 cisternas comunitarias."),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. El Sistema de Aguas enviará el padrón de cisternas."));

        Assert.Equal("sesión extraordinaria", acta.Session.Kind);
    }
}
