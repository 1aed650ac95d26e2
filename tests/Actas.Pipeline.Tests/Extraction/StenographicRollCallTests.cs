using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A stenographic version read as the session ran: the roll call read aloud body by body
/// ("…: el ingeniero A, presente"), and the reader naming themself last ("Y por la X, el de la voz, Name").
/// </summary>
public sealed class StenographicRollCallTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("VERSIÓN ESTENOGRÁFICA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
        P("Ciudad de México, martes 14 de mayo de 2019"),
        P("EL C. COORDINADOR DEL ESPACIO, DR. LUIS MORA GIL.- Buenos días. Solicito al secretario técnico que pase lista."),
        P("EL C. LIC. RAÚL SOTO VEGA.- Con mucho gusto. Por las instancias ejecutoras:"),
        P("Sistema de Aguas de la Ciudad de México: la ingeniera Marta Cid Olmedo, presente; el contador Pedro Lira Paz, ausente."),
        P("Secretaría de Salud: el doctor Iván Rosas Cano, presente."),
        P("Por la sociedad civil:"),
        P("Agua para Todos, A.C.: Elena Ruiz Tapia, presente."),
        P("Y por la Secretaría Ejecutiva, el de la voz, Raúl Soto Vega. Hay quórum."),
    ];

    private static readonly LayoutBlock[] Strategy =
    [
        P("EL C. COORDINADOR.- Revisamos la estrategia 220, «Garantizar el acceso al agua potable»."),
        P("Meta 220.1. Abastecer a las colonias sin red."),
        P("Informe: Se repartieron 40 pipas."),
    ];

    [Fact]
    public void A_roll_call_read_aloud_gives_each_body_its_people_present()
    {
        var acta = Extract([.. Opening, .. Strategy]);

        Assert.Equal(
            [("Marta Cid Olmedo", "Sistema de Aguas de la Ciudad de México", Sector.InstanciaEjecutora),
             ("Iván Rosas Cano", "Secretaría de Salud", Sector.InstanciaEjecutora),
             ("Elena Ruiz Tapia", "Agua para Todos, A.C.", Sector.SociedadCivil),
             ("Raúl Soto Vega", "Secretaría Ejecutiva", Sector.SecretariaEjecutiva)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }
}
