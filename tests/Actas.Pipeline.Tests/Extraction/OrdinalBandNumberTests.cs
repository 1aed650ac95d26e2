using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A title without the session's number, and a band under it that opens with the ordinal ("4ª Sesión Ordinaria | date | time | place").</summary>
public sealed class OrdinalBandNumberTests
{
    [Fact]
    public void The_band_that_opens_with_the_ordinal_gives_the_session_number()
    {
        var acta = Extract(
            P("BITÁCORA DE LA SESIÓN", ParagraphRole.Heading),
            P("Espacio de Participación del Derecho al Agua"),
            T(["4ª Sesión Ordinaria", "21.03.2019", "9:30–11:00 h", "Sala 3 del SACMEX"]),
            P("Registro de asistencia", ParagraphRole.Heading),
            T(["Institución", "Asistente(s)", "Tipo"], ["SACMEX", "Ing. Laura Pineda Ríos", "Ente"]));

        Assert.Equal(4, acta.Session.Number);
    }

    [Fact]
    public void A_title_line_under_a_form_s_heading_lines_gives_the_number_after_its_article()
    {
        var acta = Extract(
            P("GOBIERNO DE LA CIUDAD · DIRECCIÓN DE VIVIENDA", ParagraphRole.Heading),
            P("FORMATO DV-07 · MINUTA DE REUNIÓN DE COMITÉ", ParagraphRole.Heading),
            P("COMITÉ DE SEGUIMIENTO DE VIVIENDA ADECUADA", ParagraphRole.Heading),
            P("MINUTA DE LA NOVENA REUNIÓN DE TRABAJO", ParagraphRole.Heading),
            P("Fecha: 4 de junio de 2019"),
            P("Asistencia", ParagraphRole.Heading),
            T(["Nombre", "Institución"], ["Ing. Laura Pineda Ríos", "Instituto de Vivienda"]));

        Assert.Equal(9, acta.Session.Number);
    }
}
