using Actas.Pipeline.Evaluation;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Evaluation;

public sealed class ExtractionScorerTests
{
    private readonly ExtractionScorer _scorer = new();

    [Fact]
    public void Perfect_match_gives_f1_of_one_in_every_field()
    {
        var score = _scorer.Score(SampleActas.Gold(), SampleActas.Gold());

        foreach (var field in EvalFields.All)
        {
            Assert.Equal(1.0, score[field].F1);
            Assert.Equal(0, score[field].FalsePositives);
            Assert.Equal(0, score[field].FalseNegatives);
        }

        Assert.Equal(3, score[EvalFields.Attendance].TruePositives);
        Assert.Equal(3, score[EvalFields.Figures].TruePositives);
        Assert.Equal(3, score[EvalFields.Feedback].TruePositives);
        Assert.Equal(6, score[EvalFields.NextSession].TruePositives); // date, start, end, three strategies
    }

    [Fact]
    public void Missing_attendee_lowers_attendance_recall_to_two_thirds_and_keeps_precision()
    {
        var gold = SampleActas.Gold();
        var extracted = gold with { Attendance = gold.Attendance.Take(2).ToList() };

        var counts = _scorer.Score(extracted, gold)[EvalFields.Attendance];

        Assert.Equal(new FieldCounts(2, 0, 1), counts);
        Assert.Equal(2.0 / 3.0, counts.Recall, 10);
        Assert.Equal(1.0, counts.Precision);
        Assert.Equal(0.8, counts.F1, 10); // 2PR/(P+R) = 2·1·⅔ / (1+⅔)
    }

    [Fact]
    public void Names_match_ignoring_accents_case_titles_and_whitespace()
    {
        var gold = SampleActas.Gold();
        var extracted = gold with
        {
            Attendance =
            [
                new Attendee("Lic.  ADRIANA   flores", "PGJ", "PGJCDMX", Sector.InstanciaEjecutora),
                new Attendee("Rosa María Torillo", "Subsecretaría de Gobierno", "SECGOB", Sector.InstanciaEjecutora),
                new Attendee("Mtra. Cintia Ixchel Arroyo Romero", "Forjando caminos", null, Sector.SociedadCivil),
            ],
        };

        Assert.Equal(new FieldCounts(3, 0, 0), _scorer.Score(extracted, gold)[EvalFields.Attendance]);
    }

    [Fact]
    public void Attendee_in_the_wrong_sector_is_both_spurious_and_missed()
    {
        var gold = SampleActas.Gold();
        var extracted = gold with
        {
            Attendance = [gold.Attendance[0], gold.Attendance[1], gold.Attendance[2] with { Sector = Sector.InstanciaEjecutora }],
        };

        Assert.Equal(new FieldCounts(2, 1, 1), _scorer.Score(extracted, gold)[EvalFields.Attendance]);
    }

    [Fact]
    public void Figures_match_by_strategy_value_and_unit()
    {
        var gold = SampleActas.Gold();
        var s517 = gold.Strategies[0];
        var extracted = gold with
        {
            Strategies =
            [
                s517 with { Figures = [new Figure(81.0m, "Operativos", "x", "other context"), new Figure(23, "personas", null, null)] },
                gold.Strategies[1] with { Figures = [new Figure(22, "personas", null, null), new Figure(20, "horas", "520.2", null)] },
            ],
        };

        // 81 operativos matches (case, trailing zeros, goal and context ignored); 23 ≠ 22; 22 personas under 520 is the wrong strategy.
        Assert.Equal(new FieldCounts(2, 2, 1), _scorer.Score(extracted, gold)[EvalFields.Figures]);
    }

    [Fact]
    public void A_quantity_written_in_words_matches_its_number()
    {
        var gold = SampleActas.Gold();
        var s517 = gold.Strategies[0];
        var written = gold with { Strategies = [s517 with { Figures = [new Figure(62, "por ciento", null, null), new Figure(2.4m, "millones de pesos", null, null), new Figure(3, "mil becas", null, null)] }] };
        var read = gold with { Strategies = [s517 with { Figures = [new Figure(62, "%", null, null), new Figure(2_400_000, "pesos", null, null), new Figure(3, "becas", null, null)] }] };

        // 62 por ciento = 62 %, 2.4 millones de pesos = 2400000 pesos; 3 mil becas is 3000 becas, not 3.
        Assert.Equal(new FieldCounts(2, 1, 1), _scorer.Score(read, written)[EvalFields.Figures]);
    }

    [Fact]
    public void A_unit_compares_by_its_head_noun()
    {
        var gold = SampleActas.Gold();
        var s517 = gold.Strategies[0];
        var written = gold with { Strategies = [s517 with { Figures = [new Figure(612, "personas jóvenes", null, null), new Figure(6, "mesas de trabajo", null, null), new Figure(40, "personas jóvenes", null, null)] }] };
        var read = gold with { Strategies = [s517 with { Figures = [new Figure(612, "personas", null, null), new Figure(6, "mesas", null, null), new Figure(40, "jóvenes", null, null)] }] };

        // The noun phrase's head is what is counted; "40 jóvenes" counts another noun than "40 personas jóvenes".
        Assert.Equal(new FieldCounts(2, 1, 1), _scorer.Score(read, written)[EvalFields.Figures]);
    }

