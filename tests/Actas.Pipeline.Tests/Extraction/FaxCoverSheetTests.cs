using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// An acta received by fax opens with the cover sheet: its routing block (FECHA of sending first, then PARA, FAX, DE,
/// TEL., NÚM. DE HOJAS) dates the fax, not the session, whose own "FECHA:" comes on the next page.
/// </summary>
public sealed class FaxCoverSheetTests
{
    [Fact]
    public void The_date_of_the_fax_is_not_the_date_of_the_session()
    {
        var acta = Extract(
            P("CARÁTULA DE ENVÍO DE FAX", ParagraphRole.Heading),
            P("FECHA:\t3 de octubre de 2017"),
            P("PARA:\tMtra. Elvira Campos Ruiz"),
            P("FAX:\t55 5512 0000"),
            P("DE:\tIng. Tomás Lerma Gil, Dirección de Fomento Cooperativo"),
            P("TEL.:\t55 5709 0000"),
            P("NÚM. DE HOJAS:\t3 (incluida esta carátula)"),
            P("ASUNTO:\tMinuta de la reunión para su archivo"),
            new PageBreak(At(2)),
            P("MINUTA DE LA SEGUNDA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DE LAS PERSONAS COOPERATIVISTAS", ParagraphRole.Heading),
            P("FECHA:\tlunes 25 de septiembre de 2017"),
            P("HORA:\t11:00 horas"),
            P("ACUERDOS:", ParagraphRole.Heading),
            P("1.\tLa Dirección de Fomento Cooperativo enviará su padrón."));

        Assert.Equal("2017-09-25", acta.Session.Date);
        Assert.Equal("11:00", acta.Session.StartTime);
    }
}
