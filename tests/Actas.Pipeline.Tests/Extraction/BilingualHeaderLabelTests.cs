using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A web page's table of the meeting's data, each label in two languages ("Tonalli · Fecha", "Canin · Lugar"): the session's
/// date and place are the table's, not the date the page was published on.
/// </summary>
public sealed class BilingualHeaderLabelTests
{
    [Fact]
    public void Two_language_labels_give_the_sessions_date_and_place()
    {
        var acta = Extract(
            P("Ic macuilli nechicoliztli · Quinta reunión ordinaria del Espacio de Participación de los Pueblos Originarios", ParagraphRole.Heading),
            P("Publicado el 30 de abril de 2021 por la Relatoría"),
            P("Nechicoliztli · Datos de la reunión", ParagraphRole.Heading),
            T(["Tonalli · Fecha", "jueves 15 de abril de 2021"],
              ["Canin · Lugar", "Casa del Pueblo de San Pedro Atocpan, Milpa Alta"]),
            P("Tlanahuatilli · Acuerdos", ParagraphRole.Heading),
            P("1. La Alcaldía enviará el censo de hablantes."));

        Assert.Equal("2021-04-15", acta.Session.Date);
        Assert.Equal("Casa del Pueblo de San Pedro Atocpan, Milpa Alta", acta.Session.Place);
    }

    [Fact]
    public void A_title_across_a_middle_dot_beside_a_labelled_value_is_no_body_label()
    {
        // A page header's two cells: the programme's running title (a middle dot, "Espacio de Participación" on one side) and
        // the date with its own label. The Espacio's name is the one under the title, not the header's date.
        var acta = Extract(
            T(["Espacio de Participación · Programa de Derechos Humanos", "Fecha: 3 de marzo de 2022"]),
            P("TERCERA SESIÓN ORDINARIA", ParagraphRole.Heading),
            P("Espacio de Participación de los Derechos de las Personas Jornaleras Agrícolas", ParagraphRole.Heading),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría enviará el padrón de jornaleras."));

        Assert.Equal("Derechos de las Personas Jornaleras Agrícolas", acta.Session.Body);
        Assert.Equal("2022-03-03", acta.Session.Date);
    }
}
