using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

public sealed class FigureExtractorTests
{
    private static List<string> Figures(string text) =>
        FigureExtractor.Extract(text).Select(f => $"{f.Value} {f.Unit}").ToList();

    [Fact]
    public void Counts_with_their_nouns_are_figures()
    {
        Assert.Equal(["81 operativos", "22 personas"], Figures("realizó de manera sorpresiva 81 operativos. 2.- Se detuvieron en flagrancia a 22 personas."));
    }

    [Fact]
    public void A_number_in_words_restated_in_parentheses_is_one_figure_counted_by_the_noun_after_it()
    {
        Assert.Equal(["2405 viviendas", "37 %", "1 acuerdo"],
            Figures("Se revisaron dos mil cuatrocientas cinco (2,405) viviendas, el treinta y siete (37) por ciento del padrón, y se firmó un (1) acuerdo."));
    }

    [Fact]
    public void A_part_given_with_a_copula_takes_the_noun_after_it()
    {
        Assert.Equal(["412 personas", "171 mujeres"], Figures("se colocó a 412 personas, de las cuales 171 son mujeres, y 5 son los casos pendientes"));
    }

    [Fact]
    public void A_count_that_opens_its_clause_before_no_counts_the_earlier_noun()
    {
        // "no" is never a unit: "5 no alcanzaron…" says what some of the samples did not do.
        Assert.Equal(["18 muestras", "5 muestras"], Figures("Se analizaron 18 muestras de agua tratada; 5 no alcanzaron el límite de turbiedad."));
    }

    [Fact]
    public void A_count_before_an_object_pronoun_and_its_verb_counts_the_earlier_noun()
    {
        Assert.Equal(["52 licencias", "9 licencias", "14 licencias"],
            Figures("Se revisaron 52 licencias de funcionamiento; 9 licencias vencieron en marzo y 14 las refrendaron los locatarios."));
    }

    [Fact]
    public void Two_decimals_after_a_point_before_money_or_a_percent_are_a_quantity_not_a_clock_time()
    {
        Assert.Equal(["12.75 pesos", "3.25 %"], Figures("La tortilla subsidiada se vende a 12.75 pesos el kilo, un alza de 3.25% en el año."));
        Assert.Empty(Figures("La reunión empezó a las 10.30 horas y terminó a las 12.15."));
    }

    [Fact]
    public void A_part_of_a_group_counts_the_groups_noun()
    {
        Assert.Equal(["57 escuelas"], Figures("el cruce mostró que 57 de las escuelas visitadas ya cuentan con rampa"));
        Assert.Equal(["40 personas"], Figures("se atendió a 40 personas, 12 de las cuales eran adultas mayores"));
    }

    [Fact]
    public void A_count_broken_down_by_form_after_a_colon_counts_the_wholes_noun()
    {
        Assert.Equal(["40 folletos", "25 folletos", "15 folletos"],
            Figures("Se editaron 40 folletos de consulta: 25 en lengua de señas; 15 en formato de lectura fácil."));
        Assert.Equal(["300 consultas", "120 consultas", "180 consultas"],
            Figures("El módulo dio 300 consultas, 120 en línea, 180 en persona."));
    }

    // Every gold that has the shape counts the part (blind batches M, U, V, W); the whole is a figure of its own.
    [Fact]
    public void A_part_of_a_counted_whole_counts_the_wholes_noun()
    {
        Assert.Equal(["9 planteles", "16 planteles"], Figures("ya cuentan con rampa 9 de los 16 planteles de la zona"));
        Assert.Equal(["12 cocinas", "30 cocinas"], Figures("Operan con gas natural 12 de 30 cocinas comunitarias."));
        Assert.Equal(["5 comedores", "1200 comedores"], Figures("Se inspeccionaron 5 de las 1,200 comedores escolares."));
    }

    // "de las N <participle>" whose verb the sentence used before counts what that verb counted (blind batch AC, AC4).
    [Fact]
    public void A_whole_told_by_the_participle_of_an_earlier_verb_counts_that_verbs_noun()
    {
        var figures = Figures("Se rehabilitaron 25 lecherías este año, con 3 brigadas; de las 14 rehabilitadas en 2022, 9 siguen abiertas.");
        Assert.Contains("14 lecherías", figures);
        Assert.DoesNotContain("14 rehabilitadas", figures);
        Assert.Contains("14 escuelas", Figures("Se atendieron 40 escuelas y 300 alumnos; de las 14 atendidas en enero, todas recibieron material."));
    }

