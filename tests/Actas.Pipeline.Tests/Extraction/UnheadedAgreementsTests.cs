using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Agreements that no "ACUERDOS" heading announces (blind batch S): a lead-in sentence ending in a colon, letters inside one
/// closing paragraph, and a table whose column labels are written in two languages beside each other.
/// </summary>
public sealed class UnheadedAgreementsTests
{
    private static readonly LayoutBlock Title = P("TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading);

    [Fact]
    public void A_lead_in_sentence_ending_in_a_colon_opens_the_agreements_and_an_ordinal_meeting_gives_the_next_session()
    {
        var acta = Extract(
            Title,
            P("Fecha: 4 de mayo de 2022"),
            P("Estrategia 401. Garantizar el abasto de agua potable."),
            P("Meta 401.1. Distribuir agua en pipas a las colonias sin red."),
            P("Informe: Se distribuyeron 300 pipas."),
            P("Muchas gracias a todas. Dejo por escrito los compromisos asumidos en la reunión, que terminó a las 13:10 horas:"),
            P("El SACMEX entregará el padrón de colonias sin red."),
            P("La cuarta sesión ordinaria será el jueves 2 de junio de 2022 a las 11:00 horas."),
            P("Saludos cordiales,"),
            P("Ramiro Gálvez Tinoco"));

        Assert.Equal(
            ["El SACMEX entregará el padrón de colonias sin red.", "La cuarta sesión ordinaria será el jueves 2 de junio de 2022 a las 11:00 horas."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2022-06-02", acta.NextSession?.Date);
        Assert.Equal("11:00", acta.NextSession?.StartTime);
    }

    [Fact]
    public void A_lead_in_about_an_earlier_sessions_agreements_opens_nothing()
    {
        var acta = Extract(
            Title,
            P("Fecha: 4 de mayo de 2022"),
            P("Estrategia 401. Garantizar el abasto de agua potable."),
            P("Meta 401.1. Distribuir agua en pipas a las colonias sin red."),
            P("Informe: Se distribuyeron 300 pipas."),
            P("Enseguida se revisaron los acuerdos tomados en la sesión anterior:"),
            P("La SEDEMA informó que ya envió su informe de la meta 402.1."));

        Assert.Empty(acta.Agreements);
    }

    [Fact]
    public void Lettered_agreements_inside_one_closing_paragraph_are_one_agreement_each()
    {
        var acta = Extract(
            Title,
            P("Fecha: 4 de mayo de 2022"),
            P("IV. Acuerdos y cierre", ParagraphRole.Heading),
            P("Agotado el orden del día, quienes integran el Espacio acordaron lo siguiente: a) El SACMEX entregará el padrón de colonias " +
              "sin red. b) La SEDEMA enviará su informe de la meta 402.1 a más tardar el 20 de mayo de 2022. c) La 4ª Sesión Ordinaria " +
              "tendrá lugar el jueves 2 de junio de 2022 a las 11:00 hrs. en la misma sala. Siendo las 13:10 hrs. se dio por terminada la sesión."),
            P("______________________"),
            P("Ramiro Gálvez Tinoco"));

        Assert.Equal(
            [
                "El SACMEX entregará el padrón de colonias sin red.", "La SEDEMA enviará su informe de la meta 402.1 a más tardar el 20 de mayo de 2022.",
                "La 4ª Sesión Ordinaria tendrá lugar el jueves 2 de junio de 2022 a las 11:00 hrs. en la misma sala.",
            ],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal([402], acta.Agreements[1].Strategies);
    }

    [Fact]
    public void The_closing_sentence_naming_the_session_by_its_date_is_no_part_of_the_last_agreement()
    {
        var acta = Extract(
            Title,
            P("Fecha: 4 de mayo de 2022"),
            P("Acuerdos", ParagraphRole.Heading),
            P("Acuerdo 1/05-2022. El SACMEX entregará el padrón de colonias sin red."),
            P("Acuerdo 2/05-2022. La cuarta sesión ordinaria será el jueves 2 de junio de 2022."),
            P("Se levantó la sesión del miércoles 4 de mayo de 2022 a las 13:10 horas."));

        Assert.Equal(
            ["El SACMEX entregará el padrón de colonias sin red.", "La cuarta sesión ordinaria será el jueves 2 de junio de 2022."],
            acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_table_whose_labels_are_written_in_two_languages_is_read_by_the_known_side()
    {
        var acta = Extract(
            Title,
            P("Fecha: 4 de mayo de 2022"),
            // Its heading in two languages too (read by SectionDetector): the table's own header row is the point here.
            P("Tlanahuatilli · Acuerdos"),
            T(
                ["#", "Tlanahuatilli · Acuerdo", "Akin · Quién", "Quemman · Cuándo"],
                ["1", "El SACMEX entregará el padrón de colonias sin red.", "SACMEX", "20 de mayo de 2022"],
                ["2", "La cuarta sesión ordinaria será el jueves 2 de junio de 2022.", "Todas y todos", "2 de junio de 2022"]),
            P("Occeppa timonechicozqueh · Próxima reunión"),
            P("Jueves 2 de junio de 2022. Se cerró la reunión a las 13:10 horas."));

        Assert.Equal(
            ["El SACMEX entregará el padrón de colonias sin red.", "La cuarta sesión ordinaria será el jueves 2 de junio de 2022."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("SACMEX", acta.Agreements[0].Responsible);
        Assert.Equal(["2022-05-20"], acta.Agreements[0].Dates);
    }
}
