using Actas.Pipeline.Extraction;
using Actas.Pipeline.Extraction.Institutions;
using Actas.Pipeline.Model;
using Xunit.Abstractions;

namespace Actas.Pipeline.Tests.Extraction;

public sealed class InstitutionGazetteerTests(ITestOutputHelper output)
{
    /// <summary>
    /// Written forms as actas give them → the key a reader would give them (null: no key).
    /// Also the labelled list the similarity thresholds are chosen on.
    /// </summary>
    public static readonly TheoryData<string, string?> WrittenForms = new()
    {
        // acronyms, with city suffixes and old names
        { "PGJ", "PGJCDMX" }, { "FGJCDMX", "PGJCDMX" }, { "FGJ-CDMX", "PGJCDMX" }, { "PGJDF", "PGJCDMX" },
        { "SSC", "SSPCDMX" }, { "SSP-CDMX", "SSPCDMX" }, { "SSPDF", "SSPCDMX" },
        { "SEDESO", "SEDESO" }, { "SIBISO", "SIBISO" }, { "SEMUJERES", "INMUJERES-CDMX" }, { "Inmujeres CDMX", "INMUJERES-CDMX" },
        { "INMUJERES-DF", "INMUJERES-CDMX" }, { "SECTEI", "SEDU" }, { "STyFE", "STYFE" }, { "INDISCAPACIDAD", "INDEPEDI" },
        { "CDHCM", "CDHDF" }, { "IEDF", "IECM" }, { "InfoDF", "INFOCDMX" }, { "Info CDMX", "INFOCDMX" }, { "TEDF", "TECDMX" },
        { "SACMEX", "SACMEX" }, { "C5", "LOCATEL" }, { "PAOT", "PAOT" }, { "PROSOC", "PROSOC" }, { "INVEA-CDMX", "INVEA" },
        { "CEAVI", "CEAVI" }, { "SETRAVI", "SEMOVI" }, { "SCG", "SCG" }, { "SEGOB CDMX", "SECGOB" }, { "DIF", "DIF-CDMX" },
        { "SIPINNA", "SIPINNA" }, { "ALDF", "ALDF" }, { "UACM", "UACM" }, { "SE", "SE-PDHCDMX" }, { "IAPA", "IAPA" },
        // federal bodies (sector otro) and their local namesakes
        { "CEAV", "CEAV" }, { "CONAPRED", "CONAPRED" }, { "COMAR", "COMAR" }, { "PGR", "FGR" }, { "SEGOB", "SEGOB" },
        { "DIF Nacional", "SNDIF" }, { "SIPINNA Nacional", "SIPINNA-FED" }, { "UNAM", "UNAM" }, { "IMSS", "IMSS" },
        { "ISSSTE", "ISSSTE" }, { "INM", "INM" }, { "Instituto Nacional de las Mujeres", "INMUJERES" },
        { "Fiscalía General de la República", "FGR" }, { "Secretaría de Gobernación", "SEGOB" },
        { "Comisión Nacional de los Derechos Humanos", "CNDH" }, { "Instituto Nacional de Migración", "INM" },
        // full names, with and without "de la Ciudad de México" / "del Distrito Federal"
        { "Procuraduría General de Justicia del Distrito Federal", "PGJCDMX" }, { "Secretaría de Salud", "SEDESA" },
        { "Secretaría de Cultura", "SECULT-CDMX" }, { "Secretaría de Turismo", "SECTUR-CDMX" }, { "SECTUR", "SECTUR-CDMX" },
        { "Fiscalía General de Justicia de la Ciudad de México", "PGJCDMX" },
        { "Procuraduría General de Justicia de la CDMX", "PGJCDMX" },
        { "Secretaría de Seguridad Ciudadana", "SSPCDMX" },
        { "Secretaría de las Mujeres de la Ciudad de México", "INMUJERES-CDMX" },
        { "Secretaría de Inclusión y Bienestar Social", "SIBISO" },
        { "Secretaría de Educación, Ciencia, Tecnología e Innovación", "SEDU" },
        { "Instituto de las Personas con Discapacidad de la Ciudad de México", "INDEPEDI" },
        { "Comisión de Derechos Humanos de la Ciudad de México", "CDHDF" },
        { "Instituto Electoral de la Ciudad de México", "IECM" },
        { "Tribunal Electoral del Distrito Federal", "TECDMX" },
        { "Tribunal Superior de Justicia de la CDMX", "TSJCDMX" },
        { "Consejo de la Judicatura de la Ciudad de México", "CJCDMX" },
        { "Congreso de la Ciudad de México", "ALDF" }, { "Asamblea Legislativa del Distrito Federal", "ALDF" },
        { "Consejería Jurídica y de Servicios Legales", "CEJUR" }, { "Contraloría General del Distrito Federal", "SCG" },
        { "Oficialía Mayor", "SAF" }, { "Secretaría de Administración y Finanzas", "SAF" },
        { "Sistema de Aguas de la Ciudad de México", "SACMEX" },
        { "Instituto de Verificación Administrativa del Distrito Federal", "INVEA" },
        { "Agencia de Protección Sanitaria", "AGEPSA" },
        { "Comisión de Búsqueda de Personas de la Ciudad de México", "CBP-CDMX" },
        { "Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México", "CEAVI" },
        { "Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas del Distrito Federal", "MPI-CDMX" },
        { "Instituto de Educación Media Superior", "IEMS" }, { "Procuraduría Social de la Ciudad de México", "PROSOC" },
        { "Metrobús", "METROBUS" }, { "Sistema de Transporte Colectivo (Metro)", "STC-METRO" },
        { "Secretaría Ejecutiva del MSyE del PDHCDMX", "SE-PDHCDMX" },
        { "Instancia Ejecutora del Sistema Integral de Derechos Humanos", "SE-PDHCDMX" },
        { "Secretaría de Gestión Integral de Riesgos y Protección Civil", "SGIRPC" },
        { "Universidad de la Salud", "USCDMX" }, { "Universidad de la Salud de la Ciudad de México", "USCDMX" },
        // alcaldías and the delegaciones they were
        { "Delegación Iztapalapa", "ALC-IZTAPALAPA" }, { "Alcaldía Iztapalapa", "ALC-IZTAPALAPA" },
        { "Alcaldía Cuauhtémoc", "ALC-CUAUHTEMOC" }, { "Delegacion Cuauhtemoc", "ALC-CUAUHTEMOC" },
        { "Alcaldía Gustavo A. Madero", "ALC-GUSTAVO-A-MADERO" }, { "Delegación GAM", "ALC-GUSTAVO-A-MADERO" },
        { "Alcaldía La Magdalena Contreras", "ALC-MAGDALENA-CONTRERAS" }, { "Alcaldía Cuajimalpa de Morelos", "ALC-CUAJIMALPA" },
        { "Órgano Político Administrativo en Tlalpan", "ALC-TLALPAN" },
        // sub-units, prefixes and suffixes resolve to the body
        { "SEDESO-DGIDS", "SEDESO" }, { "SEDESA - Dirección de Promoción de la Salud", "SEDESA" },
        { "SEDESA – Dirección de Atención Médica", "SEDESA" }, { "Dirección Ejecutiva de Derechos Humanos de la SSC", "SSPCDMX" },
        { "Subsecretaría de Sistema Penitenciario de la Secretaría de Gobierno", "SECGOB" },
        { "Fiscalía de Investigación de Delitos Sexuales de la FGJCDMX", "PGJCDMX" },
        { "Instituto de la Juventud (INJUVE)", "INJUVE" }, { "Unidad de Igualdad Sustantiva del DIF-CDMX", "DIF-CDMX" },
        { "Dirección General de Derechos Humanos, SECGOB", "SECGOB" }, { "Coordinación de Derechos Humanos del TSJCDMX", "TSJCDMX" },
        { "Centro de Salud T-III (SEDESA)", "SEDESA" }, { "Dirección de Atención a Víctimas - PGJ", "PGJCDMX" },
        { "Policía Auxiliar", "SSPCDMX" }, { "Gerencia de Atención al Usuario del Metro", "STC-METRO" }, { "Subdirección de Enlace de la Alcaldía Xochimilco", "ALC-XOCHIMILCO" },
        { "Comisión de Derechos Humanos de la Asamblea Legislativa", "ALDF" },
        // misspellings and shortened full names: similarity
        { "Secretaria de Desarollo Social", "SEDESO" }, { "Secretaría de Inclusion y Bienestar", "SIBISO" },
        { "Secretaría de Pueblos y Barrios Originarios", "SEPI" }, { "Instituto para la Atencion y Prevencion de Adicciones", "IAPA" },
        { "Secertaría de Cultura", "SECULT-CDMX" }, { "Instituto de Vivenda", "INVI" }, { "Consejo para Prevenir y Erradicar la Discriminación", "COPRED" },
        { "Sistema de Transporte Colectivo Metro CDMX", "STC-METRO" }, { "Consejo para Prevenir y Eliminar la Discriminacion en la CDMX", "COPRED" },
        { "Instituto de Verificacion Administrativa de la CDMX", "INVEA" }, { "Secretaría del Trabajo y Fomento del Empleo", "STYFE" },
        { "Secretaría de Educación Ciencia y Tecnología", "SEDU" }, { "Procuraduría de Justicia", "PGJCDMX" },
        { "Consejo Nacional para las Personas con Discapacidad", "CONADIS" },
        // civil society: no key
        { "Cauce Ciudadano, A.C.", null }, { "Colectivo Juventudes en Acción", null }, { "Red de Jóvenes por los Derechos Humanos", null },
        { "Asamblea de Migrantes Indígenas de la Ciudad de México", null }, { "Brigada Callejera de Apoyo a la Mujer \"Elisa Martínez\"", null },
        { "Centro de Derechos Humanos Fray Francisco de Vitoria, A.C.", null }, { "Colectivo de Mujeres de Iztapalapa", null },
        { "Fundación Metro", null }, { "Consejo Ciudadano de Seguridad y Justicia de la Ciudad de México", null },
        { "Salud Integral para la Mujer, A.C.", null }, { "Red Mexicana de Personas que Viven con VIH", null },
        { "Unión de Artesanos Triquis", null }, { "Forjando caminos", null }, { "Casa de las Mercedes, I.A.P.", null },
        // an acronym the gazetteer writes in capitals, written as an ordinary word inside a name, is that word
        { "México Evalúa", null }, { "Programa de Monitoreo del EVALUA", "EVALUA" },
        // renamed bodies keep their key
        { "Instituto de Atención a Poblaciones Prioritarias", "IASIS" }, { "IAPP", "IASIS" },
        // other jurisdictions and bodies the gazetteer lacks: no key
        { "Secretaría de Salud del Estado de México", null }, { "Consejo de la Judicatura Federal", null }, { "Secretaría de Marina", null },
        { "Procuraduría Federal del Consumidor", null }, { "Universidad Autónoma Chapingo", null }, { "Secretaría de Cultura Federal", null },
        { "Dirección de Derechos Humanos", null }, { "Instituto de la Mujer de Oaxaca", null }, { "Secretaría de Seguridad Pública de Jalisco", null },
        // ambiguous: two bodies fit, no key
        { "INMUJERES", null }, { "Comisión Ejecutiva de Atención a Víctimas", null }, { "Secretaría de Desarrollo", null },
        { "SEDESA / IAPA", null }, { "Secretaría de Desarrollo Rural", null }, { "Tribunal de Justicia", null }, { "SIBISO (antes SEDESO)", null }, 
    };

