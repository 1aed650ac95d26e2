using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Session data in header tables laid out as forms and reports lay them out: field names across the first row with the
/// values in the row below, and a report's "Label: | value | Label: | value" rows where some labels name nothing read.
/// </summary>
public sealed class HeaderFieldGridTests
{
    private static readonly LayoutBlock[] Rest =
    [
        P("LISTA DE ASISTENCIA", ParagraphRole.Heading),
        T(["Nombre", "Institución"], ["Lic. Ramiro Fuentes Olvera", "Secretaría de Cultura"]),
        P("ACUERDOS", ParagraphRole.Heading),
        P("1. La Secretaría de Cultura enviará su informe trimestral."),
    ];

    [Fact]
    public void Field_names_over_their_values_give_the_hour_and_the_place()
    {
        var acta = Extract([
            P("CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS CULTURALES"),
            T(["Fecha", "Hora de inicio", "Lugar", "Preside"],
              ["3 de junio de 2021", "16:30 horas", "Auditorio de la Casa de Cultura de Tlalpan", "Mtra. Olga Ferrer Sosa"]),
            .. Rest]);

        Assert.Equal("2021-06-03", acta.Session.Date);
        Assert.Equal("16:30", acta.Session.StartTime);
        Assert.Equal("Auditorio de la Casa de Cultura de Tlalpan", acta.Session.Place);
    }

    [Fact]
    public void Report_rows_pair_each_colon_label_with_the_cell_beside_it()
    {
        var acta = Extract([
            P("REPORTE DE SESIÓN DEL ESPACIO DE PARTICIPACIÓN"),
            T(["Espacio:", "Derechos Culturales", "Folio:", "EP-CUL-2019-3"],
              ["No. sesión:", "3", "Estatus:", "CERRADA"],
              ["Fecha:", "12/03/2019", "Hr. inicio:", "09:30"],
              ["Sede:", "Casa de Cultura de Tlalpan", "Capturó:", "Usuario jperez"]),
            .. Rest]);

        Assert.Equal("Derechos Culturales", acta.Session.Body);
        Assert.Equal(3, acta.Session.Number);
        Assert.Equal("09:30", acta.Session.StartTime);
        Assert.Equal("Casa de Cultura de Tlalpan", acta.Session.Place);
    }
}