    // A possessive or demonstrative in place of the article: "de sus", "de estas" (blind batch AD, AD3).
    [Fact]
    public void A_part_of_a_whole_after_a_possessive_counts_the_wholes_noun()
    {
        Assert.Equal(["3 lecherías", "11 lecherías"], Figures("La alcaldía ya surte 3 de sus 11 lecherías los domingos."));
        Assert.Equal(["2 clínicas", "5 clínicas"], Figures("Cuentan con intérprete 2 de estas 5 clínicas móviles."));
    }

    [Fact]
    public void A_count_sorted_into_a_kind_counts_the_kind()
    {
        Assert.Equal(["900 quejas", "310 cobros", "95 tratos"],
            Figures("De las 900 quejas recibidas, 310 correspondieron a cobros indebidos y 95 a tratos groseros del personal."));
        Assert.Equal(["150 orientaciones", "22 denuncias"], Figures("Se dieron 150 orientaciones; de ellas 22 derivaron en denuncias penales."));
        // Sorted into a body, not a kind of thing: the part keeps the noun of its whole.
        Assert.Equal(["80 quejas", "30 quejas"], Figures("De las 80 quejas, 30 corresponden a la Alcaldía."));
    }

    [Fact]
    public void A_number_whose_noun_the_sentence_gave_before_takes_that_noun()
    {
        Assert.Equal(["500 solicitudes", "320 solicitudes", "180 solicitudes"],
            Figures("De las 500 solicitudes recibidas, 320 fueron aprobadas en el primer mes y 180 por la vía extraordinaria."));
        Assert.Equal(["75 visitas", "60 visitas"], Figures("Se programaron 75 visitas; en 60 se levantó acta."));
        // A new sentence has no noun to lend; a percentage lends none either.
        Assert.Equal(["75 visitas"], Figures("Se programaron 75 visitas. En 60 se levantó acta."));
        Assert.Equal(["40 %"], Figures("Se cubrió el 40 por ciento y 30 se dejaron para el siguiente año."));
    }

    [Fact]
    public void A_number_whose_noun_an_earlier_clause_gave_takes_that_noun_in_more_shapes()
    {
        // A running total in the singular.
        Assert.Equal(["4 comedores", "31 comedores"], Figures("Abrieron 4 comedores en el bimestre, con lo que hay 31."));
        Assert.Equal(["3 clínicas", "20 clínicas"], Figures("Se inauguraron 3 clínicas móviles y la flota suma 20."));
        // An adverb between the number and its verb.
        Assert.Equal(["600 expedientes", "450 expedientes"], Figures("Se revisaron 600 expedientes, de los que 450 todavía esperan firma."));
        // A copula before a participle or a preposition, opening the clause or after "de los cuales".
        Assert.Equal(["25 quejas", "6 quejas"], Figures("Se recibieron 25 quejas por cobro; 6 fueron atendidas."));
        Assert.Equal(["300 becas", "120 becas"], Figures("Se otorgaron 300 becas, de las cuales 120 fueron para estudiantes indígenas."));
        // A coordinated number after another preposition.
        Assert.Equal(["70 inspecciones", "40 inspecciones", "12 inspecciones"],
            Figures("De las 70 inspecciones, 40 cerraron sin observaciones y 12 con multa."));
        // More of the same thing than a year before.
        Assert.Equal(["15 albergues", "2 albergues"], Figures("Funcionan 15 albergues temporales, 2 más que el invierno anterior."));
    }

    [Fact]
    public void A_fall_from_a_year_before_counts_no_things()
    {
        // "N menos que …" says by how much a count fell: those N do not exist (blind batch V's gold leaves it out).
        Assert.Equal(["40 denuncias"], Figures("Llegaron 40 denuncias por ruido, 6 menos que en la temporada pasada."));
    }