    private static readonly InstitutionGazetteer Gazetteer = InstitutionGazetteer.Default;

    [Theory]
    [MemberData(nameof(WrittenForms))]
    public void Written_form_resolves_to_the_body_a_reader_would_name(string written, string? key)
    {
        Assert.Equal(key, Gazetteer.KeyOf(written));
    }

    [Fact]
    public void Similarity_thresholds_are_the_best_setting_with_no_wrong_key_on_the_labelled_forms()
    {
        var chosen = Score(new SimilarNameOptions());
        Assert.True(chosen.Wrong == 0, chosen.Errors);
        var sweep = (from score in new[] { 0.6, 0.7, 0.8, 0.9 }
                     from coverage in new[] { 0.5, 0.6, 0.75, 0.9, 1.0 }
                     from margin in new[] { 0.0, 0.05, 0.1, 0.15, 0.2 }
                     let options = new SimilarNameOptions(score, coverage, margin)
                     select (options, result: Score(options))).ToList();
        foreach (var (options, result) in sweep)
        {
            output.WriteLine($"score {options.MinScore:0.00} coverage {options.MinTextCoverage:0.00} margin {options.MinMargin:0.00}: {result.Right} right, {result.Wrong} wrong {result.Errors}");
        }

        // No setting that keeps every labelled form free of wrong keys gets more of them right.
        Assert.DoesNotContain(sweep, s => s.result.Wrong == 0 && s.result.Right > chosen.Right);
        // Looser settings buy wrong keys: the thresholds are where they are for a reason.
        Assert.True(Score(new SimilarNameOptions(MinMargin: 0.1)).Wrong > 0);
        Assert.True(Score(new SimilarNameOptions(MinTextCoverage: 0.6, MinMargin: 0.1)).Wrong > 1);
    }

