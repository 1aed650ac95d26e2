using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A board's card (or a framed box) copied into Word is a one-cell table; when its first line is a section heading the card
/// is that section.
/// </summary>
public sealed class HeadedCardsTests
{
    private static Table Card(params string[] lines) => new([new TableRow([new TableCell(0, 1, lines)])], 1, true, At());

    [Fact]
    public void A_card_headed_by_the_attendance_heading_gives_the_attendance()
    {
        var acta = Extract(
            P("Consejo del Espacio de Participación del Derecho a la Salud — 3a. sesión ordinaria", ParagraphRole.Heading),
            P("Fecha: jueves 9 de marzo de 2023"),
            Card("Lista de asistencia",
                "• Teresa Ugalde Ríos · Secretaría de Salud de la Ciudad de México · Instancia ejecutora",
                "• Joaquín Mercado Elías · Colectivo Salud Digna · Sociedad civil",
                "• Lorena Bautista Cano · Universidad Autónoma Metropolitana · Otra instancia"),
            Card("Estrategia 118. Ampliar la atención primaria", "Meta 118.1: Abrir consultorios vespertinos.", "Informe: Se abrieron 12 consultorios."),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría de Salud enviará el horario de los consultorios."));

        Assert.Equal(["Teresa Ugalde Ríos", "Joaquín Mercado Elías", "Lorena Bautista Cano"], acta.Attendance.Select(a => a.Name));
    }

    [Fact]
    public void A_card_whose_first_line_is_no_heading_stays_a_table()
    {
        var card = Card("Estrategia 118. Ampliar la atención primaria", "Meta 118.1: Abrir consultorios vespertinos.");
        Assert.Same(card, Assert.Single(Actas.Pipeline.Extraction.HeadedCards.Unwrap(card)));
    }
}
