using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Session headers that are no form: minutes sent in an e-mail, whose header gives when the mail was sent; and a title
/// slide whose venue stands on the line under the date and hour.
/// </summary>
public sealed class SessionHeaderMailAndSlideTests
{
    [Fact]
    public void The_sent_date_and_hour_of_a_mail_are_not_the_session()
    {
        var acta = Extract(
            P("De:\tLaura Pineda Ríos <lpineda@ejemplo.mx>"),
            P("Enviado el:\tlunes, 9 de septiembre de 2024 18:25"),
            P("Para:\tintegrantes@ejemplo.mx"),
            P("CC:\tSeguimiento <seguimiento@ejemplo.mx>"),
            P("Asunto:\tMinuta 3a. reunión de trabajo EP Cultura"),
            P("Hola a todas y todos:"),
            P("Les envío la minuta de la 3a. reunión de trabajo, que se llevó a cabo el jueves 5 de septiembre de 2024 a las 11:00 hrs en la Sala de juntas del Museo, Pino Suárez 30."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(("2024-09-05", "11:00"), (acta.Session.Date, acta.Session.StartTime));
    }

    [Fact]
    public void The_line_under_a_date_and_hour_line_is_the_venue()
    {
        var acta = Extract(
            P("Espacio de Participación de Derechos Culturales", ParagraphRole.Heading),
            P("7a. Sesión Ordinaria", ParagraphRole.Heading),
            P("Martes 3 de septiembre, 2024 · 12:00 h"),
            P("Foro del Museo de la Ciudad, Pino Suárez 30, colonia Centro"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(("2024-09-03", "12:00", "Foro del Museo de la Ciudad, Pino Suárez 30, colonia Centro"), (acta.Session.Date, acta.Session.StartTime, acta.Session.Place));
    }
}