    [Theory]
    [InlineData("Secretaría de Desarrollo", InstitutionMatchKind.Ambiguous, true)]
    [InlineData("INMUJERES", InstitutionMatchKind.Ambiguous, true)]
    [InlineData("Dirección General de Atención Ciudadana", InstitutionMatchKind.NotFound, true)]
    [InlineData("Instituto de Planeación de la Ciudad de México", InstitutionMatchKind.NotFound, true)]
    [InlineData("Colectivo Juventudes en Acción", InstitutionMatchKind.NotFound, false)]
    [InlineData("Cauce Ciudadano, A.C.", InstitutionMatchKind.NotFound, false)]
    [InlineData("SEDESA - Dirección de Promoción de la Salud", InstitutionMatchKind.Contained, false)]
    [InlineData("Secretaria de Desarollo Social", InstitutionMatchKind.Similar, false)]
    public void Unresolved_public_names_and_ambiguous_ones_carry_a_warning(string written, InstitutionMatchKind kind, bool warns)
    {
        var match = Gazetteer.Resolve(written);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(warns, match.Warning is not null);
        if (warns)
        {
            Assert.Contains(written, match.Warning);
        }
    }

    [Fact]
    public void Ambiguous_match_names_both_bodies()
    {
        var match = Gazetteer.Resolve("INMUJERES");
        Assert.Equal(["INMUJERES", "INMUJERES-CDMX"], match.Candidates.Select(c => c.Key));
        Assert.Contains("INMUJERES-CDMX", match.Warning);
    }

