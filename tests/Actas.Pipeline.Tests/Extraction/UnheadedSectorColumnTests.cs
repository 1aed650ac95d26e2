using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// An attendance table with no header row whose last column marks each person's sector with an abbreviation spelled out in a
/// legend under it ("Name | Body | OSC"; blind batch Y, Y1): the marks are the sector, never the body.
/// </summary>
public sealed class UnheadedSectorColumnTests
{
    private static Acta Roster(params string[][] rows) => Extract(
        P("MINUTA DE LA SEGUNDA SESIÓN ORDINARIA"),
        P("Fecha: 9 de octubre de 2017"),
        P("Participantes:"),
        T(rows),
        P("(Gob. = instancia ejecutora; Soc. = organización de la sociedad civil; Sec. = Secretaría Ejecutiva)"),
        P("Estrategia 140 — Ampliar los albergues temporales"),
        P("Meta 140.1 Abrir dos albergues"),
        P("Informe: Se abrió un albergue en Tlalpan."));

    [Fact]
    public void Sector_marks_in_the_last_column_are_the_sector_and_the_body_is_the_cell_before_them()
    {
        var acta = Roster(
            ["Graciela Montiel Osorio", "Colectivo Techo Digno", "Soc"],
            ["Héctor Luna Valdivia", "Alcaldía Tlalpan", "Gob"],
            ["Marina Ruelas Pech", "Red de Albergues Solidarios, A.C.", "Soc"]);

        Assert.Equal(
            [
                ("Graciela Montiel Osorio", "Colectivo Techo Digno", Sector.SociedadCivil),
                ("Héctor Luna Valdivia", "Alcaldía Tlalpan", Sector.InstanciaEjecutora),
                ("Marina Ruelas Pech", "Red de Albergues Solidarios, A.C.", Sector.SociedadCivil),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void A_last_column_of_bodies_stays_the_body()
    {
        var acta = Roster(
            ["Graciela Montiel Osorio", "Coordinadora", "Colectivo Techo Digno"],
            ["Héctor Luna Valdivia", "Director de Gobierno", "Alcaldía Tlalpan"]);

        Assert.Equal(["Colectivo Techo Digno", "Alcaldía Tlalpan"], acta.Attendance.Select(a => a.Institution));
    }
}