    [Fact]
    public void Feedback_matches_above_similarity_threshold_within_the_same_strategy_only()
    {
        var gold = SampleActas.Gold();
        var s517 = gold.Strategies[0];
        var extracted = gold with
        {
            Strategies =
            [
                s517 with
                {
                    Feedback =
                    [
                        // small OCR-like differences: still ≥ 0.9
                        s517.Feedback[0] with { Text = "Para esta estrategia se reportan datos duros lo que permite conocer si se esta realizando un avance en el cumplimiento de la meta" },
                        // a different sentence: below 0.9
                        s517.Feedback[1] with { Text = "El Espacio señala que la meta está bien planteada." },
                        // belongs to 520 in the gold
                        gold.Strategies[1].Feedback[0],
                    ],
                },
                gold.Strategies[1] with { Feedback = [] },
            ],
        };

        Assert.Equal(new FieldCounts(1, 2, 2), _scorer.Score(extracted, gold)[EvalFields.Feedback]);
    }

    [Fact]
    public void Goal_status_keys_on_strategy_goal_and_status()
    {
        var gold = SampleActas.Gold();
        var s520 = gold.Strategies[1];
        var extracted = gold with
        {
            Strategies = [gold.Strategies[0], s520 with { Goals = [s520.Goals[0] with { ReportStatus = ReportStatus.Reported }, s520.Goals[1]] }],
        };

        Assert.Equal(new FieldCounts(2, 1, 1), _scorer.Score(extracted, gold)[EvalFields.GoalStatus]);
    }

    [Fact]
    public void Session_fields_count_a_wrong_value_as_spurious_and_missed_and_compare_text_loosely()
    {
        var gold = SampleActas.Gold();
        var extracted = gold with
        {
            Session = gold.Session with
            {
                Body = "DERECHOS DE LAS PERSONAS VICTIMAS DE TRATA Y FORMAS DE EXPLOTACION",
                Number = 24,
                Date = null,
                Kind = "Reunión de Trabajo",
            },
        };

        var score = _scorer.Score(extracted, gold);

        Assert.Equal(new FieldCounts(1, 0, 0), score[EvalFields.SessionBody]);
        Assert.Equal(new FieldCounts(0, 1, 1), score[EvalFields.SessionNumber]);
        Assert.Equal(new FieldCounts(0, 0, 1), score[EvalFields.SessionDate]);
        Assert.Equal(new FieldCounts(1, 0, 0), score[EvalFields.SessionKind]);
    }

    [Fact]
    public void Agreements_match_at_similarity_point_eight()
    {
        var gold = SampleActas.Gold();
        var extracted = gold with
        {
            Agreements =
            [
                gold.Agreements[0] with { Text = "- La siguiente sesión será el próximo jueves 27 de septiembre, de 10:00 a 13:00 horas." },
                gold.Agreements[1] with { Text = "1. Se retomará la estrategia 520 abonando la información que traiga la Comisión Interinstitucional." },
            ],
        };

        // the first lost a third of its words (< 0.8); the second only gained its numbering
        Assert.Equal(new FieldCounts(1, 1, 1), _scorer.Score(extracted, gold)[EvalFields.Agreements]);
    }

    [Fact]
    public void All_missed_counts_every_gold_item_as_a_false_negative()
    {
        var score = _scorer.AllMissed(SampleActas.Gold());

        Assert.Equal(new FieldCounts(0, 0, 3), score[EvalFields.Attendance]);
        Assert.Equal(new FieldCounts(0, 0, 2), score[EvalFields.InstitutionKeys]);
        Assert.Equal(new FieldCounts(0, 0, 3), score[EvalFields.GoalStatus]);
        Assert.Equal(new FieldCounts(0, 0, 1), score[EvalFields.SessionPlace]);
        Assert.All(EvalFields.All, f => Assert.Equal(0, score[f].TruePositives));
    }

    [Theory]
    [InlineData("Lic. Juan Pérez", "juan perez")]
    [InlineData("Rosa maría  Torillo", "rosa maria torillo")]
    [InlineData("Dra. Leticia Campos Ugalde", "leticia campos ugalde")]
    [InlineData("C. Lic. Ana Orta", "ana orta")]
    [InlineData("MVZ Ricardo Aguayo", "ricardo aguayo")]
    [InlineData("Suboficial Fernando Mejía", "fernando mejia")]
    [InlineData("Inspectora Reyna Olvera Cruz", "reyna olvera cruz")]
    [InlineData("Subinsp. Gerardo Muñiz Tello", "gerardo muniz tello")]
    [InlineData("Cmdte. Aurora Ledesma Ruiz", "aurora ledesma ruiz")]
    [InlineData("C.P. Mónica Téllez Arce", "monica tellez arce")]
    [InlineData("Q. F. B. Héctor Lara", "hector lara")]
    [InlineData("C. J. Ruiz", "j ruiz")]
    [InlineData("Doña Refugio Alcántara", "refugio alcantara")]
    [InlineData("Don Isidro Peña", "isidro pena")]
    [InlineData("C.D. Marisol Ángeles", "marisol angeles")]
    [InlineData("Donato Ibarra", "donato ibarra")]
    public void Name_normal_form_drops_titles_accents_and_case(string name, string expected) =>
        Assert.Equal(expected, TextNormalizer.Name(name));

    [Fact]
    public void Micro_average_sums_counts_over_documents()
    {
        var table = new ScoreTable();
        var gold = SampleActas.Gold();
        table.Add(_scorer.Score(gold, gold));
        table.Add(_scorer.AllMissed(gold));

        Assert.Equal(2, table.Documents);
        Assert.Equal(new FieldCounts(3, 0, 3), table[EvalFields.Attendance]);
        Assert.Equal(0.5, table[EvalFields.Attendance].Recall);
    }
}