    [Theory]
    [InlineData("CNDH", Sector.Otro)]
    [InlineData("SEDESA", Sector.InstanciaEjecutora)]
    [InlineData("Secretaría Ejecutiva", Sector.SecretariaEjecutiva)]
    [InlineData("Alcaldía Xochimilco", Sector.Otro)]
    public void Body_carries_its_sector(string written, Sector sector)
    {
        Assert.Equal(sector, Gazetteer.Find(written)?.Sector);
    }

    [Fact]
    public void Every_key_written_as_is_resolves_to_itself_unless_listed_as_ambiguous()
    {
        var wrong = Gazetteer.Entries.Where(e => Gazetteer.KeyOf(e.Key) is { } k && k != e.Key).Select(e => e.Key).ToList();
        Assert.Empty(wrong);
        var lost = Gazetteer.Entries.Where(e => Gazetteer.KeyOf(e.Key) is null).Select(e => e.Key).ToList();
        Assert.Equal(["INMUJERES"], lost);
    }

    [Fact]
    public void Every_body_name_resolves_to_its_own_key_unless_a_namesake_shares_it()
    {
        var lost = Gazetteer.Entries.Where(e => Gazetteer.KeyOf(e.Name.Split('(')[0]) != e.Key).Select(e => e.Key).ToList();
        Assert.Equal(["CEAV"], lost);
    }

    [Fact]
    public void Keys_are_capitals_digits_and_hyphens_without_accents()
    {
        Assert.All(Gazetteer.Entries, e => Assert.Matches("^[A-Z0-9]+(-[A-Z0-9]+)*$", e.Key));
        Assert.Equal(Gazetteer.Entries.Count, Gazetteer.Entries.Select(e => e.Key).Distinct().Count());
        Assert.Equal(16, Gazetteer.Entries.Count(e => e.Key.StartsWith("ALC-", StringComparison.Ordinal)));
    }

    [Fact]
    public void User_file_row_with_a_known_key_adds_aliases_to_it()
    {
        var gazetteer = new InstitutionGazetteer(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "institutions.tsv"))
            .Append("SEDESA\tinstancia_ejecutora\tSecretaría de Salud\tJurisdicción Sanitaria Tlalpan"));
        Assert.Equal("SEDESA", gazetteer.KeyOf("Jurisdicción Sanitaria Tlalpan"));
        Assert.Equal("SEDESA", gazetteer.KeyOf("SEDESA"));
    }

    private static (int Right, int Wrong, string Errors) Score(SimilarNameOptions options)
    {
        var gazetteer = new InstitutionGazetteer(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "institutions.tsv")), options);
        var right = 0;
        var wrong = 0;
        var errors = new List<string>();
        foreach (var row in WrittenForms)
        {
            var (written, key) = ((string)row[0], (string?)row[1]);
            var found = gazetteer.KeyOf(written);
            if (found == key)
            {
                right++;
            }
            else if (found is not null)
            {
                wrong++;
                errors.Add($"{written} → {found}");
            }
        }

        return (right, wrong, string.Join("; ", errors));
    }
}