    [Fact]
    public void A_count_said_of_things_takes_the_noun_of_things_not_of_a_measure()
    {
        Assert.Equal(["90 becas", "2500 pesos", "35 becas"], Figures("Se pagaron 90 becas de 2,500 pesos mensuales; 35 fueron para madres solas."));
        Assert.Equal(["20 huertos", "900000 pesos", "8 huertos"], Figures("Se financiaron 20 huertos con 900 mil pesos; 8 son cuidados por jóvenes."));
    }

    [Fact]
    public void A_group_named_after_de_is_what_a_coordinated_number_counts()
    {
        // After a copula the number still counts the cases (blind batch S's gold); the coordinated one counts the group.
        Assert.Equal(["300 casos", "120 casos", "40 niñas"],
            Figures("Los módulos atendieron 300 casos; 120 fueron de mujeres adultas y 40 de niñas menores de edad."));
    }

    [Fact]
    public void A_number_without_a_noun_after_the_count_of_its_sentence_takes_that_count_s_noun()
    {
        // A breakdown by place or body after a comma.
        Assert.Equal(["9 comedores", "5 comedores", "4 comedores"], Figures("Abrieron 9 comedores, 5 en Tlalpan y 4 en Xochimilco."));
        // A running total as a part of a whole, after a semicolon.
        Assert.Equal(["6 bibliotecas", "31 bibliotecas", "40 bibliotecas"], Figures("Se equiparon 6 bibliotecas; con eso van 31 de 40."));
        // More of the same, after a semicolon.
        Assert.Equal(["12 pozos", "3 pozos"], Figures("Se rehabilitaron 12 pozos; 3 más en obra."));
        // A number opening its clause before "con" / "sin".
        Assert.Equal(["85 expedientes", "22 expedientes"], Figures("Se integraron 85 expedientes; 22 sin acta de nacimiento."));
    }

    [Fact]
    public void An_abbreviation_with_a_slash_is_the_word_it_stands_for_not_a_unit()
    {
        Assert.Equal(["150 solicitudes", "60 solicitudes"], Figures("Ingresaron 150 solicitudes; 60 c/ documentación completa."));
        Assert.Equal(["30 lámparas", "4 lámparas"], Figures("Se instalaron 30 lámparas, 4 s/ conexión todavía."));
    }

    [Fact]
    public void An_adjective_before_the_noun_is_not_the_unit()
    {
        Assert.Equal(["4 comedores", "3 alcaldías"], Figures("Se instalaron 4 nuevos comedores en 3 distintas alcaldías."));
    }

    [Fact]
    public void Thousands_said_as_mil_after_digits_are_one_figure()
    {
        Assert.Equal(["12 cisternas", "5000 litros", "540000 pesos"],
            Figures("Se instalaron 12 cisternas de 5 mil litros, con una inversión de 540 mil pesos."));
        Assert.Equal(["3000000 pesos"], Figures("Se ejercieron 3 millones de pesos."));
    }

    [Fact]
    public void Thousands_separators_are_read()
    {
        Assert.Equal(["1248 denuncias", "2500 personas"], Figures("se recibieron 1,248 denuncias y se atendió a 2.500 personas"));
    }

    [Fact]
    public void Numbers_in_words_are_figures()
    {
        Assert.Equal(["81 operativos", "12 personas"], Figures("se realizaron ochenta y un operativos con un total de doce personas detenidas"));
    }

    [Fact]
    public void An_enumeration_of_one_each_counts_but_a_lone_article_does_not()
    {
        var found = Figures("la asistencia de una Consejera, un Magistrado y un Juez como participantes en un taller");
        Assert.Equal(["1 consejera", "1 magistrado", "1 juez"], found);
    }

    [Fact]
    public void Dates_times_years_numbering_and_ids_are_not_figures()
    {
        var text = "1.- Del 18 al 29 de septiembre del 2017 de 8:00 a 10:00 horas, en 2018, conforme a la estrategia 520 y la meta 520.2 se capacitó a 35 personas.";
        Assert.Equal(["35 personas"], Figures(text));
    }

    [Fact]
    public void Numbers_inside_quoted_titles_are_not_figures()
    {
        Assert.Equal(["40 personas"], Figures("se impartió el \"Taller 3 Pasos de la denuncia\" a 40 personas"));
    }

    [Fact]
    public void Percentages_have_unit_percent()
    {
        Assert.Equal(["15 %"], Figures("se incrementó en 15% la localización"));
    }

