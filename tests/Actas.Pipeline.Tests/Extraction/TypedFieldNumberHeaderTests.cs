using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The session's fields numbered by hand before their labels ("b)⇥Lugar:⇥…", "2.- Hora de inicio: …"), as a secretary
/// types a list without the word processor's numbering: the label after the typed number is still the field's.
/// </summary>
public sealed class TypedFieldNumberHeaderTests
{
    [Fact]
    public void A_typed_letter_or_number_before_a_label_does_not_hide_the_field()
    {
        var acta = Extract(
            P("MINUTA DE LA SEXTA REUNIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA MOVILIDAD", ParagraphRole.Heading),
            P("1.- GENERALES", ParagraphRole.Heading),
            P("a)\tDía:\tlunes 14 de marzo de 2022"),
            P("b)\tHora de inicio:\t16:30 horas"),
            P("c)\tHora de conclusión:\t18:10 horas"),
            P("d)\tLugar:\tSala de juntas de la Secretaría de Movilidad, piso 3"),
            P("2.- ACUERDOS", ParagraphRole.Heading),
            P("1) La SEMOVI enviará el padrón de rutas."));

        Assert.Equal("Sala de juntas de la Secretaría de Movilidad, piso 3", acta.Session.Place);
        Assert.Equal("16:30", acta.Session.StartTime);
    }
}
