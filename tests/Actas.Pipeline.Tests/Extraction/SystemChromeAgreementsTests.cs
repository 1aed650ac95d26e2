using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// What a system or a web page prints after the agreements (blind batch AD, AD2 and AD1): a print line with its date and user
/// ("Generado el 2020-11-03 12:15 · Usuario: …") and a portal's copyright footer with its links ("© … Aviso de privacidad"), the ©
/// read "c" by OCR. Neither is an agreement.
/// </summary>
public sealed class SystemChromeAgreementsTests
{
    [Fact]
    public void A_print_line_and_a_copyright_footer_are_no_agreements()
    {
        var acta = Extract(
            P("Registro de sesión 2 · Espacio del Derecho a la Salud", ParagraphRole.Heading),
            P("Fecha: 3 de noviembre de 2020"),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La SEDESA enviará el directorio de centros de salud."),
            P("2. La tercera sesión se celebrará el 12 de enero de 2021."),
            P("Generado el 2020-11-03 12:15 · Usuario: Lorena Quiroz Ávila"),
            P("c Mecanismo de Seguimiento del Programa · Aviso de privacidad · Contacto"));

        Assert.Equal(
            ["La SEDESA enviará el directorio de centros de salud.", "La tercera sesión se celebrará el 12 de enero de 2021."],
            acta.Agreements.Select(a => a.Text));
    }
}