    [Fact]
    public void Context_is_the_sentence_of_the_figure()
    {
        var figure = Assert.Single(FigureExtractor.Extract("Se aseguraron 9 inmuebles. Sin otra cosa."));
        Assert.Equal("Se aseguraron 9 inmuebles.", figure.Context);
    }

    [Fact]
    public void A_number_in_several_words_is_one_figure()
    {
        Assert.Equal(["177 talleres", "316 jóvenes"], Figures("Se impartieron ciento setenta y siete talleres y se atendió a trescientos dieciséis jóvenes."));
    }

    [Fact]
    public void Enumerated_items_may_have_more_than_one_word()
    {
        Assert.Equal(["1 directora", "2 subdirectores", "1 enlace"], Figures("Participaron una Directora general, dos subdirectores y un enlace operativo de SEDESA."));
    }

    [Fact]
    public void A_small_table_in_a_report_counts_what_each_label_names()
    {
        var figures = FigureExtractor.Extract("Durante el trimestre: Concepto | Cantidad Brigadas de salud desplegadas | 64 Consultas en unidades móviles | 3,120");
        Assert.Equal([(64m, "brigadas"), (3120m, "consultas")], figures.Select(f => (f.Value, f.Unit)));
    }

    [Fact]
    public void A_coordinated_number_with_an_agreeing_adjective_takes_the_noun_said_once()
    {
        Assert.Equal(["90 visitas", "35 visitas"], Figures("En el año hubo 90 visitas presenciales y 35 virtuales a los mercados."));
    }

    [Fact]
    public void A_coordinated_number_before_a_preposition_takes_the_noun_said_once()
    {
        Assert.Equal(["70 quejas", "25 quejas"], Figures("Se turnaron 70 quejas al área jurídica y 25 a la contraloría interna."));
        Assert.Equal(["44 dictámenes", "9 dictámenes"], Figures("Se emitieron 44 dictámenes de viabilidad y 9 de riesgo."));
    }

    [Fact]
    public void Numbers_that_each_take_the_same_preposition_say_their_own_nouns()
    {
        // "N a X y M a Y": the earlier number took the preposition too, so the noun after it is each number's own.
        Assert.DoesNotContain("95 apoyos", Figures("Se dieron 300 apoyos escolares: 120 a niñas y 95 a niños."));
    }

    [Fact]
    public void An_adverb_ending_like_a_plural_verb_is_no_verb()
    {
        Assert.Equal(["410 litros", "380 recién"], Figures("Se captaron 410 litros de leche, que beneficiaron a 380 recién nacidos."));
    }

    [Fact]
    public void A_number_before_a_plural_verb_takes_the_noun_of_the_earlier_figure()
    {
        Assert.Equal(["30 albergues", "22 albergues"], Figures("De los 30 albergues visitados, 22 tienen accesibilidad completa."));
    }

    [Fact]
    public void Millions_in_words_are_read_with_the_thousands_after_them()
    {
        Assert.Equal(["2450000 pesos", "3000000 pesos"],
            Figures("Se ejercieron dos millones cuatrocientos cincuenta mil pesos y se programaron tres millones de pesos."));
    }
    [Fact]
    public void A_part_named_by_a_pronoun_counts_the_noun_before_or_the_group_it_names()
    {
        Assert.Equal(["350 alumnos", "90 alumnos"], Figures("Se inscribieron 350 alumnos en los talleres, 90 de ellos menores de edad."));
        Assert.Equal(["820 personas", "415 mujeres"], Figures("Acudieron 820 personas a las ferias, 415 de ellas mujeres."));
        Assert.Equal(["64 becas", "30 becas"], Figures("Se entregaron 64 becas, 30 de ellas ya fueron pagadas."));
    }

    [Fact]
    public void A_number_given_to_a_group_counts_the_group()
    {
        Assert.Equal(["500 apoyos", "260 mujeres", "240 hombres"], Figures("Se dieron 500 apoyos de vivienda: 260 a mujeres y 240 a hombres."));
    }

