using Actas.Pipeline.Extraction;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// An attendee's sector written where a template puts it: a field in square brackets closing the line
/// ("…, Instituto Nacional de Migración. [Otra instancia]"), or one option of a registration form that names several groups
/// ("Academia / organismo autónomo / instancia federal").
/// </summary>
public sealed class SectorMarkedAttendeeTests
{
    [Fact]
    public void Sector_in_square_brackets_closing_the_line_is_the_sector_and_no_part_of_the_body()
    {
        var acta = Extract(
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA"),
            P("Fecha: 12 de junio de 2018"),
            P("ASISTENTES"),
            P("Mtra. Rosa Elvira Canales — Subdirectora de Control, Instituto Nacional de Migración. [Otra instancia]"),
            P("Lic. Jorge Amezcua Brito — Enlace, Secretaría de Gobierno de la Ciudad de México. [Instancia ejecutora]"),
            P("Estrategia 301 — Atender a personas migrantes en tránsito"),
            P("Meta 301.1 Instalar módulos de orientación"),
            P("Informe: Se instalaron 3 módulos."),
            P("Responsable: Instituto Nacional de Migración"));

        Assert.Equal(
            [("Instituto Nacional de Migración", Sector.Otro), ("Secretaría de Gobierno de la Ciudad de México", Sector.InstanciaEjecutora)],
            acta.Attendance.Select(a => (a.Institution, a.Sector)));
    }

    [Fact]
    public void Sector_set_apart_as_the_last_part_of_a_roster_line_is_the_sector_and_no_part_of_the_body()
    {
        var acta = Extract(
            P("MINUTA DE LA SEGUNDA SESIÓN ORDINARIA"),
            P("Fecha: 9 de abril de 2021"),
            P("ASISTENTES"),
            P("Ing. Tomás Rivera Ochoa — Alcaldía Azcapotzalco · Instancia ejecutora"),
            P("C. Lidia Barrera Sol — Comité Vecinal de Santa Catarina – Sociedad civil"),
            P("Dra. Inés Olvera Puga — Colegio de Geógrafos | Otra instancia"),
            P("Estrategia 301 — Atender a personas migrantes en tránsito"),
            P("Meta 301.1 Instalar módulos de orientación"),
            P("Informe: Se instalaron 3 módulos."),
            P("Responsable: Instituto Nacional de Migración"));

        Assert.Equal(
            [("Alcaldía Azcapotzalco", Sector.InstanciaEjecutora), ("Comité Vecinal de Santa Catarina", Sector.SociedadCivil), ("Colegio de Geógrafos", Sector.Otro)],
            acta.Attendance.Select(a => (a.Institution, a.Sector)));
    }

    [Theory]
    [InlineData("Academia / organismo autónomo / instancia federal", Sector.Otro)]
    [InlineData("Organización social / organización comunitaria / colectivo", Sector.SociedadCivil)]
    public void Option_naming_several_groups_of_one_sector_is_that_sector(string option, Sector sector) =>
        Assert.Equal(sector, SectorHeadings.Classify(option));

    [Fact]
    public void Option_naming_groups_of_different_sectors_is_no_sector() =>
        Assert.Null(SectorHeadings.Classify("Sociedad civil / academia / instancia ejecutora"));
}
