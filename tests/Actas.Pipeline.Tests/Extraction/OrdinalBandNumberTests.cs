using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A title without the session's number, and a band under it that opens with the ordinal ("4ª Sesión Ordinaria | date | time | place").</summary>
public sealed class OrdinalBandNumberTests
{
    private static int _block;

    private static Paragraph P(string text, ParagraphRole role = ParagraphRole.Body) => new(text, role, new SourceLocation(1, _block++));

    private static Table T(params string[][] rows)
    {
        var block = _block++;
        return new Table(
            rows.Select(r => new TableRow(r.Select((c, i) => new TableCell(i, 1, c.Length == 0 ? [] : c.Split('\n'))).ToList())).ToList(),
            rows.Max(r => r.Length), true, new SourceLocation(1, block));
    }

    [Fact]
    public void The_band_that_opens_with_the_ordinal_gives_the_session_number()
    {
        var acta = new ActaExtractor().Extract(new LayoutDocument("bitacora.docx", "docx", new string('0', 64), 1, [
            P("BITÁCORA DE LA SESIÓN", ParagraphRole.Heading),
            P("Espacio de Participación del Derecho al Agua"),
            T(["4ª Sesión Ordinaria", "21.03.2019", "9:30–11:00 h", "Sala 3 del SACMEX"]),
            P("Registro de asistencia", ParagraphRole.Heading),
            T(["Institución", "Asistente(s)", "Tipo"], ["SACMEX", "Ing. Laura Pineda Ríos", "Ente"]),
        ], []));

        Assert.Equal(4, acta.Session.Number);
    }
}