    [Fact]
    public void A_verb_or_an_adverb_after_a_number_is_no_unit()
    {
        Assert.Empty(Figures("La línea 089 respondió a la mayoría de las llamadas."));
        Assert.Equal(["12 módulos"], Figures("Operan 12 módulos; se prevé abrir otros cuatro antes de junio."));
        Assert.Equal(["20 escuelas", "15 escuelas"], Figures("De las 20 escuelas revisadas, 15 ya fueron adaptadas."));
    }

    [Fact]
    public void A_number_closing_its_clause_after_a_verb_counts_the_noun_said_before()
    {
        Assert.Equal(["900 quejas", "610 quejas"], Figures("Se recibieron 900 quejas y se resolvieron 610, según el informe."));
        Assert.Equal(["140 solicitudes", "95 solicitudes"], Figures("Llegaron 140 solicitudes, de las cuales aprobó 95 con observaciones."));
    }

    [Fact]
    public void After_a_copula_the_article_stands_between_the_number_and_its_noun()
    {
        Assert.Equal(["8 personas", "33 centros"], Figures("Se sumaron 8 personas al equipo y ya son 33 los centros con servicio nocturno."));
    }

    [Fact]
    public void Ages_are_no_figures()
    {
        Assert.Equal(["1200 jóvenes", "40 niñas"],
            Figures("Se atendió a 1,200 jóvenes de 15 a 24 años y a 40 niñas menores de doce años, todas mayores de 6 años."));
    }

    [Fact]
    public void Thousands_set_off_by_a_space_are_one_number()
    {
        Assert.Equal(["2750 vacunas", "12500 personas"], Figures("Se aplicaron 2 750 vacunas a 12\u00A0500 personas."));
    }

    [Fact]
    public void A_paragraph_opening_with_a_number_and_a_verb_takes_the_noun_of_the_paragraph_before()
    {
        Assert.Equal(["75 familias"], FigureExtractor.Extract("75 obtuvieron vivienda definitiva.", carried: "familias").Select(f => $"{f.Value} {f.Unit}"));
        Assert.Empty(FigureExtractor.Extract("En total, 75 obtuvieron vivienda.", carried: "familias"));
    }

    [Fact]
    public void A_count_sorted_to_a_group_of_people_counts_the_things_of_the_sentence()
    {
        // The group says to whom the permits went; the coordinated number reads as the one it repeats.
        Assert.Equal(["250 permisos", "88 permisos", "40 permisos"],
            Figures("Se expidieron 250 permisos de venta; 88 correspondieron a mujeres y 40 a personas con discapacidad."));
    }

    [Fact]
    public void A_coordinated_count_sorted_to_a_group_after_a_kind_keeps_its_own_noun()
    {
        Assert.Equal(["600 trámites", "210 altas", "35 personas"],
            Figures("De los 600 trámites del mes, 210 correspondieron a altas nuevas y 35 a personas adultas mayores."));
    }

    [Fact]
    public void A_number_after_a_personal_a_with_no_noun_counts_the_people_counted_before()
    {
        Assert.Equal(["31 adolescentes", "3 albergues", "9 adolescentes"],
            Figures("La Procuraduría localizó a 31 adolescentes en 3 albergues y reintegró a 9 con sus familias."));
        Assert.Equal(["20 mujeres", "7 mujeres"],
            Figures("El programa empleó a 20 mujeres como promotoras en Tlalpan y a 7 en Milpa Alta."));
    }

    [Fact]
    public void A_count_opening_its_clause_before_a_verb_counts_what_the_clause_before_acted_on()
    {
        // Not the talleres, which only say where the people were trained.
        Assert.Equal(["64 jóvenes", "5 talleres", "22 jóvenes"],
            Figures("El Instituto formó a 64 jóvenes en 5 talleres de carpintería; 22 consiguieron trabajo."));
    }

    [Fact]
    public void Who_took_part_and_what_a_relative_points_at_are_still_what_a_later_count_counts()
    {
        // "con" names who took part, not a circumstance; "de las cuales" points at the noun right before it.
        Assert.Equal(["4 jornadas", "150 vecinas", "60 vecinas"],
            Figures("Se organizaron 4 jornadas de limpieza con 150 vecinas; 60 pidieron más jornadas."));
        Assert.Equal(["12 brigadas", "40 escuelas", "31 escuelas"],
            Figures("Se enviaron 12 brigadas a 40 escuelas, de las cuales 31 recibieron la visita completa."));
    }
}
